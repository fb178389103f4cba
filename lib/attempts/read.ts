import "server-only";
import { db } from "@/lib/db";
import type { AttemptDTO, AttemptResultDTO, FeedbackDTO } from "@/lib/quiz/dto";
import { formatDateTime } from "@/lib/format";
import { attemptPolicy, feedbackReleased, isOverdue } from "@/lib/quiz/policy";
import { toQuestionDTO, toResultDTO } from "@/lib/quiz/present";
import { feedbackFor } from "./feedback";
import { finaliseAttempt } from "./finalise";
import { taughtBy } from "@/lib/classes/access";
import { currentTime } from "@/lib/clock";

export async function getQuizBySlug(slug: string) {
  return db.quiz.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      mode: true,
      feedbackPolicy: true,
      attemptsAllowed: true,
      timeLimitSec: true,
      scoringRule: true,
      drawCount: true,
      lesson: { select: { slug: true, title: true, position: true, courseId: true, _count: { select: { questions: { where: { retiredAt: null } } } } } },
    },
  });
}

/** What attemptPolicy needs, for the attempt of `userId`. */
const attemptPolicySelect = (userId: string) => ({
  quiz: { select: { mode: true, feedbackPolicy: true } },
  assignment: { select: { feedbackPolicy: true, dueAt: true, extensions: { where: { userId }, select: { dueAt: true } } } },
});

/**
 * The student's open attempt at a quiz (`assignmentId` null: outside assignments) or at an
 * assignment, as the browser may see it, or null. This read is the one place where reading
 * finalises: an attempt left open past its deadline and grace is finalised with what was
 * saved, and then there is no open attempt. Pages call it and never finalise themselves.
 */
export async function getOpenAttemptForStudent(userId: string, slot: { quizId: string; assignmentId: null } | { assignmentId: string }, now = currentTime()): Promise<AttemptDTO | null> {
  const open = await db.attempt.findFirst({ where: { ...slot, userId, status: "IN_PROGRESS" }, select: { id: true, status: true, deadline: true } });
  if (!open) return null;
  if (isOverdue(open, now)) {
    await finaliseAttempt(open.id, open.deadline ?? now);
    return null;
  }
  return buildAttempt(open.id, userId, now, false);
}

/**
 * One attempt as the browser may see it, only if it belongs to `userId`.
 * Keys and explanations are read (by name) only for the questions whose
 * feedback the policy releases at `now`.
 */
export async function getAttemptForStudent(userId: string, attemptId: string, now = currentTime()): Promise<AttemptDTO | null> {
  return buildAttempt(attemptId, userId, now, false);
}

/**
 * A submitted attempt at an assignment, for a teacher of its class: the same
 * view as the student's, with every answer and explanation shown.
 */
export async function getAttemptForTeacher(teacherId: string, attemptId: string): Promise<(AttemptDTO & { student: { id: string; name: string }; classId: string }) | null> {
  const found = await db.attempt.findFirst({
    where: { id: attemptId, status: "SUBMITTED", assignment: { class: taughtBy(teacherId) } },
    select: { user: { select: { id: true, name: true } }, assignment: { select: { classId: true } } },
  });
  if (!found) return null;
  const attempt = await buildAttempt(attemptId, found.user.id, currentTime(), true);
  return attempt && { ...attempt, student: found.user, classId: found.assignment!.classId };
}

async function buildAttempt(attemptId: string, userId: string, now: Date, showAll: boolean): Promise<AttemptDTO | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      status: true,
      lastSeq: true,
      startedAt: true,
      deadline: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      assignmentId: true,
      quiz: { select: { title: true, slug: true, mode: true, feedbackPolicy: true, lesson: { select: { slug: true } } } },
      assignment: attemptPolicySelect(userId).assignment,
      questions: {
        orderBy: { position: "asc" },
        select: { choiceOrder: true, questionVersion: { select: { id: true, type: true, prompt: true, points: true, content: true } } },
      },
      answers: { select: { questionVersionId: true, response: true, regradedWithId: true } },
    },
  });
  if (!attempt) return null;

  const { quiz } = attempt;
  const policy = attemptPolicy(quiz, attempt.assignment);
  const dueAt = policy.dueAt;
  const released = showAll || policy.mode === "PRACTICE" || feedbackReleased(policy.feedbackPolicy, attempt.status, now, dueAt);
  const responses = new Map(attempt.answers.map((a) => [a.questionVersionId, a.response]));
  const feedback = released ? await feedbackFor(attempt.answers) : new Map<string, FeedbackDTO>();
  const submitted = attempt.status === "SUBMITTED";
  return {
    id: attempt.id,
    quizTitle: quiz.title,
    quizSlug: quiz.slug,
    lessonSlug: quiz.lesson.slug,
    assignmentId: attempt.assignmentId,
    mode: policy.mode,
    feedbackPolicy: policy.feedbackPolicy,
    status: attempt.status,
    lastSeq: attempt.lastSeq,
    startedAt: attempt.startedAt.toISOString(),
    remainingMs: attempt.deadline && !submitted ? Math.max(0, attempt.deadline.getTime() - now.getTime()) : null,
    result: submitted ? toResultDTO(attempt) : null,
    feedbackNote: released
      ? null
      : policy.feedbackPolicy === "AFTER_DUE" && submitted && dueAt
        ? `Answers and explanations appear after the due date, ${formatDateTime(dueAt)}.`
        : "Answers and explanations appear after you submit.",
    items: attempt.questions.map(({ questionVersion: v, choiceOrder }) => ({
      question: toQuestionDTO(v, choiceOrder as string[], quiz.lesson.slug),
      response: responses.get(v.id) ?? null,
      feedback: feedback.get(v.id) ?? null,
    })),
  };
}

/** The student's own submitted attempts at a quiz (outside assignments), newest first. */
export async function getResultsForStudent(userId: string, quizId: string): Promise<AttemptResultDTO[]> {
  const attempts = await db.attempt.findMany({
    where: { quizId, userId, status: "SUBMITTED", assignmentId: null },
    orderBy: { submittedAt: "desc" },
    select: { id: true, score: true, maxScore: true, submittedAt: true },
  });
  return attempts.map(toResultDTO);
}

/** Per lesson: the student's progress, for the course page. */
export async function getLessonProgressForStudent(userId: string) {
  const rows = await db.lessonProgress.findMany({
    where: { userId },
    select: { status: true, bestScore: true, latestScore: true, lesson: { select: { slug: true } } },
  });
  return new Map(rows.map((r) => [r.lesson.slug, { status: r.status, bestScore: r.bestScore, latestScore: r.latestScore }]));
}
