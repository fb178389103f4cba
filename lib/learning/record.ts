import "server-only";
import { lockRow, type Tx } from "@/lib/db";
import { nextMastery, type Level, type MasteryState } from "./mastery";
import { isDue, nextReview, type Outcome, type ReviewState } from "./schedule";

/** One graded answer, as review and mastery need it. */
export type GradedAnswer = {
  questionId: string;
  /** The version answered. */
  version: number;
  lessonId: string;
  objectiveKey: string;
  outcome: Outcome;
  /** Answered in a review session: if the question was due, it can show retention for mastery. */
  inReview: boolean;
};

/**
 * Applies graded answers to the student's review schedule and mastery, in the
 * caller's transaction, with a constant number of reads. Answers are applied
 * in order. Returns each answered question's review state afterwards (null: not in review).
 * It reads, changes and writes back the student's rows, so it first takes the student's
 * lock: two roll-ups or reviews of one student at once run one after the other.
 */
export async function recordAnswers(tx: Tx, userId: string, answers: GradedAnswer[], at: Date): Promise<Map<string, ReviewState | null>> {
  if (answers.length === 0) return new Map();
  await lockRow(tx, "User", userId);
  const questionIds = [...new Set(answers.map((a) => a.questionId))];
  const lessonIds = [...new Set(answers.map((a) => a.lessonId))];
  // One statement at a time: a transaction holds one connection.
  const items = await tx.reviewItem.findMany({ where: { userId, questionId: { in: questionIds } }, select: { questionId: true, box: true, dueAt: true, lapses: true, version: true, lastReviewedAt: true } });
  const objectives = await tx.lessonObjective.findMany({
    where: { lessonId: { in: lessonIds } },
    select: { id: true, lessonId: true, key: true, mastery: { where: { userId }, select: { level: true, correct: true, attempted: true, recent: true, retainedAt: true } } },
  });
  const reviews = new Map<string, ReviewState | null>(items.map(({ questionId, ...state }) => [questionId, state]));
  const objectiveOf = new Map(objectives.map((o) => [`${o.lessonId}:${o.key}`, o]));
  const mastery = new Map<string, MasteryState>();
  for (const o of objectives) if (o.mastery[0]) mastery.set(o.id, { ...o.mastery[0], level: o.mastery[0].level as Level });

  const changedReviews = new Set<string>();
  const changedMastery = new Set<string>();
  for (const a of answers) {
    const before = reviews.get(a.questionId) ?? null;
    const dueReview = a.inReview && before !== null && isDue(before, a.version, at);
    const after = nextReview(before, a.outcome, at, a.version);
    if (after && after !== before) {
      reviews.set(a.questionId, after);
      changedReviews.add(a.questionId);
    }
    const objective = objectiveOf.get(`${a.lessonId}:${a.objectiveKey}`);
    if (objective) {
      mastery.set(objective.id, nextMastery(mastery.get(objective.id) ?? null, { correct: a.outcome === "right", review: dueReview, at }));
      changedMastery.add(objective.id);
    }
  }
  for (const questionId of changedReviews) {
    const state = reviews.get(questionId)!;
    await tx.reviewItem.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...state }, update: state });
  }
  for (const objectiveId of changedMastery) {
    const state = mastery.get(objectiveId)!;
    await tx.objectiveMastery.upsert({ where: { userId_objectiveId: { userId, objectiveId } }, create: { userId, objectiveId, ...state }, update: state });
  }
  return new Map(questionIds.map((id) => [id, reviews.get(id) ?? null]));
}
