import Link from "next/link";
import { FEEDBACK_TEXT } from "@/components/quiz/policy-badges";
import type { FeedbackPolicy, ScoringRule } from "@/lib/quiz/policy";
import { formatDateTime, plural } from "@/lib/format";

type Rules = {
  title: string;
  openAt: Date;
  dueAt: Date;
  closeAt: Date | null;
  attemptsAllowed: number;
  scoringRule: ScoringRule;
  timeLimitSec: number | null;
  feedbackPolicy: FeedbackPolicy;
  targeted: boolean;
  class: { id: string; name: string };
  quiz: { title: string; lesson: { slug: string } };
};

/** The assignment's title, class, quiz, dates and rules, and whom it is for. */
export function AssignmentRules({ r, students }: { r: Rules; students: number }) {
  return (
    <>
      <p className="eyebrow">
        <Link href="/teach">Your classes</Link> · <Link href={`/teach/classes/${r.class.id}/gradebook`}>{r.class.name}</Link>
      </p>
      <h1>{r.title}</h1>
      <dl className="facts-grid">
        <dt>Quiz</dt>
        <dd>
          <Link href={`/lessons/${r.quiz.lesson.slug}`}>{r.quiz.title}</Link>
        </dd>
        <dt>Open</dt>
        <dd>{formatDateTime(r.openAt)}</dd>
        <dt>Due</dt>
        <dd>{formatDateTime(r.dueAt)}</dd>
        <dt>Closes</dt>
        <dd>{r.closeAt ? formatDateTime(r.closeAt) : "never: late work is accepted and marked late"}</dd>
        <dt>Rules</dt>
        <dd>
          {plural(r.attemptsAllowed, "attempt")}, {r.scoringRule.toLowerCase()} counts
          {r.timeLimitSec ? `, ${Math.round(r.timeLimitSec / 60)} minutes each` : ", no time limit"}, {FEEDBACK_TEXT[r.feedbackPolicy]}
        </dd>
        <dt>For</dt>
        <dd>{r.targeted ? `${plural(students, "chosen student")}` : `the whole class (${plural(students, "student")})`}</dd>
      </dl>
    </>
  );
}
