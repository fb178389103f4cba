/**
 * The rules of an attempt, as pure functions of the attempt and the server's
 * clock. The browser's clock is never an input.
 */

/** Saves are still taken this long after the deadline, for answers in flight. */
export const GRACE_MS = 60_000;

export type FeedbackPolicy = "AFTER_EACH" | "AFTER_SUBMIT" | "AFTER_DUE";
export type ScoringRule = "BEST" | "LAST" | "AVERAGE";

export type Clocked = { status: "IN_PROGRESS" | "SUBMITTED"; deadline: Date | null };

export function deadlineFor(startedAt: Date, timeLimitSec: number | null, closeAt?: Date | null): Date | null {
  const byLimit = timeLimitSec ? new Date(startedAt.getTime() + timeLimitSec * 1000) : null;
  if (byLimit && closeAt) return byLimit < closeAt ? byLimit : closeAt;
  return byLimit ?? closeAt ?? null;
}

/** Past the deadline and its grace: the attempt must be finalised with what was saved. */
export function isOverdue(attempt: Clocked, now: Date): boolean {
  return attempt.status === "IN_PROGRESS" && attempt.deadline !== null && now.getTime() > attempt.deadline.getTime() + GRACE_MS;
}

/** When a submitted attempt counts as submitted: never after its deadline. */
export function submittedAtFor(deadline: Date | null, now: Date): Date {
  return deadline && now > deadline ? deadline : now;
}

/** Whether correctness, keys and explanations may be shown for an answered question. */
export function feedbackReleased(policy: FeedbackPolicy, status: Clocked["status"], now: Date, dueAt: Date | null = null): boolean {
  if (policy === "AFTER_EACH") return true;
  if (status !== "SUBMITTED") return false;
  return policy === "AFTER_SUBMIT" || dueAt === null || now >= dueAt;
}

/** The score that counts for a quiz, from the student's submitted attempts in time order. */
export function countedScore(percents: number[], rule: ScoringRule): number | null {
  if (percents.length === 0) return null;
  if (rule === "LAST") return percents[percents.length - 1]!;
  if (rule === "AVERAGE") return Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10;
  return Math.max(...percents);
}

export function percentOf(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
}

/** A due date, moved later (never earlier) by a student's extension. */
export function effectiveDueAt(dueAt: Date, extendedDueAt?: Date | null): Date {
  return extendedDueAt && extendedDueAt > dueAt ? extendedDueAt : dueAt;
}

export type AttemptPolicy = { mode: "PRACTICE" | "ASSESSED"; feedbackPolicy: FeedbackPolicy; dueAt: Date | null };

/**
 * The rules an attempt runs under: its quiz's own, or, for work set by a
 * teacher, the assignment's (always assessed), with the student's extended due date.
 */
export function attemptPolicy(
  quiz: { mode: "PRACTICE" | "ASSESSED"; feedbackPolicy: FeedbackPolicy },
  assignment: { feedbackPolicy: FeedbackPolicy; dueAt: Date; extensions: { dueAt: Date | null }[] } | null,
): AttemptPolicy {
  if (!assignment) return { mode: quiz.mode, feedbackPolicy: quiz.feedbackPolicy, dueAt: null };
  return { mode: "ASSESSED", feedbackPolicy: assignment.feedbackPolicy, dueAt: effectiveDueAt(assignment.dueAt, assignment.extensions[0]?.dueAt) };
}
