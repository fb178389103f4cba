import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { getAssignmentsForStudent } from "@/lib/assignments/student-queries";
import { requireUser } from "@/lib/auth/session";
import { getClassesForStudent } from "@/lib/classes/queries";
import { formatDateTime } from "@/lib/format";
import { joinClassAction } from "./actions";

export const metadata: Metadata = { title: "My classes" };

export default async function MyClassesPage() {
  const user = await requireUser("/classes");
  const [classes, assignments] = await Promise.all([getClassesForStudent(user.id), getAssignmentsForStudent(user.id)]);
  return (
    <div className="narrow">
      <p className="eyebrow">Student</p>
      <h1>My classes</h1>
      {classes.length === 0 ? (
        <p className="alert alert--info">You are not in a class yet. Ask your teacher for the join code.</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }} data-testid="my-classes">
          {classes.map((c) => (
            <li key={c.id} className="card">
              <h2 style={{ margin: 0, fontSize: "1.15rem" }}>{c.name}</h2>
              <p className="muted" style={{ margin: "0.25rem 0 0" }}>
                Teacher: {c.teachers.join(", ")}
              </p>
              <ClassAssignments assignments={assignments.filter((a) => a.class.id === c.id)} />
            </li>
          ))}
        </ul>
      )}
      {user.role === "STUDENT" && (
        <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="join-heading">
          <h2 id="join-heading" style={{ marginTop: 0 }}>
            Join a class
          </h2>
          <ActionForm action={joinClassAction} fields={[{ name: "code", label: "Join code", hint: "7 letters and digits, for example K7QX2MP" }]} submitLabel="Join class" />
        </section>
      )}
    </div>
  );
}

function ClassAssignments({ assignments }: { assignments: Awaited<ReturnType<typeof getAssignmentsForStudent>> }) {
  if (assignments.length === 0) return <p style={{ margin: "0.75rem 0 0" }}>No assignments yet.</p>;
  return (
    <ul className="assignment-list" aria-label="Assignments">
      {assignments.map((a) => (
        <li key={a.id} data-testid="assignment-item">
          <Link href={`/assignments/${a.id}`}>{a.title}</Link>
          <span className="muted">Due {formatDateTime(a.dueAt)}</span>
          <StatusBadge status={a.status} />
          {a.grade && <span>{a.grade.percent}%</span>}
        </li>
      ))}
    </ul>
  );
}
