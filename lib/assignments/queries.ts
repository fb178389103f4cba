import "server-only";
import type { SourceRef } from "@/lib/content/schema";
import { assignedTo } from "@/lib/classes/access";
import { db } from "@/lib/db";
import { percentOf } from "@/lib/quiz/policy";
import { describeResponse } from "@/lib/quiz/stored";
import type { AnyResponse, PublicQuestion } from "@/lib/quiz/types";
import { analyseItems, responseKey, rollUp, type ItemMeta, type ItemResponse } from "@/lib/stats/item-analysis";
import { buildGradebook, type GradebookAssignment } from "./gradebook";
import { analysedAttempt, gradeFor } from "./scoring";
import { effectiveDueAt } from "@/lib/quiz/policy";
import { assignmentStatus, closeAtFor } from "./status";

/** Only classes `teacherId` teaches: every teacher read goes through this filter. */
const taughtBy = (teacherId: string) => ({ archivedAt: null, members: { some: { userId: teacherId, role: "TEACHER" as const } } });

/** The assignable quizzes: each lesson's check. */
export async function getAssignableQuizzes() {
  return db.quiz.findMany({
    where: { mode: "ASSESSED" },
    orderBy: { lesson: { position: "asc" } },
    select: { slug: true, title: true, lesson: { select: { position: true, title: true, _count: { select: { questions: { where: { retiredAt: null } } } } } } },
  });
}

/** A class's assignments, newest due date first, with how many students have submitted. */
export async function getAssignmentsForClass(classId: string, teacherId: string) {
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
export async function getGradebook(classId: string, teacherId: string, now = new Date()) {
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
  const assignmentIds = cls.assignments.map((a) => a.id);
  const [students, attempts, overrides] = await Promise.all([
    studentsOf(cls.id),
    db.attempt.findMany({
      where: { assignmentId: { in: assignmentIds } },
      select: { id: true, assignmentId: true, userId: true, status: true, submittedAt: true, score: true, maxScore: true },
    }),
    db.gradeOverride.findMany({ where: { assignmentId: { in: assignmentIds } }, select: { assignmentId: true, userId: true, percent: true } }),
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
    attempts: attempts.map((a) => ({ ...a, assignmentId: a.assignmentId! })),
    overrides,
  });
  return { id: cls.id, name: cls.name, ...gradebook };
}

/** An assignment's rules and class, as every view of it shows them. */
const rulesSelect = {
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

/** A class's students, by name: one statement however many there are. */
function studentsOf(classId: string) {
  return db.user.findMany({ where: { memberships: { some: { classId, role: "STUDENT" } } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * One assignment as its teacher sees it: the rules, every assigned student's
 * status and grade, and the item analysis of the counted attempts, rolled up
 * per source paragraph and per learning objective.
 */
export async function getAssignmentReport(assignmentId: string, teacherId: string, now = new Date()) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: taughtBy(teacherId) },
    select: {
      ...rulesSelect,
      targeted: true,
      quiz: { select: { title: true, lesson: { select: { id: true, slug: true, title: true, objectives: { orderBy: { position: "asc" }, select: { key: true, text: true } } } } } },
      students: { select: { userId: true } },
      extensions: { select: { userId: true, dueAt: true, extraTimeSec: true, extraAttempts: true } },
      overrides: { select: { userId: true, percent: true, reason: true } },
      voids: { select: { questionId: true, mode: true, reason: true } },
    },
  });
  if (!assignment) return null;

  // Flat reads filtered through relations: each is one SQL statement whatever
  // the class size (nested relation reads would split long id lists into chunks).
  const [members, attempts, slots, answers, versions, questions] = await Promise.all([
    studentsOf(assignment.class.id),
    db.attempt.findMany({ where: { assignmentId }, orderBy: { startedAt: "asc" }, select: { id: true, userId: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true } }),
    db.attemptQuestion.findMany({ where: { attempt: { assignmentId, status: "SUBMITTED" } }, orderBy: { position: "asc" }, select: { attemptId: true, questionVersionId: true } }),
    db.answer.findMany({ where: { attempt: { assignmentId, status: "SUBMITTED" } }, select: { attemptId: true, questionVersionId: true, response: true, score: true } }),
    db.questionVersion.findMany({ where: { question: { lessonId: assignment.quiz.lesson.id } }, select: { id: true, questionId: true, points: true } }),
    db.question.findMany({
      where: { lessonId: assignment.quiz.lesson.id },
      orderBy: { position: "asc" },
      // The teacher sees the key, to mark the right option in the counts.
      select: { id: true, key: true, position: true, versions: { orderBy: { version: "desc" }, take: 1, select: { type: true, prompt: true, content: true, answerKey: true, refs: true, objectiveKey: true } } },
    }),
  ]);

  const targets = assignment.targeted ? new Set(assignment.students.map((s) => s.userId)) : null;
  const students = members.filter((s) => !targets || targets.has(s.id));
  const extensionOf = new Map(assignment.extensions.map((e) => [e.userId, e]));
  const overrideOf = new Map(assignment.overrides.map((o) => [o.userId, o]));
  const attemptsOf = groupBy(attempts, (a) => a.userId);
  const slotsOf = groupBy(slots, (s) => s.attemptId);
  const answerOf = new Map(answers.map((a) => [`${a.attemptId}:${a.questionVersionId}`, a]));
  const versionOf = new Map(versions.map((v) => [v.id, v]));

  const rows = students.map((student) => {
    const mine = attemptsOf.get(student.id) ?? [];
    const extension = extensionOf.get(student.id) ?? null;
    const submitted = mine.flatMap((a) => (a.status === "SUBMITTED" && a.submittedAt ? [{ ...a, submittedAt: a.submittedAt, percent: percentOf(a.score ?? 0, a.maxScore) }] : []));
    const dueAt = effectiveDueAt(assignment.dueAt, extension?.dueAt);
    return {
      student,
      status: assignmentStatus({ now, openAt: assignment.openAt, dueAt: assignment.dueAt, extendedDueAt: extension?.dueAt, attempts: mine }),
      dueAt,
      closeAt: closeAtFor(assignment.closeAt, extension?.dueAt),
      extension,
      override: overrideOf.get(student.id) ?? null,
      grade: gradeFor(submitted, assignment.scoringRule, overrideOf.get(student.id)?.percent ?? null),
      attempts: submitted.map((a) => ({ id: a.id, submittedAt: a.submittedAt, percent: a.percent, late: a.submittedAt > dueAt })),
      analysed: analysedAttempt(submitted, assignment.scoringRule),
    };
  });

  // Item analysis reads one attempt per student: the one the scoring rule counts.
  const meta: ItemMeta[] = [];
  const shown = questions.flatMap((q) => {
    const v = q.versions[0];
    if (!v) return [];
    meta.push({ id: q.id, refs: v.refs as SourceRef[], objective: v.objectiveKey });
    return [{ id: q.id, key: q.key, position: q.position, type: v.type, prompt: v.prompt, content: v.content, answerKey: v.answerKey, refs: v.refs as SourceRef[], objective: v.objectiveKey }];
  });
  // A question the student left unanswered counts as no credit, with no response.
  const answered = rows.flatMap((r) => {
    const attempt = r.analysed;
    if (!attempt) return [];
    return (slotsOf.get(attempt.id) ?? []).flatMap(({ questionVersionId }) => {
      const v = versionOf.get(questionVersionId);
      const answer = answerOf.get(`${attempt.id}:${questionVersionId}`);
      if (!v) return [];
      return [{ row: r, submittedAt: attempt.submittedAt, questionId: v.questionId, credit: answer && v.points > 0 ? (answer.score ?? 0) / v.points : 0, response: answer?.response ?? null }];
    });
  });
  const responses: ItemResponse[] = answered.map((a) => ({ studentId: a.row.student.id, questionId: a.questionId, credit: a.credit, response: a.response }));
  const stats = new Map(analyseItems(meta, responses).map((s) => [s.questionId, s]));
  const voidOf = new Map(assignment.voids.map((v) => [v.questionId, v]));
  const items = shown.map(({ answerKey, ...q }) => {
    const publicQuestion = { type: q.type, content: q.content } as PublicQuestion;
    const s = stats.get(q.id)!;
    const options = publicQuestion.type === "single" || publicQuestion.type === "multiple" ? publicQuestion.content.options : publicQuestion.type === "true_false" ? [{ id: "true", text: "True" }, { id: "false", text: "False" }] : [];
    const key = answerKey as { optionId?: string; optionIds?: string[]; value?: boolean };
    const isKey = (id: string) => key.optionId === id || (key.optionIds ?? []).includes(id) || String(key.value) === id;
    const byKey = new Map(responses.filter((r) => r.questionId === q.id).map((r) => [responseKey(r.response), r.response]));
    return {
      ...q,
      stats: s,
      void: voidOf.get(q.id) ?? null,
      options: options.map((o) => ({ text: o.text, count: s.optionCounts[o.id] ?? 0, correct: isKey(o.id) })),
      commonWrong: s.commonWrong.map((w) => ({ count: w.count, text: describeResponse(publicQuestion, (byKey.get(w.response) ?? null) as AnyResponse | null).join("; ") })),
    };
  });

  const byRef = rollUp(meta, responses, "refs");
  const shownById = new Map(shown.map((q) => [q.id, q]));
  const answerRows = answered.flatMap((a) => {
    const q = shownById.get(a.questionId);
    if (!q) return [];
    return [
      {
        student: a.row.student.name,
        email: a.row.student.email,
        submittedAt: a.submittedAt,
        question: q.position,
        questionKey: q.key,
        prompt: q.prompt,
        refs: q.refs,
        objective: q.objective,
        response: describeResponse({ type: q.type, content: q.content } as PublicQuestion, a.response as AnyResponse | null).join("; "),
        creditPercent: Math.round(a.credit * 1000) / 10,
        voided: voidOf.get(q.id)?.mode ?? "",
      },
    ];
  });

  return {
    ...assignment,
    rows,
    items,
    answerRows,
    counted: rows.filter((r) => r.analysed).length,
    byParagraph: byRef.filter((r) => r.key.startsWith("p")),
    byFact: byRef.filter((r) => r.key.startsWith("fact:")),
    byObjective: rollUp(meta, responses, "objective"),
  };
}

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
export async function getAssignmentsForStudent(userId: string, now = new Date()) {
  const rows = await db.assignment.findMany({ where: assignedTo(userId), orderBy: { dueAt: "asc" }, select: studentAssignmentSelect(userId) });
  return rows.map((a) => toStudentView(a, now));
}

/** One assignment for the student, with every change a teacher made to their grade or to the questions. */
export async function getAssignmentForStudent(assignmentId: string, userId: string, now = new Date()) {
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
export async function getStudentInClass(classId: string, studentId: string, teacherId: string, now = new Date()) {
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
