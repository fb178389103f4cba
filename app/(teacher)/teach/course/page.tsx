import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";
import { getFactUses } from "@/lib/content/fact-uses";
import { isDueForReview, reviewPeriod } from "@/lib/content/fact-review";
import { getFacts } from "@/lib/content/queries";
import { formatDate, plural } from "@/lib/format";
import { ReviewPeriodField } from "@/components/ui/review-period-field";
import { FactReviewCard } from "./_components/fact-review-card";

export const metadata: Metadata = { title: "Course facts" };

/**
 * The course's background facts for a teacher: those older than the period the teacher chooses
 * are flagged for review, each with the lesson sections and questions that rest on it.
 */
export default async function CourseFactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireTeacher();
  const months = reviewPeriod((await searchParams).months);
  const now = currentTime();
  const [facts, uses] = await Promise.all([getFacts(), getFactUses()]);
  const due = facts.filter((f) => isDueForReview(f.asOf, now, months));
  const current = facts.filter((f) => !isDueForReview(f.asOf, now, months));

  return (
    <div className="narrow">
      <p className="eyebrow">Teaching</p>
      <h1>Course facts</h1>
      <p className="lede">
        The background facts the course rests on, each with the day it was true or checked (&ldquo;as of&rdquo;). Facts older than the period you choose are flagged
        for review, with the lesson sections and questions a correction would touch. Students see every fact, with its date, on <Link href="/facts">Background facts</Link>.
      </p>
      <form method="get" className="filter-form" aria-label="Review period">
        <ReviewPeriodField id="months" name="months" defaultValue={String(months)} />
        <button type="submit" className="button button--secondary">
          Show
        </button>
      </form>
      <p data-testid="review-summary" aria-live="polite">
        As of {formatDate(now)}, {plural(due.length, "fact")} of {facts.length} {due.length === 1 ? "is" : "are"} older than {plural(months, "month")} and due for review.
      </p>

      <h2>Due for review</h2>
      {due.length === 0 ? (
        <p className="alert alert--info">No fact is older than {plural(months, "month")}.</p>
      ) : (
        <ol className="stack" style={{ listStyle: "none", padding: 0 }} data-testid="facts-due">
          {due.map((f) => (
            <FactReviewCard key={f.number} fact={f} use={uses.get(f.number)} now={now} due />
          ))}
        </ol>
      )}

      <h2>Up to date</h2>
      {current.length === 0 ? (
        <p className="muted">None: every fact is due for review with this period.</p>
      ) : (
        <ol className="stack" style={{ listStyle: "none", padding: 0 }} data-testid="facts-current">
          {current.map((f) => (
            <FactReviewCard key={f.number} fact={f} use={uses.get(f.number)} now={now} due={false} />
          ))}
        </ol>
      )}
    </div>
  );
}
