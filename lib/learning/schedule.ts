/**
 * Spaced review with Leitner boxes, as pure functions of the last state, the
 * outcome and the clock. A question enters box 1 when a student gets it wrong,
 * or right only after a miss. Each right answer on a due review moves it up
 * one box and further apart; a miss sends it back to box 1.
 */

/** Days until the next review, for boxes 1 to 5. */
export const INTERVAL_DAYS = [1, 3, 7, 16, 35] as const;
export const TOP_BOX = INTERVAL_DAYS.length;

export type Outcome = "right" | "wrong" | "right_after_miss";

export type ReviewState = { box: number; dueAt: Date; lapses: number; version: number; lastReviewedAt: Date | null };

const DAY = 86_400_000;

/** Midnight UTC at the start of `d`'s day: reviews fall due at the start of a day, not mid-afternoon. */
export function startOfDay(d: Date): Date {
  return new Date(Math.floor(d.getTime() / DAY) * DAY);
}

export function dueAfter(box: number, now: Date): Date {
  return new Date(startOfDay(now).getTime() + INTERVAL_DAYS[Math.min(Math.max(box, 1), TOP_BOX) - 1]! * DAY);
}

/** Due when its date has come, or at once when the question has a newer version than the one last seen. */
export function isDue(item: Pick<ReviewState, "dueAt" | "version">, currentVersion: number, now: Date): boolean {
  return currentVersion > item.version || now >= item.dueAt;
}

/**
 * The next state of a question in a student's review, or null when it does not
 * (yet) need review. `version` is the question version just answered.
 *
 * - Not in review: a miss (or right only after a miss) puts it in box 1, due tomorrow; right stays out.
 * - A newer version than the one last seen starts again from box 1 (lapses are kept).
 * - A miss: box 1, due tomorrow, one more lapse.
 * - Right while due: up one box (at most the top), due after that box's interval, however long the gap was.
 * - Right before it is due: no change, so cramming does not skip boxes.
 */
export function nextReview(prev: ReviewState | null, outcome: Outcome, now: Date, version: number): ReviewState | null {
  const missed = outcome !== "right";
  if (!prev) return missed ? { box: 1, dueAt: dueAfter(1, now), lapses: 0, version, lastReviewedAt: now } : null;
  const fresh = version > prev.version;
  const base = fresh ? { ...prev, box: 1, version } : prev;
  if (missed) return { ...base, box: 1, dueAt: dueAfter(1, now), lapses: prev.lapses + 1, lastReviewedAt: now };
  if (!fresh && now < prev.dueAt) return prev;
  const box = Math.min(base.box + 1, TOP_BOX);
  return { ...base, box, dueAt: dueAfter(box, now), lastReviewedAt: now };
}

/** How a graded answer counts for review: right, wrong, or right only after a miss (practice tries). */
export function outcomeOf(answer: { isCorrect: boolean | null; tries: number }, practice: boolean): Outcome {
  if (!answer.isCorrect) return "wrong";
  return practice && answer.tries > 1 ? "right_after_miss" : "right";
}
