import "server-only";
import { rescoreAttempts } from "@/lib/assignments/rescore";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { rollUpProgress } from "@/lib/progress/roll-up";
import type { AttemptResultDTO } from "@/lib/quiz/dto";
import { submittedAtFor } from "@/lib/quiz/policy";
import { toResultDTO } from "@/lib/quiz/present";
import { gradeInput, toKeyedQuestion } from "@/lib/quiz/rows";
import { currentTime } from "@/lib/clock";

/**
 * Submits an attempt and grades it on the server. Idempotent: a repeated or
 * concurrent submit returns the same result and changes nothing.
 */
export async function submitAttempt(userId: string, attemptId: string, now = currentTime()): Promise<AttemptResultDTO> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { status: true, deadline: true } });
  if (!attempt) throw new DomainError("not_found", "That attempt does not exist.");
  if (attempt.status === "IN_PROGRESS") await finaliseAttempt(attemptId, submittedAtFor(attempt.deadline, now));
  return toResultDTO(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { id: true, score: true, maxScore: true, submittedAt: true } }));
}

/**
 * Closes an attempt at `submittedAt` and grades every saved answer with the key of the
 * version it answered, in one transaction. Only the first caller closes it; later callers
 * change nothing. Its first statement closes the attempt, which locks the attempt's row: a
 * save in flight (lib/attempts/save.ts) either committed before, and its answer is read and
 * graded here, or waits and then finds the attempt closed. No acknowledged answer is left out.
 */
export async function finaliseAttempt(attemptId: string, submittedAt: Date): Promise<void> {
  const closedHere = await db.$transaction(async (tx) => {
    const closed = await tx.attempt.updateMany({ where: { id: attemptId, status: "IN_PROGRESS" }, data: { status: "SUBMITTED", openSlot: null, submittedAt } });
    if (closed.count === 0) return false;
    const answers = await tx.answer.findMany({
      where: { attemptId },
      select: { id: true, response: true, score: true, isCorrect: true, questionVersion: { select: { id: true, type: true, content: true, answerKey: true, points: true } } },
    });
    // Each answer was graded when it was saved, with the same key; only a changed grade is written.
    for (const answer of answers) {
      const result = gradeInput(toKeyedQuestion(answer.questionVersion), answer.response);
      if (!result.ok) throw new Error(`answer ${answer.id} cannot be graded: ${result.message}`);
      const { grade } = result;
      const score = grade.credit * answer.questionVersion.points;
      if (score !== answer.score || grade.correct !== answer.isCorrect) await tx.answer.update({ where: { id: answer.id }, data: { score, isCorrect: grade.correct } });
    }
    await tx.answer.updateMany({ where: { attemptId }, data: { gradedAt: submittedAt } });
    await rescoreAttempts(tx, { id: attemptId });
    return true;
  });
  if (closedHere) await rollUpProgress(attemptId);
}
