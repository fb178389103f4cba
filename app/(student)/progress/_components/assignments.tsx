import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/lib/format";
import type { getStudentHome } from "@/lib/learning/queries";
import { ScoreBar } from "./score-bar";

type Home = Awaited<ReturnType<typeof getStudentHome>>;

/** The student's assignments in every class, with status, due date and grade. */
export function Assignments({ assignments }: Pick<Home, "assignments">) {
  return (
    <section aria-labelledby="work-heading">
      <h2 id="work-heading">Assignments</h2>
      {assignments.length === 0 ? (
        <p className="muted">
          No assignments. <Link href="/classes">Join a class</Link> with your teacher&apos;s code.
        </p>
      ) : (
        <ul className="assignment-list" data-testid="home-assignments">
          {assignments.map((a) => (
            <li key={a.id}>
              <Link href={`/assignments/${a.id}`}>{a.title}</Link>
              <span className="muted">
                {a.class.name} · due {formatDateTime(a.dueAt)}
              </span>
              <StatusBadge status={a.status} />
              {a.grade && <ScoreBar percent={a.grade.percent} name="Grade" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
