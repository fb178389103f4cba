import "server-only";
import { assignedTo, taughtBy } from "@/lib/classes/access";
import { currentTime } from "@/lib/clock";
import { db } from "@/lib/db";
import { effectiveDueAt, percentOf } from "@/lib/quiz/policy";
import { rulesSelect } from "./queries";
import { gradeFor } from "./scoring";
import { assignmentStatus, closeAtFor } from "./status";

/** Assignments as a student sees them: in their list, one by one, and on their teacher's page about them. */

const studentAssignmentSelect = (userId: string) => ({
  ...rulesSelect,
  quiz: { select: { slug: true, lesson: { select: { slug: true, title: true, position: true } } } },
  extensions: { where: { userId }, select: { dueAt: true, extraTimeSec: true, extraAttempts: true } },
  overrides: { where: { userId }, select: { percent: true, reason: true } },
  attempts: { where: { userId }, orderBy: { startedAt: "asc" as const }, select: { id: true, status: true, deadline: true, submittedAt: true, score: true, maxScore: true } },
});

type StudentAssignmentRow = Awaited<ReturnType<typeof db.assignment.findFirstOrThrow<{ select: ReturnType<typeof studentAssignmentSelect> }>>>;

/** One assignment from the student's side: their status, due date and grade, with their extension applied. */
function toStudentView(a: StudentAssignmentRow, now: Date) {
  const extension = a.extensions[0] ?? null;
  const submitted = a.attempts.flatMap((t) => (t.status === "SUBMITTED" && t.submittedAt ? [{ id: t.id, submittedAt: t.submittedAt, percent: percentOf(t.score ?? 0, t.maxScore) }] : []));
  const dueAt = effectiveDueAt(a.dueAt, extension?.dueAt);
  return {
    ...a,
    extension,
    dueAt,
    closeAt: closeAtFor(a.closeAt, extension?.dueAt),
    attemptsAllowed: a.attemptsAllowed + (extension?.extraAttempts ?? 0),
    timeLimitSec: a.timeLimitSec ? a.timeLimitSec + (extension?.extraTimeSec ?? 0) : null,
    status: assignmentStatus({ now, openAt: a.openAt, dueAt: a.dueAt, extendedDueAt: extension?.dueAt, attempts: a.attempts }),
    grade: gradeFor(submitted, a.scoringRule, a.overrides[0]?.percent ?? null),
    submitted: submitted.map((t) => ({ ...t, late: t.submittedAt > dueAt })),
  };
}

/** The student's assignments in every class, soonest due first. */
export async function getAssignmentsForStudent(userId: string, now = currentTime()) {
  const rows = await db.assignment.findMany({ where: assignedTo(userId), orderBy: { dueAt: "asc" }, select: studentAssignmentSelect(userId) });
  return rows.map((a) => toStudentView(a, now));
}

/** One assignment for the student, with every change a teacher made to their grade or to the questions. */
export async function getAssignmentForStudent(userId: string, assignmentId: string, now = currentTime()) {
  const row = await db.assignment.findFirst({ where: { id: assignmentId, ...assignedTo(userId) }, select: studentAssignmentSelect(userId) });
  if (!row) return null;
  const changes = await db.auditEvent.findMany({
    where: { targetId: assignmentId, OR: [{ subjectId: userId }, { subjectId: null, action: { startsWith: "question." } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, reason: true, detail: true, createdAt: true, actor: { select: { name: true } } },
  });
  return { ...toStudentView(row, now), changes };
}

/** One student of a class, with every assignment set for them, only if `teacherId` teaches the class. */
export async function getStudentInClass(teacherId: string, classId: string, studentId: string, now = currentTime()) {
  const membership = await db.classMembership.findFirst({
    where: { classId, userId: studentId, role: "STUDENT", class: taughtBy(teacherId) },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } }, class: { select: { id: true, name: true } } },
  });
  if (!membership) return null;
  const rows = await db.assignment.findMany({
    where: { classId, OR: [{ targeted: false }, { students: { some: { userId: studentId } } }] },
    orderBy: { dueAt: "asc" },
    select: studentAssignmentSelect(studentId),
  });
  return { ...membership, assignments: rows.map((a) => toStudentView(a, now)) };
}
