import "server-only";
import { isTeacher } from "@/lib/auth/roles";
import { db, isUniqueViolation } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertTeaches } from "./access";
import { newJoinCode, normaliseJoinCode } from "./join-code";

/** Retries on the (rare) clash of a random join code. */
async function withFreshCode<T>(run: (code: string) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await run(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 5) throw error;
    }
  }
}

export async function createClass(teacherId: string, name: string): Promise<{ id: string; joinCode: string }> {
  return withFreshCode((joinCode) =>
    db.class.create({ data: { name, joinCode, members: { create: { userId: teacherId, role: "TEACHER" } } }, select: { id: true, joinCode: true } }),
  );
}

export async function regenerateJoinCode(teacherId: string, classId: string): Promise<string> {
  await assertTeaches(teacherId, classId);
  const updated = await withFreshCode((joinCode) => db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }));
  return updated.joinCode;
}

/** A student joins with a code. Joining twice is harmless. */
export async function joinClassByCode(studentId: string, input: string): Promise<{ classId: string; name: string }> {
  const code = normaliseJoinCode(input);
  const cls = code ? await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, archivedAt: true } }) : null;
  if (!cls || cls.archivedAt) throw new DomainError("invalid", "No class has that code. Check it with your teacher: codes have 7 letters and digits.");
  const existing = await db.classMembership.findUnique({ where: { classId_userId: { classId: cls.id, userId: studentId } }, select: { role: true } });
  if (existing?.role === "TEACHER") throw new DomainError("invalid", "You already teach this class.");
  if (!existing) {
    try {
      await db.classMembership.create({ data: { classId: cls.id, userId: studentId, role: "STUDENT" } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { classId: cls.id, name: cls.name };
}

export type RemovedWork = { attempts: number; extensions: number; overrides: number };

/**
 * Removes a student from a class with all their work in it: the membership, and on the class's
 * assignments their attempts (with questions and answers), extensions, grade overrides, places
 * on targeted assignments and the audit events about them. One transaction. The class's
 * gradebook, item analysis and reports are computed from these rows, so they change at once.
 * The student's own learning record (lesson progress, mastery, review) stays with their account.
 * An audit event records that the teacher removed a student, with counts and no student id.
 */
export async function removeStudent(teacherId: string, classId: string, studentId: string): Promise<RemovedWork> {
  await assertTeaches(teacherId, classId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.classMembership.deleteMany({ where: { classId, userId: studentId, role: "STUDENT" } });
    if (count === 0) throw new DomainError("not_found", "That student is not in this class.");
    const assignmentIds = (await tx.assignment.findMany({ where: { classId }, select: { id: true } })).map((a) => a.id);
    const theirs = { assignmentId: { in: assignmentIds }, userId: studentId };
    const attempts = await tx.attempt.deleteMany({ where: theirs });
    const extensions = await tx.assignmentExtension.deleteMany({ where: theirs });
    const overrides = await tx.gradeOverride.deleteMany({ where: theirs });
    await tx.assignmentStudent.deleteMany({ where: theirs });
    await tx.auditEvent.deleteMany({ where: { subjectId: studentId, targetId: { in: assignmentIds } } });
    const removed = { attempts: attempts.count, extensions: extensions.count, overrides: overrides.count };
    await tx.auditEvent.create({ data: { actorId: teacherId, action: "class.student_removed", targetId: classId, detail: removed } });
    return removed;
  });
}

/** Adds another teacher, by the email of their teacher account. */
export async function addCoTeacher(teacherId: string, classId: string, email: string): Promise<void> {
  await assertTeaches(teacherId, classId);
  const other = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (!other || !isTeacher(other)) throw new DomainError("invalid", "There is no teacher account with that email.");
  await db.classMembership.upsert({
    where: { classId_userId: { classId, userId: other.id } },
    create: { classId, userId: other.id, role: "TEACHER" },
    update: { role: "TEACHER" },
  });
}
