import "server-only";
import { randomInt } from "node:crypto";
import { acceptsWork, closeAtFor } from "@/lib/assignments/status";
import { assignedTo } from "@/lib/classes/access";
import { readableBy } from "@/lib/content/access";
import { db, isUniqueViolation } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatDateTime, plural } from "@/lib/format";
import { deadlineFor, isOverdue } from "@/lib/quiz/policy";
import { CURRENT_VERSION, choiceOrderFor, toPublicQuestion } from "@/lib/quiz/rows";
import { seededShuffle } from "@/lib/quiz/shuffle";
import { finaliseAttempt } from "./finalise";
import { currentTime } from "@/lib/clock";

/** The open-attempt slot: one per student, quiz and assignment (see Attempt.openSlot). */
const slotFor = (mode: "PRACTICE" | "ASSESSED", assignmentId: string | null) => assignmentId ?? (mode === "PRACTICE" ? "practice" : "assessed");

/**
 * Opens an attempt for the student at a lesson's own quiz, or returns the one
 * already open. Work set by a teacher starts with startAssignmentAttempt.
 */
export async function startAttempt(userId: string, quizSlug: string, now = currentTime()): Promise<string> {
  const quiz = await db.quiz.findFirst({
    // A teacher's course is its authors' and its classes' (lib/content/access.ts).
    where: { slug: quizSlug, lesson: { course: readableBy({ id: userId, role: "STUDENT" }) } },
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
export async function startAssignmentAttempt(userId: string, assignmentId: string, now = currentTime()): Promise<string> {
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
      if (used >= allowed) throw new DomainError("conflict", `You have used all ${plural(allowed, "attempt")} at this assignment.`);
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
    select: { versions: { ...CURRENT_VERSION, select: { id: true, type: true, content: true, points: true } } },
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
            choiceOrder: choiceOrderFor(toPublicQuestion(v), v.id, seed),
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
