import type { FeedbackPolicy, ScoringRule } from "@/lib/quiz/policy";
import { plural } from "@/lib/format";

export const FEEDBACK_TEXT: Record<FeedbackPolicy, string> = { AFTER_EACH: "feedback after each question", AFTER_SUBMIT: "feedback after you submit", AFTER_DUE: "feedback after the due date" };
export const RULE_TEXT: Record<ScoringRule, string> = { BEST: "your best attempt counts", LAST: "your last attempt counts", AVERAGE: "the average of your attempts counts" };

/** The rules of an assessed quiz or an assignment, as a row of badges. */
export function PolicyBadges({
  questions,
  timeLimitSec,
  attemptsAllowed,
  scoringRule,
  feedbackPolicy,
}: {
  questions?: number;
  timeLimitSec: number | null;
  attemptsAllowed: number | null;
  scoringRule: ScoringRule;
  feedbackPolicy: FeedbackPolicy;
}) {
  return (
    <ul className="policy-list" aria-label="How this works">
      {questions !== undefined && <li className="badge">{questions} questions</li>}
      {timeLimitSec && <li className="badge">{Math.round(timeLimitSec / 60)} minutes</li>}
      {attemptsAllowed !== null && (
        <li className="badge">
          {plural(attemptsAllowed, "attempt")}
        </li>
      )}
      <li className="badge">{RULE_TEXT[scoringRule]}</li>
      <li className="badge">{FEEDBACK_TEXT[feedbackPolicy]}</li>
    </ul>
  );
}
