import "server-only";
import { describeChange } from "@/lib/assignments/audit";
import { getAttemptForStudent } from "@/lib/attempts/read";
import { currentTime } from "@/lib/clock";
import { db } from "@/lib/db";
import type { AttemptItemDTO } from "@/lib/quiz/dto";
import { describeResponse } from "@/lib/quiz/stored";
import { CURRENT_VERSION, toPublicQuestion } from "@/lib/quiz/rows";
import type { AnyResponse } from "@/lib/quiz/types";

/**
 * "Download my data": everything stored about one user, as JSON. Each table of
 * prisma/schema.prisma that refers to a user has its place here (USER_TABLES, checked against the
 * schema by tests/integration/privacy.test.ts). Left out on purpose: the password hash; other
 * users (no classmate is named, a teacher's records about other students are counted, not
 * copied); and answer keys and explanations the feedback policy has not released: each attempt
 * is read through the student's own view (lib/attempts/read.ts), which releases them or not.
 */
export const USER_TABLES = {
  User: "account",
  ClassMembership: "classMemberships",
  Attempt: "attempts",
  AttemptQuestion: "attempts[].questions",
  Answer: "attempts[].questions[].answer",
  AssignmentStudent: "assignmentsSetForYou",
  AssignmentExtension: "extensions",
  GradeOverride: "gradeOverrides (about you), teaching.gradeOverridesMade (yours about others: counted only)",
  LessonProgress: "lessonProgress",
  ObjectiveMastery: "objectiveMastery",
  ReviewItem: "reviewItems",
  GuestClaim: "guestClaims",
  AuditEvent: "changesAboutYou (subject), teaching.actions (actor)",
  Assignment: "teaching.assignmentsCreated",
  QuestionVoid: "teaching.questionVoids",
  CourseDraftAuthor: "teaching.courseDrafts",
  CourseDraftChange: "teaching.courseDrafts[].yourEdits",
} as const;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** One question of an attempt as the student may see it now: prompt and choices, their answer, and feedback only once released. */
function questionOut(item: AttemptItemDTO, position: number, saved: { savedAt: Date; tries: number } | undefined) {
  const { question, response, feedback } = item;
  const publicQuestion = toPublicQuestion({ type: question.type, content: question.content });
  return {
    position,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    content: question.content,
    yourAnswer: response === null ? null : describeResponse(publicQuestion, response as AnyResponse),
    response,
    savedAt: iso(saved?.savedAt),
    tries: saved?.tries ?? null,
    feedback: feedback && {
      correct: feedback.correct,
      credit: feedback.credit,
      correctAnswer: feedback.correctAnswer,
      explanation: feedback.explanation,
      sources: feedback.sources.map((s) => s.label),
    },
  };
}

async function attemptsOf(userId: string, now: Date) {
  const rows = await db.attempt.findMany({
    where: { userId },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      deadline: true,
      submittedAt: true,
      quiz: { select: { lesson: { select: { title: true } } } },
      assignment: { select: { title: true, class: { select: { name: true } } } },
      answers: { select: { questionVersionId: true, savedAt: true, tries: true } },
    },
  });
  const out = [];
  for (const row of rows) {
    const view = await getAttemptForStudent(userId, row.id, now);
    if (!view) continue;
    const saved = new Map(row.answers.map((a) => [a.questionVersionId, a]));
    out.push({
      id: view.id,
      quiz: view.quizTitle,
      lesson: row.quiz.lesson.title,
      mode: view.mode,
      assignment: row.assignment && { title: row.assignment.title, class: row.assignment.class.name },
      status: view.status,
      startedAt: view.startedAt,
      deadline: iso(row.deadline),
      submittedAt: iso(row.submittedAt),
      score: view.result && { score: view.result.score, maxScore: view.result.maxScore, percent: view.result.percent },
      feedbackPolicy: view.feedbackPolicy,
      feedbackNote: view.feedbackNote,
      questions: view.items.map((item, i) => questionOut(item, i + 1, saved.get(item.question.id))),
    });
  }
  return out;
}

/** Everything stored about the user, or null when there is no such account. */
export async function exportUserData(userId: string, now = currentTime()) {
  const account = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, createdAt: true, updatedAt: true } });
  if (!account) return null;
  const assignmentRef = { select: { id: true, title: true, class: { select: { name: true } } } } as const;
  const [memberships, targeted, extensions, overrides, progress, mastery, reviews, claims, aboutYou, created, overridesMade, voids, actions, drafts] = await Promise.all([
    db.classMembership.findMany({ where: { userId }, orderBy: { joinedAt: "asc" }, select: { role: true, joinedAt: true, class: { select: { name: true, createdAt: true } } } }),
    db.assignmentStudent.findMany({ where: { userId }, select: { assignment: assignmentRef } }),
    db.assignmentExtension.findMany({ where: { userId }, select: { dueAt: true, extraTimeSec: true, extraAttempts: true, assignment: assignmentRef } }),
    db.gradeOverride.findMany({ where: { userId }, select: { percent: true, reason: true, updatedAt: true, assignment: assignmentRef } }),
    db.lessonProgress.findMany({ where: { userId }, orderBy: { lesson: { position: "asc" } }, select: { status: true, bestScore: true, latestScore: true, updatedAt: true, lesson: { select: { title: true } } } }),
    db.objectiveMastery.findMany({
      where: { userId },
      select: { level: true, correct: true, attempted: true, recent: true, retainedAt: true, updatedAt: true, objective: { select: { key: true, text: true, lesson: { select: { title: true } } } } },
    }),
    db.reviewItem.findMany({
      where: { userId },
      orderBy: { dueAt: "asc" },
      select: { box: true, dueAt: true, lastReviewedAt: true, lapses: true, version: true, createdAt: true, question: { select: { key: true, versions: { ...CURRENT_VERSION, select: { prompt: true } } } } },
    }),
    db.guestClaim.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, attempts: true, answers: true, createdAt: true } }),
    db.auditEvent.findMany({ where: { subjectId: userId }, orderBy: { createdAt: "asc" }, select: { action: true, reason: true, detail: true, targetId: true, createdAt: true, actor: { select: { name: true } } } }),
    db.assignment.findMany({
      where: { createdById: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, openAt: true, dueAt: true, closeAt: true, attemptsAllowed: true, scoringRule: true, timeLimitSec: true, feedbackPolicy: true, targeted: true, createdAt: true, class: { select: { name: true } }, quiz: { select: { title: true } } },
    }),
    db.gradeOverride.groupBy({ by: ["assignmentId"], where: { createdById: userId }, _count: { _all: true } }),
    db.questionVoid.findMany({ where: { createdById: userId }, orderBy: { createdAt: "asc" }, select: { mode: true, reason: true, createdAt: true, assignment: assignmentRef, question: { select: { key: true } } } }),
    db.auditEvent.findMany({ where: { actorId: userId }, orderBy: { createdAt: "asc" }, select: { action: true, targetId: true, createdAt: true } }),
    db.courseDraft.findMany({
      where: { authors: { some: { userId } } },
      orderBy: { createdAt: "asc" },
      select: { title: true, articleTitle: true, createdAt: true, changes: { where: { userId }, orderBy: { revision: "asc" }, select: { summary: true, at: true } } },
    }),
  ]);
  const assignment = (a: { id: string; title: string; class: { name: string } }) => ({ id: a.id, title: a.title, class: a.class.name });
  return {
    about:
      "Everything IHL Classroom stores about you. Not included: your password (only a one-way hash of it is stored), other people's data, and answers or explanations your teacher has not released yet.",
    exportedAt: now.toISOString(),
    account: { ...account, createdAt: iso(account.createdAt), updatedAt: iso(account.updatedAt) },
    classMemberships: memberships.map((m) => ({ class: m.class.name, role: m.role, joinedAt: iso(m.joinedAt) })),
    attempts: await attemptsOf(userId, now),
    assignmentsSetForYou: targeted.map((t) => assignment(t.assignment)),
    extensions: extensions.map((e) => ({ assignment: assignment(e.assignment), dueAt: iso(e.dueAt), extraTimeSec: e.extraTimeSec, extraAttempts: e.extraAttempts })),
    gradeOverrides: overrides.map((o) => ({ assignment: assignment(o.assignment), percent: o.percent, reason: o.reason, updatedAt: iso(o.updatedAt) })),
    lessonProgress: progress.map((p) => ({ lesson: p.lesson.title, status: p.status, bestScore: p.bestScore, latestScore: p.latestScore, updatedAt: iso(p.updatedAt) })),
    objectiveMastery: mastery.map((m) => ({
      lesson: m.objective.lesson.title,
      objective: m.objective.key,
      text: m.objective.text,
      level: m.level,
      correct: m.correct,
      attempted: m.attempted,
      recent: m.recent,
      retainedAt: iso(m.retainedAt),
      updatedAt: iso(m.updatedAt),
    })),
    reviewItems: reviews.map((r) => ({
      question: r.question.key,
      prompt: r.question.versions[0]?.prompt ?? null,
      box: r.box,
      dueAt: iso(r.dueAt),
      lastReviewedAt: iso(r.lastReviewedAt),
      lapses: r.lapses,
      version: r.version,
      createdAt: iso(r.createdAt),
    })),
    guestClaims: claims.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
    changesAboutYou: aboutYou.map((e) => ({ action: e.action, description: describeChange(e), reason: e.reason, detail: e.detail, assignmentId: e.targetId, at: iso(e.createdAt) })),
    teaching: {
      assignmentsCreated: created.map((a) => ({ ...a, class: a.class.name, quiz: a.quiz.title, openAt: iso(a.openAt), dueAt: iso(a.dueAt), closeAt: iso(a.closeAt), createdAt: iso(a.createdAt) })),
      // The grades you set are your students' data: how many, per assignment, and nothing more.
      gradeOverridesMade: overridesMade.map((o) => ({ assignmentId: o.assignmentId, count: o._count._all })),
      questionVoids: voids.map((v) => ({ assignment: assignment(v.assignment), question: v.question.key, mode: v.mode, reason: v.reason, createdAt: iso(v.createdAt) })),
      // The drafts you write, and the edits you made to each (the text itself is the course's, shared with its co-authors).
      courseDrafts: drafts.map((d) => ({ title: d.title, article: d.articleTitle, createdAt: iso(d.createdAt), yourEdits: d.changes.map((c) => ({ summary: c.summary, at: iso(c.at) })) })),
      // What you did and when; whom it concerned is that student's data.
      actions: actions.map((a) => ({ action: a.action, targetId: a.targetId, at: iso(a.createdAt) })),
    },
  };
}

export type UserExport = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;
