import "server-only";
import { getAssignmentsForStudent } from "@/lib/assignments/student-queries";
import { readableBy } from "@/lib/content/access";
import { refLabel } from "@/lib/content/citations";
import { db } from "@/lib/db";
import { toResultDTO } from "@/lib/quiz/present";
import { LEVELS, type Level } from "./mastery";
import { sortRetention } from "./retention";
import { getReviewOverview } from "./review";
import { suggestReviews } from "./suggest";
import { taughtBy } from "@/lib/classes/access";

/** Everything on the student's home page, read at `now`. */
export async function getStudentHome(userId: string, now: Date) {
  const [assignments, lessons, progress, mastery, recent, review] = await Promise.all([
    getAssignmentsForStudent(userId, now),
    // The lessons of the courses the student may read: the built-in one first, then those their classes were assigned.
    db.lesson.findMany({
      where: { course: readableBy({ id: userId, role: "STUDENT" }) },
      orderBy: [{ course: { draftId: { sort: "asc", nulls: "first" } } }, { position: "asc" }],
      select: { id: true, slug: true, title: true, position: true, objectives: { orderBy: { position: "asc" }, select: { id: true, text: true } } },
    }),
    db.lessonProgress.findMany({ where: { userId }, select: { lessonId: true, status: true, bestScore: true, latestScore: true } }),
    db.objectiveMastery.findMany({ where: { userId }, select: { objectiveId: true, level: true, correct: true, attempted: true } }),
    db.attempt.findMany({
      where: { userId, status: "SUBMITTED" },
      orderBy: { submittedAt: "desc" },
      take: 5,
      select: { id: true, score: true, maxScore: true, submittedAt: true, quiz: { select: { title: true, mode: true } }, assignment: { select: { title: true } } },
    }),
    getReviewOverview(userId, now),
  ]);
  const progressOf = new Map(progress.map((p) => [p.lessonId, p]));
  const masteryOf = new Map(mastery.map((m) => [m.objectiveId, m]));
  return {
    assignments: assignments.filter((a) => a.status !== "not_open"),
    lessons: lessons.map((l) => ({
      ...l,
      progress: progressOf.get(l.id) ?? null,
      objectives: l.objectives.map((o) => {
        const m = masteryOf.get(o.id);
        const level = (m?.level ?? 0) as Level;
        return { ...o, level, label: LEVELS[level], correct: m?.correct ?? 0, attempted: m?.attempted ?? 0 };
      }),
    })),
    recent: recent.map((a) => ({ ...toResultDTO(a), title: a.assignment?.title ?? a.quiz.title, kind: a.assignment ? "Assignment" : a.quiz.mode === "PRACTICE" ? "Practice" : "Lesson check" })),
    review,
    suggestions: suggestReviews(
      assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt, lessonSlug: a.quiz.lesson.slug, lessonTitle: a.quiz.lesson.title, status: a.status })),
      review.queue,
      now,
    ),
  };
}

/**
 * A class's retention, for its teachers only: review items of its students rolled up
 * per objective and per paragraph, summed in SQL (GROUP BY), so the cost does not grow
 * with the number of review items read into memory. Three statements whatever the class
 * size; `retentionRollUp` is the same figure from individual items (tests compare them).
 */
export async function getClassRetention(teacherId: string, classId: string, now: Date) {
  const cls = await db.class.findFirst({ where: { id: classId, ...taughtBy(teacherId) }, select: { id: true, name: true } });
  if (!cls) return null;
  const [rows, objectives] = await Promise.all([
    // Each question's keys (its objective and the paragraphs it cites), then one pass over
    // the class's review items joined to them: no row per item leaves the database.
    db.$queryRaw<{ by: string; key: string; students: bigint | number; inReview: bigint | number; dueNow: bigint | number; lapses: bigint | number }[]>`
      WITH "latest" AS MATERIALIZED (
        SELECT v."id", v."questionId", v."version", q."lessonId" || ':' || v."objectiveKey" AS "objective"
        FROM "QuestionVersion" v JOIN "Question" q ON q."id" = v."questionId"
        WHERE q."retiredAt" IS NULL AND v."version" = (SELECT MAX(w."version") FROM "QuestionVersion" w WHERE w."questionId" = v."questionId")
      ), "keys" AS MATERIALIZED (
        SELECT l."questionId", l."version", 'objective' AS "by", l."objective" AS "key" FROM "latest" l
        UNION ALL
        SELECT l."questionId", l."version", 'paragraph' AS "by", s."ref" AS "key" FROM "latest" l JOIN "QuestionSourceRef" s ON s."questionVersionId" = l."id" WHERE s."ref" LIKE 'p%'
      )
      SELECT k."by", k."key", COUNT(DISTINCT r."userId") AS "students", COUNT(*) AS "inReview",
        SUM(CASE WHEN k."version" > r."version" OR r."dueAt" <= ${now} THEN 1 ELSE 0 END) AS "dueNow", SUM(r."lapses") AS "lapses"
      FROM "ClassMembership" m
      JOIN "ReviewItem" r ON r."userId" = m."userId"
      JOIN "keys" k ON k."questionId" = r."questionId"
      WHERE m."classId" = ${cls.id} AND m."role" = 'STUDENT'
        AND EXISTS (SELECT 1 FROM "ClassMembership" t WHERE t."classId" = ${cls.id} AND t."userId" = ${teacherId} AND t."role" = 'TEACHER')
      GROUP BY k."by", k."key"`,
    db.lessonObjective.findMany({ select: { lessonId: true, key: true, text: true, position: true, lesson: { select: { position: true } } } }),
  ]);
  const objectiveLabel = new Map(objectives.map((o) => [`${o.lessonId}:${o.key}`, `Lesson ${o.lesson.position}, objective ${o.position}: ${o.text}`]));
  const counted = rows.map((r) => ({ by: r.by, key: r.key, students: Number(r.students), inReview: Number(r.inReview), dueNow: Number(r.dueNow), lapses: Number(r.lapses) }));
  const of = (by: string) => counted.flatMap((r) => (r.by === by ? [{ key: r.key, students: r.students, inReview: r.inReview, dueNow: r.dueNow, lapses: r.lapses }] : []));
  return {
    ...cls,
    byObjective: sortRetention(of("objective")).map((r) => ({ ...r, label: objectiveLabel.get(r.key) ?? r.key })),
    byParagraph: sortRetention(of("paragraph")).map((r) => ({ ...r, label: refLabel(r.key) })),
  };
}
