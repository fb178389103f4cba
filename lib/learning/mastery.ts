/**
 * Mastery per learning objective, on a scale a student can read: not started,
 * familiar, proficient, mastered. A pure function of the last state and one
 * graded answer; the rule is stated to students as MASTERY_RULE.
 */

export const LEVELS = ["Not started", "Familiar", "Proficient", "Mastered"] as const;
export type Level = 0 | 1 | 2 | 3;

/** How many of the latest answers the rule looks at. */
export const WINDOW = 5;

export const MASTERY_RULE = [
  "Familiar: you have answered at least one question on the objective.",
  `Proficient: at least 3 answers, and at least 80 % of your last ${WINDOW} on it are right.`,
  "Mastered: proficient, and you answered one of its questions right in a review, on a day after you met it. A miss in review takes that away until the next right review.",
];

export type MasteryState = { level: Level; correct: number; attempted: number; recent: string; retainedAt: Date | null };

export const NOT_STARTED: MasteryState = { level: 0, correct: 0, attempted: 0, recent: "", retainedAt: null };

export function levelOf(recent: string, retainedAt: Date | null): Level {
  if (recent.length === 0) return 0;
  const right = [...recent].filter((c) => c === "1").length;
  const proficient = recent.length >= 3 && right / recent.length >= 0.8;
  if (!proficient) return 1;
  return retainedAt ? 3 : 2;
}

/**
 * One graded answer on the objective. `review` says it was a due review
 * question: only those can show retention.
 */
export function nextMastery(prev: MasteryState | null, answer: { correct: boolean; review: boolean; at: Date }): MasteryState {
  const state = prev ?? NOT_STARTED;
  const recent = `${state.recent}${answer.correct ? "1" : "0"}`.slice(-WINDOW);
  const retainedAt = answer.review ? (answer.correct ? (state.retainedAt ?? answer.at) : null) : state.retainedAt;
  return { level: levelOf(recent, retainedAt), correct: state.correct + (answer.correct ? 1 : 0), attempted: state.attempted + 1, recent, retainedAt };
}
