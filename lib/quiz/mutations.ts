import "server-only";
import { randomInt } from "node:crypto";
import { DomainError } from "@/lib/errors";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import type { AttemptResultDTO, FeedbackDTO } from "./dto";
import { gradeResponse } from "./grading";
import { deadlineFor, feedbackReleased, GRACE_MS, isOverdue, percentOf, submittedAtFor } from "./policy";
import { toResultDTO } from "./present";
import { feedbackFor } from "./queries";
import { parseResponse } from "./responses";
import { hashString, seededShuffle, shuffleChoices } from "./shuffle";
import { shuffledChoiceIds } from "./stored";
import type { PublicQuestion, StoredQuestion } from "./types";

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** The open-attempt slot: one per student, quiz and assignment (see Attempt.openSlot). */
const slotFor = (mode: "PRACTICE" | "ASSESSED", assignmentId: string | null) => assignmentId ?? (mode === "PRACTICE" ? "practice" : "assessed");

/**
 * Opens an attempt for the student, or returns the one already open. The
 * unique index on (userId, quizId, openSlot) makes concurrent starts converge
 * on one attempt. An open attempt past its deadline is finalised first.
 */
export async function startAttempt(quizSlug: string, userId: string, now = new Date()): Promise<string> {
  const quiz = await db.quiz.findUnique({
    where: { slug: quizSlug },
    select: { id: true, mode: true, lessonId: true, drawCount: true, attemptsAllowed: true, timeLimitSec: true },
  });
  if (!quiz) throw new DomainError("not_found", "That quiz does not exist.");
  const openSlot = slotFor(quiz.mode, null);
  const findOpen = () => db.attempt.findFirst({ where: { quizId: quiz.id, userId, openSlot }, select: { id: true, status: true, deadline: true } });

  const existing = await findOpen();
  if (existing && !isOverdue(existing, now)) return existing.id;
  if (existing) await finaliseAttempt(existing.id, existing.deadline ?? now);

  if (quiz.mode === "ASSESSED" && quiz.attemptsAllowed !== null) {
    const used = await db.attempt.count({ where: { quizId: quiz.id, userId, status: "SUBMITTED", assignmentId: null } });
    if (used >= quiz.attemptsAllowed)
      throw new DomainError("conflict", `You have used all ${quiz.attemptsAllowed} attempts at this quiz.`);
  }

  const questions = await db.question.findMany({
    where: { lessonId: quiz.lessonId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, type: true, content: true, points: true } } },
  });
  const seed = randomInt(2 ** 31);
  const drawn = seededShuffle(
    questions.flatMap((q) => q.versions),
    seed,
  ).slice(0, quiz.drawCount ?? undefined);

  try {
    const attempt = await db.attempt.create({
      data: {
        quizId: quiz.id,
        userId,
        seed,
        openSlot,
        startedAt: now,
        deadline: deadlineFor(now, quiz.timeLimitSec),
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
    const winner = await findOpen();
    if (!winner) throw error;
    return winner.id;
  }
}

export type SaveResult = { status: "saved" | "stale"; seq: number; feedback: FeedbackDTO | null };

/**
 * Saves one answer. `seq` is the browser's sequence number: a save whose
 * number is not higher than the one stored for that question is stale and
 * changes nothing (so a late, out-of-order request never overwrites a newer
 * answer). Saves after the deadline and its grace are refused, and
 * the attempt is finalised with what was saved before.
 */
export async function saveAnswer(attemptId: string, userId: string, questionVersionId: string, input: unknown, seq: number, now = new Date()): Promise<SaveResult> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      status: true,
      deadline: true,
      quiz: { select: { mode: true, feedbackPolicy: true } },
      questions: { where: { questionVersionId }, select: { questionVersion: { select: { type: true, content: true, answerKey: true, points: true } } } },
    },
  });
  if (!attempt) throw new DomainError("not_found", "That attempt does not exist.");
  if (attempt.status !== "IN_PROGRESS") throw new DomainError("conflict", "This attempt is already submitted.");
  if (isOverdue(attempt, now)) {
    await finaliseAttempt(attemptId, attempt.deadline ?? now);
    throw new DomainError("conflict", "Time is up: this attempt was submitted at its deadline with the answers saved before it.");
  }
  const version = attempt.questions[0]?.questionVersion;
  if (!version) throw new DomainError("invalid", "That question is not part of this attempt.");

  const stored = { type: version.type, content: version.content, answerKey: version.answerKey } as StoredQuestion;
  const parsed = parseResponse(stored, input);
  if (!parsed.ok) throw new DomainError("invalid", parsed.message);
  const grade = gradeResponse(stored, parsed.response);
  const fields = { response: parsed.response, seq, savedAt: now, score: grade.credit * version.points, isCorrect: grade.correct, gradedAt: now };

  // One transaction: the attempt must still be open, and a save older than
  // the one already stored for this question changes nothing.
  const outcome = await db.$transaction(async (tx) => {
    const current = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, lastSeq: true } });
    if (current.status !== "IN_PROGRESS") return { kind: "closed" as const };
    const existing = await tx.answer.findUnique({ where: { attemptId_questionVersionId: { attemptId, questionVersionId } }, select: { seq: true } });
    if (existing && existing.seq >= seq) return { kind: "stale" as const, lastSeq: current.lastSeq };
    await tx.answer.upsert({
      where: { attemptId_questionVersionId: { attemptId, questionVersionId } },
      create: { attemptId, questionVersionId, ...fields },
      update: { ...fields, tries: { increment: 1 } },
    });
    if (seq > current.lastSeq) await tx.attempt.update({ where: { id: attemptId }, data: { lastSeq: seq } });
    return { kind: "saved" as const };
  });
  if (outcome.kind === "closed") throw new DomainError("conflict", "This attempt is already submitted.");
  if (outcome.kind === "stale") return { status: "stale", seq: outcome.lastSeq, feedback: null };
  const release = attempt.quiz.mode === "PRACTICE" || feedbackReleased(attempt.quiz.feedbackPolicy, "IN_PROGRESS", now);
  const feedback = release ? ((await feedbackFor([{ questionVersionId, response: parsed.response }])).get(questionVersionId) ?? null) : null;
  return { status: "saved", seq, feedback };
}

/**
 * Submits an attempt and grades it on the server. Idempotent: a repeated or
 * concurrent submit returns the same result and changes nothing.
 */
export async function submitAttempt(attemptId: string, userId: string, now = new Date()): Promise<AttemptResultDTO> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { status: true, deadline: true } });
  if (!attempt) throw new DomainError("not_found", "That attempt does not exist.");
  if (attempt.status === "IN_PROGRESS") await finaliseAttempt(attemptId, submittedAtFor(attempt.deadline, now));
  return resultOf(attemptId);
}

/**
 * Closes an attempt at `submittedAt` and grades every saved answer with the
 * key of the version it answered, in one transaction. Only the first caller
 * closes it; later callers change nothing.
 */
export async function finaliseAttempt(attemptId: string, submittedAt: Date): Promise<void> {
  const closedHere = await db.$transaction(async (tx) => {
    const closed = await tx.attempt.updateMany({ where: { id: attemptId, status: "IN_PROGRESS" }, data: { status: "SUBMITTED", openSlot: null, submittedAt } });
    if (closed.count === 0) return false;
    const answers = await tx.answer.findMany({
      where: { attemptId },
      select: { id: true, response: true, questionVersion: { select: { type: true, content: true, answerKey: true, points: true } } },
    });
    let score = 0;
    for (const answer of answers) {
      const stored = { type: answer.questionVersion.type, content: answer.questionVersion.content, answerKey: answer.questionVersion.answerKey } as StoredQuestion;
      const parsed = parseResponse(stored, answer.response);
      if (!parsed.ok) throw new Error(`answer ${answer.id} cannot be graded: ${parsed.message}`);
      const grade = gradeResponse(stored, parsed.response);
      const points = grade.credit * answer.questionVersion.points;
      score += points;
      await tx.answer.update({ where: { id: answer.id }, data: { score: points, isCorrect: grade.correct, gradedAt: submittedAt } });
    }
    await tx.attempt.update({ where: { id: attemptId }, data: { score } });
    return true;
  });
  if (closedHere) await rollUpProgress(attemptId);
}

/**
 * Brings LessonProgress in step with a submitted attempt, then marks the
 * attempt as applied. A failure is logged and never undoes the submission:
 * the attempt stays unapplied and the sweep catches it up.
 */
export async function rollUpProgress(attemptId: string): Promise<boolean> {
  try {
    await progressRollUp.apply(attemptId);
    await db.attempt.update({ where: { id: attemptId }, data: { progressAppliedAt: new Date() } });
    return true;
  } catch (error) {
    log.error("progress roll-up failed", { attemptId, error: error instanceof Error ? error.message : String(error) });
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

/** The roll-up itself, on an object so a test can make it fail (QUALITY.md scenario 10). */
export const progressRollUp = { apply: applyProgress };

/** Recomputes the student's LessonProgress for the attempt's lesson from all their submitted attempts. */
async function applyProgress(attemptId: string): Promise<void> {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { userId: true, quizId: true, quiz: { select: { lessonId: true } } } });
  const submitted = await db.attempt.findMany({
    where: { userId: attempt.userId, quiz: { lessonId: attempt.quiz.lessonId }, status: "SUBMITTED" },
    orderBy: { submittedAt: "asc" },
    select: { score: true, maxScore: true },
  });
  const percents = submitted.map((a) => percentOf(a.score ?? 0, a.maxScore));
  const data = { status: "COMPLETED" as const, bestScore: Math.max(...percents), latestScore: percents[percents.length - 1] ?? 0 };
  await db.lessonProgress.upsert({
    where: { userId_lessonId: { userId: attempt.userId, lessonId: attempt.quiz.lessonId } },
    create: { userId: attempt.userId, lessonId: attempt.quiz.lessonId, ...data },
    update: data,
  });
}

async function resultOf(attemptId: string): Promise<AttemptResultDTO> {
  return toResultDTO(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { id: true, score: true, maxScore: true, submittedAt: true } }));
}

/**
 * Finalises every attempt past its deadline and grace, each on its own: one
 * that fails is logged and left for the next sweep, and the others go on.
 */
export async function sweepOverdueAttempts(now = new Date()): Promise<{ finalised: number; failed: number }> {
  const overdue = await db.attempt.findMany({
    where: { status: "IN_PROGRESS", deadline: { not: null, lt: new Date(now.getTime() - GRACE_MS) } },
    select: { id: true, deadline: true },
  });
  let failed = 0;
  for (const a of overdue) {
    try {
      await finaliseAttempt(a.id, a.deadline!);
    } catch (error) {
      failed++;
      log.error("could not finalise an overdue attempt", { attemptId: a.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { finalised: overdue.length - failed, failed };
}
