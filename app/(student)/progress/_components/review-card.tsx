import Link from "next/link";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import type { getStudentHome } from "@/lib/learning/queries";

type Home = Awaited<ReturnType<typeof getStudentHome>>;

/** What is due for review now and over the next week, and reviews suggested before work falls due. */
export function ReviewCard({ review, suggestions }: Pick<Home, "review" | "suggestions">) {
  const upcoming = review.upcoming.filter((d) => d.count > 0);
  return (
    <section className="card review-card" aria-labelledby="review-heading" data-testid="review-card">
      <h2 id="review-heading">Review</h2>
      {review.total === 0 ? (
        <p>Nothing to review yet. Questions you miss in a quiz come back here, spaced out over days, until you know them.</p>
      ) : (
        <>
          <p className="review-card__due" data-testid="due-now">
            {review.dueNow === 0 ? "Nothing due now." : `${plural(review.dueNow, "question is", "questions are")} due now.`}{" "}
            <span className="muted">{review.total} in review in all.</span>
          </p>
          {review.dueNow > 0 && (
            <Link className="button" href="/review">
              Review now
            </Link>
          )}
          <h3>Coming up</h3>
          {upcoming.length === 0 && review.laterToday === 0 ? (
            <p className="muted">Nothing more in the next 7 days.</p>
          ) : (
            <ul className="due-list" data-testid="due-upcoming">
              {review.laterToday > 0 && <li>Later today: {review.laterToday}</li>}
              {upcoming.map((d) => (
                <li key={d.date.toISOString()}>
                  {formatDate(d.date)}: {plural(d.count, "question")}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {suggestions.map((s) => (
        <p key={s.assignmentId} className="alert alert--info" data-testid="review-suggestion">
          <strong>{s.title}</strong> is due {formatDateTime(s.dueAt)}. Review the {plural(s.questions, "question")} from {s.lessonTitle} in your queue first
          {s.dueNow > 0 ? ` (${s.dueNow} due now)` : ""}.
        </p>
      ))}
    </section>
  );
}
