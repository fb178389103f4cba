import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { requireTeacher } from "@/lib/auth/session";
import { getClassForTeacher } from "@/lib/classes/queries";
import { env } from "@/lib/env";
import { addCoTeacherAction, regenerateJoinCodeAction, removeStudentAction } from "../../actions";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requireTeacher();
  const cls = await getClassForTeacher((await params).classId, teacher.id);
  if (!cls) notFound();
  const students = cls.members.filter((m) => m.role === "STUDENT");
  const teachers = cls.members.filter((m) => m.role === "TEACHER");
  const joinLink = `${env.authUrl}/join/${cls.joinCode}`;

  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/teach">Your classes</Link>
      </p>
      <h1>{cls.name}</h1>
      <p className="muted">Taught by {teachers.map((t) => t.user.name).join(", ")}</p>

      <section className="card" aria-labelledby="join">
        <h2 id="join" style={{ marginTop: 0 }}>
          Invite students
        </h2>
        <p>
          Join code: <strong className="join-code" data-testid="join-code">{cls.joinCode}</strong>
        </p>
        <p className="field__hint" style={{ overflowWrap: "anywhere" }}>
          Or share this link: <code>{joinLink}</code>
        </p>
        <ActionForm
          action={regenerateJoinCodeAction}
          fields={[]}
          hidden={{ classId: cls.id }}
          submitLabel="Make a new code"
          confirm="The old code and link will stop working. Students already in the class stay in it. Make a new code?"
        />
      </section>

      <section aria-labelledby="roster" style={{ marginTop: "2rem" }}>
        <h2 id="roster">Students ({students.length})</h2>
        {students.length === 0 ? (
          <p className="alert alert--info">No students yet. Give them the join code above.</p>
        ) : (
          <table className="results-table" data-testid="roster">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.user.id}>
                  <td>{s.user.name}</td>
                  <td style={{ overflowWrap: "anywhere" }}>{s.user.email}</td>
                  <td>{s.joinedAt.toISOString().slice(0, 10)}</td>
                  <td>
                    <ActionForm
                      action={removeStudentAction}
                      fields={[]}
                      hidden={{ classId: cls.id, studentId: s.user.id }}
                      submitLabel={`Remove ${s.user.name}`}
                      confirm={`Remove ${s.user.name} from ${cls.name}? Their attempts are kept.`}
                      inline
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="co-teachers">
        <h2 id="co-teachers" style={{ marginTop: 0 }}>
          Add a co-teacher
        </h2>
        <ActionForm action={addCoTeacherAction} fields={[{ name: "email", label: "Teacher's email", type: "email" }]} hidden={{ classId: cls.id }} submitLabel="Add co-teacher" />
      </section>
    </div>
  );
}
