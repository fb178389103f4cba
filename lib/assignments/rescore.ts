import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scoreAttempt, type VoidMode } from "./scoring";

/**
 * Recomputes the score and maximum of submitted attempts from their graded
 * answers and their assignment's voided questions. Runs inside the caller's
 * transaction: a constant number of reads, then one write per attempt.
 */
export async function rescoreAttempts(tx: Prisma.TransactionClient, where: { id: string | { in: string[] } } | { assignmentId: string }): Promise<number> {
  const attempts = await tx.attempt.findMany({
    where: { ...where, status: "SUBMITTED" },
    select: {
      id: true,
      assignmentId: true,
      questions: { select: { questionVersionId: true, questionVersion: { select: { questionId: true, points: true } } } },
      answers: { select: { questionVersionId: true, score: true } },
    },
  });
  const assignmentIds = [...new Set(attempts.flatMap((a) => a.assignmentId ?? []))];
  const voids = assignmentIds.length ? await tx.questionVoid.findMany({ where: { assignmentId: { in: assignmentIds } }, select: { assignmentId: true, questionId: true, mode: true } }) : [];
  for (const attempt of attempts) {
    const mine = new Map<string, VoidMode>(voids.filter((v) => v.assignmentId === attempt.assignmentId).map((v) => [v.questionId, v.mode]));
    const earned = new Map(attempt.answers.map((a) => [a.questionVersionId, a.score]));
    const { score, maxScore } = scoreAttempt(
      attempt.questions.map((q) => ({ questionId: q.questionVersion.questionId, points: q.questionVersion.points, earned: earned.get(q.questionVersionId) ?? null })),
      mine,
    );
    await tx.attempt.update({ where: { id: attempt.id }, data: { score, maxScore } });
  }
  return attempts.length;
}
