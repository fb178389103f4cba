import "server-only";
import type { SourceRef } from "@/lib/content/schema";
import { assignableBy } from "@/lib/content/access";
import { db } from "@/lib/db";
import { describeResponse } from "@/lib/quiz/stored";
import { CURRENT_VERSION, toPublicQuestion } from "@/lib/quiz/rows";
import type { AnyResponse } from "@/lib/quiz/types";
import { roundTotal, upperLowerGroups, type GroupCredit } from "@/lib/stats/item-analysis";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildGradebook, type GradebookAssignment, type GradebookAttempt } from "./gradebook";
import { reportAnalysis, reportRows, type ReportAttempt, type ReportQuestion } from "./report";
import { taughtBy } from "@/lib/classes/access";
import { currentTime } from "@/lib/clock";

/** Only classes `teacherId` teaches: every teacher read goes through this filter. */

/** The assignable quizzes: each lesson's check. */
export async function getAssignableQuizzes(teacherId: string) {
  const quizzes = await db.quiz.findMany({
    where: { mode: "ASSESSED", lesson: { course: assignableBy(teacherId) } },
    orderBy: { lesson: { position: "asc" } },
    select: { slug: true, title: true, lesson: { select: { position: true, title: true, course: { select: { title: true, draftId: true } }, _count: { select: { questions: { where: { retiredAt: null } } } } } } },
  });
  // The built-in course first, then the teacher's own by title.
  return quizzes.sort((a, b) => Number(a.lesson.course.draftId !== null) - Number(b.lesson.course.draftId !== null) || a.lesson.course.title.localeCompare(b.lesson.course.title));
}

/** A class's assignments, newest due date first, with how many students have submitted. */
export async function getAssignmentsForClass(teacherId: string, classId: string) {
  return db.assignment.findMany({
    where: { classId, class: taughtBy(teacherId) },
    orderBy: { dueAt: "desc" },
    select: { id: true, title: true, openAt: true, dueAt: true, closeAt: true, targeted: true, quiz: { select: { title: true } }, _count: { select: { students: true } } },
  });
}

/**
 * The class gradebook. A fixed number of queries whatever the class size: the
 * class with its students and assignments, then all attempts and all overrides.
 */
export async function getGradebook(teacherId: string, classId: string, now = currentTime()) {
  const cls = await db.class.findFirst({
    where: { id: classId, ...taughtBy(teacherId) },
    select: {
      id: true,
      name: true,
      assignments: {
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          openAt: true,
          dueAt: true,
          closeAt: true,
          scoringRule: true,
          targeted: true,
          students: { select: { userId: true } },
          extensions: { where: { dueAt: { not: null } }, select: { userId: true, dueAt: true } },
        },
      },
    },
  });
  if (!cls) return null;
  // Flat reads in SQL, the teacher in each WHERE: one statement each whatever the class size,
  // and no model query to compile or map per row (a class's attempts are thousands of rows).
  const [students, attempts, overrides] = await Promise.all([
    studentsOf(teacherId, cls.id),
    db.$queryRaw<GradebookAttempt[]>`
      SELECT t."id", t."assignmentId", t."userId", t."status", t."submittedAt", t."score", t."maxScore"
      FROM "Attempt" t JOIN "Assignment" s ON s."id" = t."assignmentId"
      WHERE s."classId" = ${cls.id} AND ${teaches(teacherId, cls.id)}`,
    db.gradeOverride.findMany({ where: { assignment: { classId: cls.id, class: taughtBy(teacherId) } }, select: { assignmentId: true, userId: true, percent: true } }),
  ]);
  const assignments: GradebookAssignment[] = cls.assignments.map((a) => ({
    ...a,
    targets: a.targeted ? new Set(a.students.map((s) => s.userId)) : null,
    extendedDueAt: new Map(a.extensions.map((e) => [e.userId, e.dueAt!])),
  }));
  const gradebook = buildGradebook({
    now,
    students,
    assignments,
    attempts,
    overrides,
  });
  return { id: cls.id, name: cls.name, ...gradebook };
}

/** An assignment's rules and class, as every view of it shows them. */
export const rulesSelect = {
  id: true,
  title: true,
  openAt: true,
  dueAt: true,
  closeAt: true,
  attemptsAllowed: true,
  scoringRule: true,
  timeLimitSec: true,
  feedbackPolicy: true,
  class: { select: { id: true, name: true } },
} as const;

/** SQL: `teacherId` teaches class `classId` (an archived class has no teacher reads). Uncorrelated, so checked once per statement. */
const teaches = (teacherId: string, classId: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "ClassMembership" tm JOIN "Class" tc ON tc."id" = tm."classId"
  WHERE tm."classId" = ${classId} AND tm."userId" = ${teacherId} AND tm."role" = 'TEACHER' AND tc."archivedAt" IS NULL)`;

/** A class's students, by name, only for a teacher of the class: one statement however many there are. */
function studentsOf(teacherId: string, classId: string) {
  return db.$queryRaw<{ id: string; name: string; email: string }[]>`
    SELECT u."id", u."name", u."email" FROM "ClassMembership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."classId" = ${classId} AND m."role" = 'STUDENT' AND ${teaches(teacherId, classId)}
    ORDER BY u."name", u."email"`;
}

/** The credit a slot earned: its answer's share of the question's points; an unanswered question earns none. */
const CREDIT = Prisma.sql`(CASE WHEN v."points" > 0 THEN COALESCE(a."score", 0) / v."points" ELSE 0 END)`;

/** Who reads: a teacher, and the class they read in. */
type Scope = { teacherId: string; classId: string };

/** The slots of the analysed attempts, each with its question version and answer (if any), for a teacher of their class. */
const slotsOf = (attemptIds: string[], { teacherId, classId }: Scope) => Prisma.sql`
  FROM "AttemptQuestion" s
  JOIN "QuestionVersion" v ON v."id" = s."questionVersionId"
  LEFT JOIN "Answer" a ON a."attemptId" = s."attemptId" AND a."questionVersionId" = s."questionVersionId"
  WHERE s."attemptId" IN (${Prisma.join(attemptIds)}) AND ${teaches(teacherId, classId)}`;

/** A JSON column as the driver returns it: parsed by PostgreSQL's, text from SQLite's. */
const json = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

/**
 * The analysed attempts' answers grouped in SQL: per question and response, how many,
 * their credit and how many fell short; and each attempt's total, for the upper and
 * lower groups. Two statements, each returning a row per group rather than per answer.
 */
async function groupedResponses(attemptIds: string[], scope: Scope) {
  if (attemptIds.length === 0) return { groups: [], totals: new Map<string, number>() };
  const [groups, totals] = await Promise.all([
    db.$queryRaw<{ questionId: string; response: unknown; count: bigint | number; credit: number; wrong: bigint | number }[]>`
      SELECT v."questionId" AS "questionId", a."response" AS "response", COUNT(*) AS "count", SUM(${CREDIT}) AS "credit", SUM(CASE WHEN ${CREDIT} < 1 THEN 1 ELSE 0 END) AS "wrong"
      ${slotsOf(attemptIds, scope)}
      GROUP BY v."questionId", a."response"`,
    db.$queryRaw<{ attemptId: string; total: number }[]>`
      SELECT s."attemptId" AS "attemptId", SUM(${CREDIT}) AS "total" ${slotsOf(attemptIds, scope)} GROUP BY s."attemptId"`,
  ]);
  return {
    groups: groups.map((g) => ({ questionId: g.questionId, response: json(g.response), count: Number(g.count), credit: Number(g.credit), wrong: Number(g.wrong) })),
    totals: new Map(totals.map((t) => [t.attemptId, roundTotal(Number(t.total))])),
  };
}

/** Each question's summed credit in the upper and the lower group of attempts. */
async function groupCredits(upper: string[], lower: string[], scope: Scope): Promise<GroupCredit[]> {
  const rows = await db.$queryRaw<{ questionId: string; upper: number; lower: number }[]>`
    SELECT v."questionId" AS "questionId",
      SUM(CASE WHEN s."attemptId" IN (${Prisma.join(upper)}) THEN ${CREDIT} ELSE 0 END) AS "upper",
      SUM(CASE WHEN s."attemptId" IN (${Prisma.join(lower)}) THEN ${CREDIT} ELSE 0 END) AS "lower"
    ${slotsOf([...upper, ...lower], scope)}
    GROUP BY v."questionId"`;
  return rows.map((r) => ({ questionId: r.questionId, upper: Number(r.upper), lower: Number(r.lower) }));
}

/** The assignment, only if `teacherId` teaches its class, with what its report reads. */
function findAssignment(teacherId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, class: taughtBy(teacherId) },
    select: {
      ...rulesSelect,
      targeted: true,
      quiz: { select: { title: true, lesson: { select: { id: true, slug: true, title: true, course: { select: { slug: true } }, objectives: { orderBy: { position: "asc" }, select: { key: true, text: true } } } } } },
      students: { select: { userId: true } },
      extensions: { select: { userId: true, dueAt: true, extraTimeSec: true, extraAttempts: true } },
      overrides: { select: { userId: true, percent: true, reason: true } },
      voids: { select: { questionId: true, mode: true, reason: true } },
    },
  });
}

/** The questions of a lesson in their newest version, with the key (the teacher sees which option is right). */
async function lessonQuestions(lessonId: string): Promise<ReportQuestion[]> {
  const questions = await db.question.findMany({
    where: { lessonId },
    orderBy: { position: "asc" },
    select: { id: true, key: true, position: true, versions: { ...CURRENT_VERSION, select: { type: true, prompt: true, content: true, answerKey: true, refs: true, objectiveKey: true } } },
  });
  return questions.flatMap((q) => {
    const v = q.versions[0];
    return v ? [{ id: q.id, key: q.key, position: q.position, type: v.type, prompt: v.prompt, content: v.content, answerKey: v.answerKey, refs: v.refs as SourceRef[], objective: v.objectiveKey }] : [];
  });
}

/** Every assigned student's row: status, grade, attempts, and the attempt analysed. */
async function reportRowsFor(teacherId: string, assignment: NonNullable<Awaited<ReturnType<typeof findAssignment>>>, now: Date) {
  const [students, attempts] = await Promise.all([
    studentsOf(teacherId, assignment.class.id),
    db.$queryRaw<ReportAttempt[]>`
      SELECT t."id", t."userId", t."status", t."startedAt", t."submittedAt", t."score", t."maxScore"
      FROM "Attempt" t JOIN "Assignment" s ON s."id" = t."assignmentId"
      WHERE t."assignmentId" = ${assignment.id} AND ${teaches(teacherId, assignment.class.id)}`,
  ]);
  return reportRows({ now, rules: assignment, students, targets: assignment.targeted ? new Set(assignment.students.map((s) => s.userId)) : null, attempts, extensions: assignment.extensions, overrides: assignment.overrides });
}

/**
 * One assignment as its teacher sees it: the rules, every assigned student's status and
 * grade, and the item analysis of the counted attempts over the whole class, rolled up
 * per source paragraph and per learning objective. A fixed number of statements whatever
 * the class size; the answers are grouped in SQL, never read one by one.
 */
export async function getAssignmentReport(teacherId: string, assignmentId: string, now = currentTime()) {
  const assignment = await findAssignment(teacherId, assignmentId);
  if (!assignment) return null;
  const [rows, questions] = await Promise.all([reportRowsFor(teacherId, assignment, now), lessonQuestions(assignment.quiz.lesson.id)]);

  // Item analysis reads one attempt per student: the one the scoring rule counts.
  const analysed = rows.flatMap((r) => (r.analysed ? [r.analysed.id] : []));
  const scope = { teacherId, classId: assignment.class.id };
  const { groups, totals: byAttempt } = await groupedResponses(analysed, scope);
  // Totals in the class's order, which breaks ties between equal totals.
  const totals = new Map(analysed.flatMap((id) => (byAttempt.has(id) ? [[id, byAttempt.get(id)!] as const] : [])));
  const ranked = upperLowerGroups(totals);
  const credits = ranked ? await groupCredits([...ranked.upper], [...ranked.lower], scope) : [];

  return {
    ...assignment,
    rows,
    counted: analysed.length,
    ...reportAnalysis({ questions, groups, totals, groupCredits: credits, voids: assignment.voids }),
  };
}

/**
 * Every answer in each student's counted attempt, for the CSV export: a row per student
 * and question (an unanswered question included), in the class's order.
 */
export async function getAssignmentAnswers(teacherId: string, assignmentId: string, now = currentTime()) {
  const assignment = await findAssignment(teacherId, assignmentId);
  if (!assignment) return null;
  const [rows, questions] = await Promise.all([reportRowsFor(teacherId, assignment, now), lessonQuestions(assignment.quiz.lesson.id)]);
  const analysed = rows.flatMap((r) => (r.analysed ? [r.analysed.id] : []));
  const slots = analysed.length
    ? await db.$queryRaw<{ attemptId: string; questionId: string; response: unknown; credit: number }[]>`
        SELECT s."attemptId" AS "attemptId", v."questionId" AS "questionId", a."response" AS "response", ${CREDIT} AS "credit"
        ${slotsOf(analysed, { teacherId, classId: assignment.class.id })}
        ORDER BY s."position"`
    : [];
  const slotsOfAttempt = new Map<string, typeof slots>();
  for (const slot of slots) {
    const group = slotsOfAttempt.get(slot.attemptId);
    if (group) group.push(slot);
    else slotsOfAttempt.set(slot.attemptId, [slot]);
  }
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  const voidOf = new Map(assignment.voids.map((v) => [v.questionId, v.mode]));
  const answerRows = rows.flatMap((r) =>
    (r.analysed ? (slotsOfAttempt.get(r.analysed.id) ?? []) : []).flatMap((slot) => {
      const q = questionOf.get(slot.questionId);
      if (!q) return [];
      return [
        {
          student: r.student.name,
          email: r.student.email,
          submittedAt: r.analysed!.submittedAt,
          question: q.position,
          questionKey: q.key,
          prompt: q.prompt,
          refs: q.refs,
          objective: q.objective,
          response: describeResponse(toPublicQuestion(q), json(slot.response) as AnyResponse | null).join("; "),
          creditPercent: Math.round(Number(slot.credit) * 1000) / 10,
          voided: voidOf.get(q.id) ?? "",
        },
      ];
    }),
  );
  return { title: assignment.title, answerRows };
}
