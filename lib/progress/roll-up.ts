import "server-only";
import { currentTime } from "@/lib/clock";
import { db, lockRow, type Tx } from "@/lib/db";
import { recordAnswers } from "@/lib/learning/record";
import { outcomeOf } from "@/lib/learning/schedule";
import { log } from "@/lib/log";
import { percentOf } from "@/lib/quiz/policy";

/**
 * Brings the student's progress in step with a submitted attempt: lesson progress, review
 * schedule and mastery. A failure is logged and never undoes the submission: the attempt
 * stays unapplied and the sweep catches it up. Safe to run from several requests and
 * sweepers at once: the attempt is claimed in the same transaction that applies it, so it
 * is applied exactly once.
 */
export async function rollUpProgress(attemptId: string): Promise<boolean> {
  try {
    await progressRollUp.apply(attemptId);
    return true;
  } catch (error) {
    log.error("progress roll-up failed", { attemptId, err: error });
    return false;
  }
}

/** Rolls up every submitted attempt whose roll-up has not succeeded yet. */
export async function catchUpProgress(): Promise<{ applied: number; failed: number }> {
  const pending = await db.attempt.findMany({ where: { status: "SUBMITTED", progressAppliedAt: null }, orderBy: { submittedAt: "asc" }, select: { id: true } });
  let applied = 0;
  for (const a of pending) if (await rollUpProgress(a.id)) applied++;
  return { applied, failed: pending.length - applied };
}

/**
 * Brings the student's LessonProgress for the lesson in step with their submitted attempts (best
 * and latest score). The caller holds the student's lock: after submitting, and after a regrade.
 */
export async function syncLessonProgress(tx: Tx, userId: string, lessonId: string): Promise<void> {
  const submitted = await tx.attempt.findMany({
    where: { userId, quiz: { lessonId }, status: "SUBMITTED" },
    orderBy: { submittedAt: "asc" },
    select: { score: true, maxScore: true },
  });
  if (submitted.length === 0) return;
  const percents = submitted.map((a) => percentOf(a.score ?? 0, a.maxScore));
  const data = { status: "COMPLETED" as const, bestScore: Math.max(...percents), latestScore: percents[percents.length - 1] ?? 0 };
  await tx.lessonProgress.upsert({ where: { userId_lessonId: { userId, lessonId } }, create: { userId, lessonId, ...data }, update: data });
}

/** The roll-up itself, on an object so a test can make it fail (docs/quality.md scenario 10). */
export const progressRollUp = { apply: applyProgress };

/**
 * In one transaction: claims the attempt (marks it applied, which only one caller can do),
 * takes the student's lock (their progress is read, changed and written back), then brings
 * LessonProgress for the lesson in step with all their submitted attempts and applies each
 * graded answer to their review schedule and mastery. A failure leaves nothing half done,
 * the claim included.
 */
async function applyProgress(attemptId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await tx.attempt.updateMany({ where: { id: attemptId, status: "SUBMITTED", progressAppliedAt: null }, data: { progressAppliedAt: currentTime() } });
    if (claimed.count === 0) return;
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        userId: true,
        submittedAt: true,
        assignmentId: true,
        quiz: { select: { mode: true, lessonId: true } },
        questions: { select: { questionVersion: { select: { id: true, version: true, questionId: true, objectiveKey: true } } } },
        answers: { select: { questionVersionId: true, isCorrect: true, tries: true } },
      },
    });
    const { userId, quiz } = attempt;
    await lockRow(tx, "User", userId);
    await syncLessonProgress(tx, userId, quiz.lessonId);

    // Practice skips what was left unanswered; assessed work counts it as a miss.
    const practice = quiz.mode === "PRACTICE" && attempt.assignmentId === null;
    const answers = new Map(attempt.answers.map((a) => [a.questionVersionId, a]));
    const graded = attempt.questions.flatMap(({ questionVersion: v }) => {
      const answer = answers.get(v.id);
      if (!answer && practice) return [];
      return [{ questionId: v.questionId, version: v.version, lessonId: quiz.lessonId, objectiveKey: v.objectiveKey, outcome: answer ? outcomeOf(answer, practice) : ("wrong" as const), inReview: false }];
    });
    await recordAnswers(tx, userId, graded, attempt.submittedAt ?? currentTime());
  });
}
