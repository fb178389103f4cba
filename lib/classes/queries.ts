import "server-only";
import { db } from "@/lib/db";
import { taughtBy } from "./access";

/** The classes `teacherId` teaches, with their size. */
export async function getClassesForTeacher(teacherId: string) {
  const classes = await db.class.findMany({
    where: taughtBy(teacherId),
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { members: { where: { role: "STUDENT" } } } } },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, students: c._count.members }));
}

/** One class with its roster, only if `teacherId` teaches it. */
export async function getClassForTeacher(teacherId: string, classId: string) {
  return db.class.findFirst({
    where: { id: classId, ...taughtBy(teacherId) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      members: { orderBy: [{ role: "asc" }, { joinedAt: "asc" }], select: { role: true, joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
}

/** The classes a student is in: names and teachers only, never classmates. */
export async function getClassesForStudent(studentId: string) {
  const classes = await db.class.findMany({
    where: { archivedAt: null, members: { some: { userId: studentId, role: "STUDENT" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, members: { where: { role: "TEACHER" }, select: { user: { select: { name: true } } } } },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, teachers: c.members.map((m) => m.user.name) }));
}

/** What removing a student from a class would delete, for the teacher's confirmation; null unless `teacherId` teaches the class and the student is in it. */
export async function getStudentRemovalPreview(teacherId: string, classId: string, studentId: string) {
  const membership = await db.classMembership.findFirst({
    where: { classId, userId: studentId, role: "STUDENT", class: taughtBy(teacherId) },
    select: { user: { select: { id: true, name: true, email: true } }, class: { select: { id: true, name: true } } },
  });
  if (!membership) return null;
  const theirs = { assignment: { classId }, userId: studentId };
  const [attempts, submitted, answers, extensions, overrides] = await Promise.all([
    db.attempt.count({ where: theirs }),
    db.attempt.count({ where: { ...theirs, status: "SUBMITTED" } }),
    db.answer.count({ where: { attempt: theirs } }),
    db.assignmentExtension.count({ where: theirs }),
    db.gradeOverride.count({ where: theirs }),
  ]);
  return { student: membership.user, class: membership.class, attempts, submitted, answers, extensions, overrides };
}
