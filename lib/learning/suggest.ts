/** Review sessions suggested before work falls due: pure, from the student's assignments and review queue. */

export type UpcomingWork = { id: string; title: string; dueAt: Date; lessonSlug: string; lessonTitle: string; status: string };
export type Suggestion = { assignmentId: string; title: string; dueAt: Date; lessonTitle: string; questions: number; dueNow: number };

/** Within this many days of a due date, a review of the lesson's questions is suggested. */
export const SUGGEST_WITHIN_DAYS = 3;

/**
 * For each assignment not yet done that falls due within SUGGEST_WITHIN_DAYS,
 * a review of the lesson's questions in the student's queue, soonest due first.
 */
export function suggestReviews(work: UpcomingWork[], queue: { lessonSlug: string; due: boolean }[], now: Date): Suggestion[] {
  const horizon = now.getTime() + SUGGEST_WITHIN_DAYS * 86_400_000;
  return work
    .filter((w) => (w.status === "not_started" || w.status === "in_progress") && w.dueAt >= now && w.dueAt.getTime() <= horizon)
    .map((w) => {
      const mine = queue.filter((q) => q.lessonSlug === w.lessonSlug);
      return { assignmentId: w.id, title: w.title, dueAt: w.dueAt, lessonTitle: w.lessonTitle, questions: mine.length, dueNow: mine.filter((q) => q.due).length };
    })
    .filter((s) => s.questions > 0)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
