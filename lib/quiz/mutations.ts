import "server-only";
import { randomInt } from "node:crypto";
import { DomainError } from "@/lib/actions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AttemptResultDTO, FeedbackDTO } from "./dto";
import { gradeResponse } from "./grading";
import { feedbackFor } from "./queries";
import { parseResponse } from "./responses";
import { hashString, seededShuffle, shuffleChoices } from "./shuffle";
import { shuffledChoiceIds } from "./stored";
import type { PublicQuestion, StoredQuestion } from "./types";

const PRACTICE_SLOT = "practice";

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Opens a practice attempt for the student, or returns the one already open.
 * The unique index on (userId, quizId, openSlot) makes concurrent starts
 * converge on one attempt.
 */
export async function startPracticeAttempt(quizSlug: string, userId: string): Promise<string> {
  const quiz = await db.quiz.findUnique({ where: { slug: quizSlug }, select: { id: true, mode: true, lessonId: true, drawCount: true } });
  if (!quiz || quiz.mode !== "PRACTICE") throw new DomainError("not_found", "That quiz does not exist.");
  const open = () => db.attempt.findFirst({ where: { quizId: quiz.id, userId, openSlot: PRACTICE_SLOT }, select: { id: true } });
  const existing = await open();
  if (existing) return existing.id;

  const questions = await db.question.findMany({
    where: { lessonId: quiz.lessonId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, type: true, content: true, points: true } } },
  });
  const versions = questions.flatMap((q) => q.versions);
  const seed = randomInt(2 ** 31);
  const drawn = seededShuffle(versions, seed).slice(0, quiz.drawCount ?? versions.length);

  try {
    const attempt = await db.attempt.create({
      data: {
        quizId: quiz.id,
        userId,
        seed,
        openSlot: PRACTICE_SLOT,
        maxScore: drawn.reduce((sum, v) => sum + v.points, 0),
        questions: {
          create: drawn.map((v, i) => ({
            questionVersionId: v.id,
            position: i + 1,
            choiceOrder: shuffleChoices(shuffledChoiceIds({ type: v.type, content: v.content } as PublicQuestion), seed ^ hashString(v.id)),
          })),
        },
      },
      select: { id: true },
    });
    await db.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId: quiz.lessonId } },
      create: { userId, lessonId: quiz.lessonId, status: "IN_PROGRESS" },
      update: {},
    });
    return attempt.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await open();
    if (!winner) throw error;
    return winner.id;
  }
}

/**
 * Practice mode: saves the student's answer to one question, grades it on the
 * server and returns the feedback. Unlimited tries; each try overwrites.
 */
export async function checkPracticeAnswer(attemptId: string, userId: string, questionVersionId: string, input: unknown): Promise<FeedbackDTO> {
  const slot = await db.attemptQuestion.findFirst({
    where: { attemptId, questionVersionId, attempt: { userId } },
    select: {
      attempt: { select: { status: true, quiz: { select: { mode: true } } } },
      questionVersion: { select: { type: true, content: true, answerKey: true, points: true } },
    },
  });
  if (!slot) throw new DomainError("not_found", "That question is not part of this attempt.");
  if (slot.attempt.status !== "IN_PROGRESS") throw new DomainError("conflict", "This attempt is already finished.");
  if (slot.attempt.quiz.mode !== "PRACTICE") throw new DomainError("invalid", "Answers to this quiz are checked when you submit it.");

  const stored = { type: slot.questionVersion.type, content: slot.questionVersion.content, answerKey: slot.questionVersion.answerKey } as StoredQuestion;
  const parsed = parseResponse(stored, input);
  if (!parsed.ok) throw new DomainError("invalid", parsed.message);
  const grade = gradeResponse(stored, parsed.response);
  const now = new Date();
  const fields = { response: parsed.response, score: grade.credit * slot.questionVersion.points, isCorrect: grade.correct, gradedAt: now, savedAt: now };

  // Only an open attempt takes the write: the status check is part of the update.
  const updated = await db.attempt.updateMany({ where: { id: attemptId, userId, status: "IN_PROGRESS" }, data: { lastSeq: { increment: 1 } } });
  if (updated.count === 0) throw new DomainError("conflict", "This attempt is already finished.");
  await db.answer.upsert({
    where: { attemptId_questionVersionId: { attemptId, questionVersionId } },
    create: { attemptId, questionVersionId, seq: 1, ...fields },
    update: { ...fields, tries: { increment: 1 }, seq: { increment: 1 } },
  });
  const feedback = (await feedbackFor([{ questionVersionId, response: parsed.response }])).get(questionVersionId);
  if (!feedback) throw new DomainError("not_found", "That question is not part of this attempt.");
  return feedback;
}

/**
 * Finishes an attempt and records its score. Idempotent: finishing twice
 * returns the same result and changes nothing the second time.
 */
export async function finishAttempt(attemptId: string, userId: string): Promise<AttemptResultDTO> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, quizId: true, quiz: { select: { lessonId: true } }, answers: { select: { score: true } } },
  });
  if (!attempt) throw new DomainError("not_found", "That attempt does not exist.");

  const score = attempt.answers.reduce((sum, a) => sum + (a.score ?? 0), 0);
  const closed = await db.attempt.updateMany({
    where: { id: attemptId, userId, status: "IN_PROGRESS" },
    data: { status: "SUBMITTED", openSlot: null, submittedAt: new Date(), score },
  });
  const result = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true, maxScore: true, submittedAt: true } });
  const percent = result.maxScore > 0 ? Math.round(((result.score ?? 0) / result.maxScore) * 100) : 0;

  if (closed.count === 1) {
    const lessonId = attempt.quiz.lessonId;
    const submitted = await db.attempt.findMany({ where: { userId, quizId: attempt.quizId, status: "SUBMITTED" }, select: { score: true, maxScore: true } });
    const bestPercent = Math.max(...submitted.map((a) => (a.maxScore > 0 ? Math.round(((a.score ?? 0) / a.maxScore) * 100) : 0)));
    await db.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId } },
      create: { userId, lessonId, status: "COMPLETED", bestScore: bestPercent, latestScore: percent },
      update: { status: "COMPLETED", bestScore: bestPercent, latestScore: percent },
    });
  }
  return { attemptId, score: result.score ?? 0, maxScore: result.maxScore, percent, submittedAt: (result.submittedAt ?? new Date()).toISOString() };
}
