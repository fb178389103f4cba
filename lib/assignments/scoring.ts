/**
 * How an assignment is scored, as pure functions: voided questions, which
 * attempts count under the scoring rule, and a teacher's override.
 */
import { countedScore, type ScoringRule } from "@/lib/quiz/policy";

export type VoidMode = "FULL_CREDIT" | "EXCLUDE";

/** One question of an attempt: its points and the points the answer earned (null if unanswered). */
export type ScoredItem = { questionId: string; points: number; earned: number | null };

/**
 * An attempt's score with the assignment's voids applied: a question voided
 * for full credit earns all its points; one excluded leaves the total.
 */
export function scoreAttempt(items: ScoredItem[], voids: ReadonlyMap<string, VoidMode>): { score: number; maxScore: number } {
  let score = 0;
  let maxScore = 0;
  for (const item of items) {
    const mode = voids.get(item.questionId);
    if (mode === "EXCLUDE") continue;
    maxScore += item.points;
    score += mode === "FULL_CREDIT" ? item.points : (item.earned ?? 0);
  }
  return { score, maxScore };
}

export type SubmittedAttempt = { id: string; submittedAt: Date; percent: number };

/**
 * The attempts the scoring rule counts, from one student's submitted attempts:
 * the best (the earliest of equal bests), the last, or all of them for the average.
 */
export function countedAttempts<A extends SubmittedAttempt>(attempts: A[], rule: ScoringRule): A[] {
  const inOrder = [...attempts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  if (inOrder.length === 0 || rule === "AVERAGE") return inOrder;
  if (rule === "LAST") return [inOrder[inOrder.length - 1]!];
  return [inOrder.reduce((best, a) => (a.percent > best.percent ? a : best))];
}

/** The one attempt per student that item analysis reads: the counted one, or the latest under the average rule. */
export function analysedAttempt<A extends SubmittedAttempt>(attempts: A[], rule: ScoringRule): A | null {
  const counted = countedAttempts(attempts, rule);
  return counted[counted.length - 1] ?? null;
}

export const COUNTED_STATEMENT: Record<ScoringRule, string> = {
  BEST: "Each student's best submitted attempt counts, and the statistics below read that attempt (the earliest one, if two are equally good).",
  LAST: "Each student's last submitted attempt counts, and the statistics below read that attempt.",
  AVERAGE: "The average of each student's submitted attempts counts; the statistics below read each student's latest submitted attempt.",
};

export type Grade = { percent: number; source: "attempts" | "override" } | null;

/** The student's grade: the teacher's override if there is one, else the scoring rule over the attempts. */
export function gradeFor(attempts: SubmittedAttempt[], rule: ScoringRule, override: number | null = null): Grade {
  if (override !== null) return { percent: override, source: "override" };
  const inOrder = [...attempts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const percent = countedScore(
    inOrder.map((a) => a.percent),
    rule,
  );
  return percent === null ? null : { percent, source: "attempts" };
}
