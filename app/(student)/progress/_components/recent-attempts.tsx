import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { getStudentHome } from "@/lib/learning/queries";

type Home = Awaited<ReturnType<typeof getStudentHome>>;

/** The student's latest submitted attempts, each linking to its review. */
export function RecentAttempts({ recent }: Pick<Home, "recent">) {
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent attempts</h2>
      {recent.length === 0 ? (
        <p className="muted">None yet. Start with a lesson&apos;s practice quiz.</p>
      ) : (
        <ul className="assignment-list">
          {recent.map((r) => (
            <li key={r.attemptId}>
              <Link href={`/attempts/${r.attemptId}`}>{r.title.replace(/^Practice: |^Check: /, "")}</Link>
              <span className="muted">
                {r.kind} · {formatDateTime(new Date(r.submittedAt))}
              </span>
              <span>{r.percent}%</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
