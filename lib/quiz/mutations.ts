import "server-only";
import { randomInt } from "node:crypto";
import { rescoreAttempts } from "@/lib/assignments/rescore";
import { acceptsWork, closeAtFor } from "@/lib/assignments/status";
import { assignedTo } from "@/lib/classes/access";
import { DomainError } from "@/lib/errors";
import { db, isUniqueViolation } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { recordAnswers } from "@/lib/learning/record";
import { outcomeOf } from "@/lib/learning/schedule";
import { log } from "@/lib/log";
import type { AttemptResultDTO, FeedbackDTO } from "./dto";
import { gradeResponse } from "./grading";
import { attemptPolicy, deadlineFor, feedbackReleased, GRACE_MS, isOverdue, percentOf, submittedAtFor } from "./policy";
import { toResultDTO } from "./present";
import { attemptPolicySelect, feedbackFor } from "./queries";
import { parseResponse } from "./responses";
import { hashString, seededShuffle, shuffleChoices } from "./shuffle";
import { shuffledChoiceIds } from "./stored";
import type { PublicQuestion, StoredQuestion } from "./types";

/** The open-attempt slot: one per student, quiz and assignment (see Attempt.openSlot). */
const slotFor = (mode: "PRACTICE" | "ASSESSED", assignmentId: string | null) => assignmentId ?? (mode === "PRACTICE" ? "practice" : "assessed");

/**
 * Opens an attempt for the student at a lesson's own quiz, or returns the one
 * already open. Work set by a teacher starts with startAssignmentAttempt.
 */
export async function startAttempt(quizSlug: string, userId: string, now = new Date()): Promise<string> {
  const quiz = await db.quiz.findUnique({
    where: { slug: quizSlug },
    select: { id: true, mode: true, lessonId: true, drawCount: true, attemptsAllowed: true, timeLimitSec: true },
  });
  if (!quiz) throw new DomainError("not_found", "That quiz does not exist.");
  return openOrResume({
    quiz,
    userId,
    assignmentId: null,
    openSlot: slotFor(quiz.mode, null),
    now,
    deadline: deadlineFor(now, quiz.timeLimitSec),
    assertMayStart: async () => {
      if (quiz.mode !== "ASSESSED" || quiz.attemptsAllowed === null) return;
      const used = await db.attempt.count({ where: { quizId: quiz.id, userId, status: "SUBMITTED", assignmentId: null } });
      if (used >= quiz.attemptsAllowed) throw new DomainError("conflict", `You have used all ${quiz.attemptsAllowed} attempts at this quiz.`);
    },
  });
}

/**
 * Opens an attempt at an assignment with the assignment's rules: its open and
 * close dates, its attempts and time limit, each widened by the student's
 * extension. Only a student the assignment is for may start it.
 */
export async function startAssignmentAttempt(assignmentId: string, userId: string, now = new Date()): Promise<string> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignedTo(userId) },
    select: {
      openAt: true,
      closeAt: true,
      attemptsAllowed: true,
      timeLimitSec: true,
      quiz: { select: { id: true, lessonId: true, drawCount: true } },
      extensions: { where: { userId }, select: { dueAt: true, extraTimeSec: true, extraAttempts: true } },
    },
  });
  if (!assignment) throw new DomainError("not_found", "That assignment does not exist.");
  const extension = assignment.extensions[0];
  const close = closeAtFor(assignment.closeAt, extension?.dueAt);
  const timeLimit = assignment.timeLimitSec ? assignment.timeLimitSec + (extension?.extraTimeSec ?? 0) : null;
  return openOrResume({
    quiz: assignment.quiz,
    userId,
    assignmentId,
    openSlot: slotFor("ASSESSED", assignmentId),
    now,
    deadline: deadlineFor(now, timeLimit, close),
    assertMayStart: async () => {
      if (now < assignment.openAt) throw new DomainError("conflict", `This assignment opens on ${formatDateTime(assignment.openAt)}.`);
      if (!acceptsWork(now, assignment.openAt, assignment.closeAt, extension?.dueAt)) throw new DomainError("conflict", `This assignment closed on ${formatDateTime(close!)}.`);
      const allowed = assignment.attemptsAllowed + (extension?.extraAttempts ?? 0);
      const used = await db.attempt.count({ where: { assignmentId, userId, status: "SUBMITTED" } });
      if (used >= allowed) throw new DomainError("conflict", `You have used all ${allowed} ${allowed === 1 ? "attempt" : "attempts"} at this assignment.`);
    },
  });
}

type OpenSpec = {
  quiz: { id: string; lessonId: string; drawCount: number | null };
  userId: string;
  assignmentId: string | null;
  openSlot: string;
  now: Date;
  deadline: Date | null;
  /** Throws when no new attempt may start. */
  assertMayStart: () => Promise<void>;
};

/**
 * Returns the student's open attempt in the slot, or draws the questions and
 * opens one. The unique index on (userId, quizId, openSlot) makes concurrent
 * starts converge on one attempt. An open attempt past its deadline is
 * finalised first.
 */
async function openOrResume({ quiz, userId, assignmentId, openSlot, now, deadline, assertMayStart }: OpenSpec): Promise<string> {
  const findOpen = () => db.attempt.findFirst({ where: { quizId: quiz.id, userId, openSlot }, select: { id: true, status: true, deadline: true } });

  const existing = await findOpen();
  if (existing && !isOverdue(existing, now)) return existing.id;
  if (existing) await finaliseAttempt(existing.id, existing.deadline ?? now);
  await assertMayStart();

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
        assignmentId,
        seed,
        openSlot,
        startedAt: now,
        deadline,
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
      ...attemptPolicySelect(userId),
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
  const policy = attemptPolicy(attempt.quiz, attempt.assignment);
  const release = policy.mode === "PRACTICE" || feedbackReleased(policy.feedbackPolicy, "IN_PROGRESS", now);
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
    for (const answer of answers) {
      const stored = { type: answer.questionVersion.type, content: answer.questionVersion.content, answerKey: answer.questionVersion.answerKey } as StoredQuestion;
      const parsed = parseResponse(stored, answer.response);
      if (!parsed.ok) throw new Error(`answer ${answer.id} cannot be graded: ${parsed.message}`);
      const grade = gradeResponse(stored, parsed.response);
      await tx.answer.update({ where: { id: answer.id }, data: { score: grade.credit * answer.questionVersion.points, isCorrect: grade.correct, gradedAt: submittedAt } });
    }
    await rescoreAttempts(tx, { id: attemptId });
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

/**
 * Brings the student's LessonProgress for the attempt's lesson in step with all
 * their submitted attempts, and applies each graded answer to their review
 * schedule and mastery, in one transaction: a failure leaves nothing half done.
 */
async function applyProgress(attemptId: string): Promise<void> {
  await db.$transaction(async (tx) => {
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
    const submitted = await tx.attempt.findMany({
      where: { userId, quiz: { lessonId: quiz.lessonId }, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: { score: true, maxScore: true },
    });
    const percents = submitted.map((a) => percentOf(a.score ?? 0, a.maxScore));
    const data = { status: "COMPLETED" as const, bestScore: Math.max(...percents), latestScore: percents[percents.length - 1] ?? 0 };
    await tx.lessonProgress.upsert({ where: { userId_lessonId: { userId, lessonId: quiz.lessonId } }, create: { userId, lessonId: quiz.lessonId, ...data }, update: data });

    // Practice skips what was left unanswered; assessed work counts it as a miss.
    const practice = quiz.mode === "PRACTICE" && attempt.assignmentId === null;
    const answers = new Map(attempt.answers.map((a) => [a.questionVersionId, a]));
    const graded = attempt.questions.flatMap(({ questionVersion: v }) => {
      const answer = answers.get(v.id);
      if (!answer && practice) return [];
      return [{ questionId: v.questionId, version: v.version, lessonId: quiz.lessonId, objectiveKey: v.objectiveKey, outcome: answer ? outcomeOf(answer, practice) : ("wrong" as const), inReview: false }];
    });
    await recordAnswers(tx, userId, graded, attempt.submittedAt ?? new Date());
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
