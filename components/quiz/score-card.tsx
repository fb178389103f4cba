import type { AttemptResultDTO } from "@/lib/quiz/dto";
import { formatPoints } from "@/lib/quiz/present";
import { formatDateTime } from "@/lib/format";

/** A submitted attempt's score: the percentage large, the points and submission time below. */
export function AttemptScoreCard({ result }: { result: AttemptResultDTO }) {
  return (
    <section className="card score-card" aria-label="Score">
      <p className="score-card__big" data-testid="attempt-score">
        {result.percent}%
      </p>
      <p style={{ margin: 0 }}>
        {formatPoints(result.score)} of {formatPoints(result.maxScore)} points · submitted {formatDateTime(new Date(result.submittedAt))}
      </p>
    </section>
  );
}
