import "server-only";
// Who may read which course. The built-in course (COURSE_SLUG) is open to everyone, guests included.
// A course a teacher published from a draft is its authors': they read it and assign it to their
// classes; the students of a class it is assigned in read it; and once its authors share it, every
// teacher reads it (to copy its draft). Each is a where-clause, so the check is part of the read.
import { cache } from "react";
import { db } from "@/lib/db";
import { isTeacher } from "@/lib/auth/roles";
import { COURSE_SLUG } from "./citations";

type Reader = { id: string; role: "STUDENT" | "TEACHER" | "ADMIN" } | null;

/** Where-clause for the courses `user` may read (null: a guest). */
export function readableBy(user: Reader) {
  if (!user) return { slug: COURSE_SLUG };
  return {
    OR: [
      { slug: COURSE_SLUG },
      { draft: { authors: { some: { userId: user.id } } } },
      ...(isTeacher(user) ? [{ draft: { sharedAt: { not: null } } }] : []),
      { lessons: { some: { quizzes: { some: { assignments: { some: { class: { archivedAt: null, members: { some: { userId: user.id } } } } } } } } } },
    ],
  };
}

/** Where-clause for the courses `teacherId` may assign: the built-in one and those they write. */
export const assignableBy = (teacherId: string) => ({ OR: [{ slug: COURSE_SLUG }, { draft: { authors: { some: { userId: teacherId } } } }] });

/** Whether `user` may read the course; asked once per request (a page and its metadata both ask). */
export const canReadCourse = cache(async (user: Reader, courseId: string): Promise<boolean> => (await db.course.count({ where: { AND: [{ id: courseId }, readableBy(user)] } })) > 0);
