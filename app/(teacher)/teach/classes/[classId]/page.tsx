import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { requireTeacher } from "@/lib/auth/session";
import { getAssignmentsForClass } from "@/lib/assignments/queries";
import { getClassForTeacher } from "@/lib/classes/queries";
import { formatDateTime } from "@/lib/format";
import { env } from "@/lib/env";
import { ClassNav } from "./_components/class-nav";
import { addCoTeacherAction, regenerateJoinCodeAction } from "../../actions";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requireTeacher();
  const classId = (await params).classId;
  const [cls, assignments] = await Promise.all([getClassForTeacher(teacher.id, classId), getAssignmentsForClass(teacher.id, classId)]);
  if (!cls) notFound();
  const students = cls.members.filter((m) => m.role === "STUDENT");
  const teachers = cls.members.filter((m) => m.role === "TEACHER");
  const joinLink = `${env.authUrl}/join/${cls.joinCode}`;

  return (
    <div className="narrow">
      <ClassNav classId={cls.id} name={cls.name} current="overview" />
      <p className="muted">Taught by {teachers.map((t) => t.user.name).join(", ")}</p>

      <section aria-labelledby="assignments" style={{ marginBottom: "2rem" }}>
        <h2 id="assignments">Assignments ({assignments.length})</h2>
        {assignments.length === 0 ? (
          <p className="alert alert--info">
            Nothing assigned yet. <Link href={`/teach/classes/${cls.id}/assignments/new`}>Assign a lesson check</Link>.
          </p>
        ) : (
          <ul className="assignment-list" data-testid="class-assignments">
            {assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/teach/assignments/${a.id}`}>{a.title}</Link>
                <span className="muted">Due {formatDateTime(a.dueAt)}</span>
                {a.targeted && <span className="badge">{a._count.students} chosen students</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

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
                  <td>
                    <Link href={`/teach/classes/${cls.id}/students/${s.user.id}`}>{s.user.name}</Link>
                  </td>
                  <td style={{ overflowWrap: "anywhere" }}>{s.user.email}</td>
                  <td>{formatDate(s.joinedAt)}</td>
                  <td>
                    <Link href={`/teach/classes/${cls.id}/students/${s.user.id}/remove`} className="button button--secondary button--small">
                      Remove<span className="sr-only"> {s.user.name}</span>
                    </Link>
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
