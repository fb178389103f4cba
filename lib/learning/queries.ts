import "server-only";
import { getAssignmentsForStudent } from "@/lib/assignments/queries";
import { refLabel } from "@/lib/content/citations";
import { db } from "@/lib/db";
import { toResultDTO } from "@/lib/quiz/present";
import { LEVELS, type Level } from "./mastery";
import { retentionRollUp } from "./retention";
import { getReviewOverview } from "./review";
import { suggestReviews } from "./suggest";

/** Everything on the student's home page, read at `now`. */
export async function getStudentHome(userId: string, now: Date) {
  const [assignments, lessons, progress, mastery, recent, review] = await Promise.all([
    getAssignmentsForStudent(userId, now),
    db.lesson.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, title: true, position: true, objectives: { orderBy: { position: "asc" }, select: { id: true, text: true } } } }),
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
 * A class's retention, for its teachers only: review items of its students
 * rolled up per objective and per paragraph. Four statements whatever the class size.
 */
export async function getClassRetention(classId: string, teacherId: string, now: Date) {
  const cls = await db.class.findFirst({ where: { id: classId, archivedAt: null, members: { some: { userId: teacherId, role: "TEACHER" } } }, select: { id: true } });
  if (!cls) return null;
  const [items, questions, objectives] = await Promise.all([
    db.reviewItem.findMany({ where: { user: { memberships: { some: { classId, role: "STUDENT" } } } }, select: { userId: true, questionId: true, dueAt: true, lapses: true, version: true } }),
    db.question.findMany({ where: { retiredAt: null }, select: { id: true, lessonId: true, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, objectiveKey: true, refs: true } } } }),
    db.lessonObjective.findMany({ orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }], select: { lessonId: true, key: true, text: true, position: true, lesson: { select: { position: true } } } }),
  ]);
  const meta = new Map(
    questions.flatMap((q) => {
      const v = q.versions[0];
      return v ? [[q.id, { objective: `${q.lessonId}:${v.objectiveKey}`, paragraphs: (v.refs as string[]).filter((r) => r.startsWith("p")), version: v.version }] as const] : [];
    }),
  );
  const objectiveLabel = new Map(objectives.map((o) => [`${o.lessonId}:${o.key}`, `Lesson ${o.lesson.position}, objective ${o.position}: ${o.text}`]));
  return {
    byObjective: retentionRollUp(items, meta, "objective", now).map((r) => ({ ...r, label: objectiveLabel.get(r.key) ?? r.key })),
    byParagraph: retentionRollUp(items, meta, "paragraph", now).map((r) => ({ ...r, label: refLabel(r.key) })),
  };
}
