import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * The data layer's own authorization checks for teachers' writes. Each throws
 * "not found" when the teacher does not teach the class, so a stranger cannot
 * tell a class they may not see from one that does not exist.
 */
export async function assertTeaches(teacherId: string, classId: string): Promise<void> {
  const membership = await db.classMembership.findFirst({ where: { classId, userId: teacherId, role: "TEACHER", class: { archivedAt: null } }, select: { id: true } });
  if (!membership) throw new DomainError("not_found", "That class does not exist.");
}

/** Where-clause for the classes `teacherId` teaches (and has not archived): put it in every teacher read. */
export const taughtBy = (teacherId: string) => ({ archivedAt: null, members: { some: { userId: teacherId, role: "TEACHER" as const } } });

/** The assignment, only if `teacherId` teaches its class. */
export async function assignmentTaughtBy(teacherId: string, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: taughtBy(teacherId) },
    select: { id: true, classId: true, dueAt: true, targeted: true },
  });
  if (!assignment) throw new DomainError("not_found", "That assignment does not exist.");
  return assignment;
}

/** Where-clause for the assignments a student may see and work on: in their classes, for the whole class or for them. */
export const assignedTo = (userId: string) => ({
  class: { archivedAt: null, members: { some: { userId, role: "STUDENT" as const } } },
  OR: [{ targeted: false }, { students: { some: { userId } } }],
});

/** Whether `studentId` is a student of the class and, for a targeted assignment, one of its students. */
export async function assertAssigned(studentId: string, assignment: { id: string; classId: string; targeted: boolean }): Promise<void> {
  const member = await db.classMembership.findFirst({
    where: { classId: assignment.classId, userId: studentId, role: "STUDENT", ...(assignment.targeted ? { user: { assignedTo: { some: { assignmentId: assignment.id } } } } : {}) },
    select: { id: true },
  });
  if (!member) throw new DomainError("not_found", "That student is not assigned this work.");
}
