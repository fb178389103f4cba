import Link from "next/link";
import type { RegradeNotice } from "@/lib/attempts/regrade";
import { formatDate } from "@/lib/format";
import { formatPoints } from "@/lib/quiz/present";

/** Tells a student that a teacher corrected a question they had answered and graded it again. */
export function RegradeNotices({ notices, linkAttempts = false }: { notices: RegradeNotice[]; linkAttempts?: boolean }) {
  if (notices.length === 0) return null;
  return (
    <section className="alert alert--info stack" aria-labelledby="regrades" data-testid="regrade-notices">
      <h2 id="regrades" style={{ margin: 0, fontSize: "1.05rem" }}>
        {notices.length === 1 ? "A score changed after a correction" : "Scores changed after corrections"}
      </h2>
      <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {notices.map((n) => (
          <li key={`${n.attemptId}${n.at.toISOString()}`}>
            On {formatDate(n.at)} your teacher corrected {n.questions.length === 1 ? `the question “${n.questions[0]}”` : `${n.questions.length} questions`} and graded your answers again:{" "}
            {linkAttempts ? <Link href={`/attempts/${n.attemptId}`}>{n.quiz}</Link> : n.quiz} went from {formatPoints(n.scoreBefore ?? 0)} to{" "}
            <strong>{formatPoints(n.scoreAfter ?? 0)}</strong> of {formatPoints(n.maxScore ?? 0)} points. The review below still shows each question as you saw it.
          </li>
        ))}
      </ul>
    </section>
  );
}
