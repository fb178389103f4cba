import "server-only";
import { assertAssigned, assertTeaches, assignmentTaughtBy } from "@/lib/classes/access";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { FeedbackPolicy, ScoringRule } from "@/lib/quiz/policy";
import { assignableBy } from "@/lib/content/access";
import { rescoreAttempts } from "./rescore";
import type { VoidMode } from "./scoring";
import { CURRENT_VERSION } from "@/lib/quiz/rows";

export type AssignmentInput = {
  classId: string;
  quizSlug: string;
  title: string;
  openAt: Date;
  dueAt: Date;
  closeAt: Date | null;
  attemptsAllowed: number;
  scoringRule: ScoringRule;
  timeLimitSec: number | null;
  feedbackPolicy: FeedbackPolicy;
  /** Null assigns the whole class, now and whoever joins later. */
  studentIds: string[] | null;
};

/** Assigns a quiz to a class, or to chosen students of it. */
export async function createAssignment(teacherId: string, input: AssignmentInput): Promise<{ id: string }> {
  await assertTeaches(teacherId, input.classId);
  const quiz = await db.quiz.findFirst({ where: { slug: input.quizSlug, lesson: { course: assignableBy(teacherId) } }, select: { id: true } });
  if (!quiz) throw new DomainError("invalid", "Choose a quiz from the list.");
  const studentIds = input.studentIds === null ? null : [...new Set(input.studentIds)];
  if (studentIds) {
    if (studentIds.length === 0) throw new DomainError("invalid", "Choose at least one student, or assign the whole class.");
    const inClass = await db.classMembership.count({ where: { classId: input.classId, role: "STUDENT", userId: { in: studentIds } } });
    if (inClass !== studentIds.length) throw new DomainError("invalid", "Some of the chosen students are not in this class.");
  }
  return db.assignment.create({
    data: {
      classId: input.classId,
      quizId: quiz.id,
      createdById: teacherId,
      title: input.title,
      openAt: input.openAt,
      dueAt: input.dueAt,
      closeAt: input.closeAt,
      attemptsAllowed: input.attemptsAllowed,
      scoringRule: input.scoringRule,
      timeLimitSec: input.timeLimitSec,
      feedbackPolicy: input.feedbackPolicy,
      targeted: studentIds !== null,
      ...(studentIds ? { students: { create: studentIds.map((userId) => ({ userId })) } } : {}),
    },
    select: { id: true },
  });
}

export type ExtensionInput = { dueAt: Date | null; extraTimeSec: number; extraAttempts: number };

/** Gives one student a later due date, extra time or extra attempts; all zero/empty removes the extension. */
export async function setExtension(teacherId: string, assignmentId: string, studentId: string, input: ExtensionInput): Promise<void> {
  const assignment = await assignmentTaughtBy(teacherId, assignmentId);
  await assertAssigned(studentId, assignment);
  if (input.dueAt && input.dueAt <= assignment.dueAt) throw new DomainError("invalid", "An extended due date must be later than the assignment's due date.");
  const where = { assignmentId_userId: { assignmentId, userId: studentId } };
  await db.$transaction(async (tx) => {
    if (!input.dueAt && input.extraTimeSec === 0 && input.extraAttempts === 0) await tx.assignmentExtension.deleteMany({ where: { assignmentId, userId: studentId } });
    else await tx.assignmentExtension.upsert({ where, create: { assignmentId, userId: studentId, ...input }, update: input });
    await tx.auditEvent.create({
      data: {
        actorId: teacherId,
        subjectId: studentId,
        action: "assignment.extension",
        targetId: assignmentId,
        detail: { dueAt: input.dueAt?.toISOString() ?? null, extraTimeSec: input.extraTimeSec, extraAttempts: input.extraAttempts },
      },
    });
  });
}

/** Sets (or, with `percent` null, removes) a student's grade on an assignment, with the reason kept in the audit trail. */
export async function overrideGrade(teacherId: string, assignmentId: string, studentId: string, percent: number | null, reason: string): Promise<void> {
  const assignment = await assignmentTaughtBy(teacherId, assignmentId);
  await assertAssigned(studentId, assignment);
  const where = { assignmentId_userId: { assignmentId, userId: studentId } };
  await db.$transaction(async (tx) => {
    const previous = await tx.gradeOverride.findUnique({ where, select: { percent: true } });
    if (percent === null) {
      if (!previous) throw new DomainError("invalid", "This student's grade is not overridden.");
      await tx.gradeOverride.delete({ where });
    } else {
      await tx.gradeOverride.upsert({ where, create: { assignmentId, userId: studentId, percent, reason, createdById: teacherId }, update: { percent, reason, createdById: teacherId } });
    }
    await tx.auditEvent.create({
      data: {
        actorId: teacherId,
        subjectId: studentId,
        action: percent === null ? "grade.override_removed" : "grade.override",
        targetId: assignmentId,
        reason,
        detail: { percent, previous: previous?.percent ?? null },
      },
    });
  });
}

/**
 * Voids a question of an assignment for everyone (or, with `mode` null,
 * restores it), and rescores every submitted attempt in one transaction.
 */
export async function voidQuestion(teacherId: string, assignmentId: string, questionId: string, mode: VoidMode | null, reason: string): Promise<{ rescored: number }> {
  await assignmentTaughtBy(teacherId, assignmentId);
  const question = await db.question.findFirst({
    where: { id: questionId, lesson: { quizzes: { some: { assignments: { some: { id: assignmentId } } } } } },
    select: { versions: { ...CURRENT_VERSION, select: { prompt: true } } },
  });
  if (!question) throw new DomainError("invalid", "That question is not part of this assignment.");
  const where = { assignmentId_questionId: { assignmentId, questionId } };
  return db.$transaction(async (tx) => {
    if (mode === null) {
      const { count } = await tx.questionVoid.deleteMany({ where: { assignmentId, questionId } });
      if (count === 0) throw new DomainError("invalid", "That question is not voided.");
    } else {
      await tx.questionVoid.upsert({ where, create: { assignmentId, questionId, mode, reason, createdById: teacherId }, update: { mode, reason, createdById: teacherId } });
    }
    await tx.auditEvent.create({
      data: { actorId: teacherId, action: mode === null ? "question.void_removed" : "question.void", targetId: assignmentId, reason, detail: { questionId, mode, prompt: question.versions[0]?.prompt ?? "" } },
    });
    return { rescored: await rescoreAttempts(tx, { assignmentId }) };
  });
}
