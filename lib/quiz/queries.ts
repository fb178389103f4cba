import "server-only";
import { getSourceQuotes } from "@/lib/content/queries";
import type { SourceRef } from "@/lib/content/schema";
import { db } from "@/lib/db";
import type { AttemptDTO, AttemptResultDTO, FeedbackDTO } from "./dto";
import { gradeResponse } from "./grading";
import { buildFeedback, toQuestionDTO } from "./present";
import type { AnyResponse, StoredQuestion } from "./types";

/** Whether feedback for an answered question may be shown now. Practice shows it after each question. */
function feedbackReleased(quiz: { mode: string; feedbackPolicy: string }, attemptStatus: string): boolean {
  if (quiz.mode === "PRACTICE" || quiz.feedbackPolicy === "AFTER_EACH") return true;
  return quiz.feedbackPolicy === "AFTER_SUBMIT" && attemptStatus === "SUBMITTED";
}

export async function getQuizBySlug(slug: string) {
  return db.quiz.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, mode: true, feedbackPolicy: true, lesson: { select: { slug: true, title: true, position: true } } },
  });
}

/** The student's open attempt at a quiz, as the browser may see it, or null. */
export async function getOpenAttemptForStudent(quizId: string, userId: string): Promise<AttemptDTO | null> {
  const attempt = await db.attempt.findFirst({ where: { quizId, userId, status: "IN_PROGRESS", assignmentId: null }, select: { id: true } });
  return attempt ? getAttemptForStudent(attempt.id, userId) : null;
}

/**
 * One attempt, only if it belongs to `userId`. Answer keys and explanations are
 * read (by name) only for the questions whose feedback the policy releases.
 */
export async function getAttemptForStudent(attemptId: string, userId: string): Promise<AttemptDTO | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      status: true,
      quiz: { select: { title: true, mode: true, feedbackPolicy: true } },
      questions: {
        orderBy: { position: "asc" },
        select: { choiceOrder: true, questionVersion: { select: { id: true, type: true, prompt: true, points: true, content: true } } },
      },
      answers: { select: { questionVersionId: true, response: true } },
    },
  });
  if (!attempt) return null;

  const responses = new Map(attempt.answers.map((a) => [a.questionVersionId, a.response]));
  const feedback = feedbackReleased(attempt.quiz, attempt.status) ? await feedbackFor(attempt.answers) : new Map<string, FeedbackDTO>();
  return {
    id: attempt.id,
    quizTitle: attempt.quiz.title,
    status: attempt.status,
    items: attempt.questions.map(({ questionVersion: v, choiceOrder }) => ({
      question: toQuestionDTO(v, choiceOrder as string[]),
      response: responses.get(v.id) ?? null,
      feedback: feedback.get(v.id) ?? null,
    })),
  };
}

/** Grades saved responses with the keys of the versions they answered. */
export async function feedbackFor(answers: { questionVersionId: string; response: unknown }[]): Promise<Map<string, FeedbackDTO>> {
  if (answers.length === 0) return new Map();
  const versions = await db.questionVersion.findMany({
    where: { id: { in: answers.map((a) => a.questionVersionId) } },
    select: { id: true, type: true, content: true, answerKey: true, explanation: true, points: true, refs: true },
  });
  const refs = [...new Set(versions.flatMap((v) => v.refs as SourceRef[]))];
  const quotes = new Map((await getSourceQuotes(refs)).map((q) => [q.ref, q]));
  const byId = new Map(versions.map((v) => [v.id, v]));
  const out = new Map<string, FeedbackDTO>();
  for (const answer of answers) {
    const v = byId.get(answer.questionVersionId);
    if (!v) continue;
    const stored = { type: v.type, content: v.content, answerKey: v.answerKey } as StoredQuestion;
    const grade = gradeResponse(stored, answer.response as AnyResponse);
    const sources = (v.refs as SourceRef[]).flatMap((r) => quotes.get(r) ?? []);
    out.set(v.id, buildFeedback(stored, grade, v.points, v.explanation, sources));
  }
  return out;
}

/** The student's submitted attempts at a quiz, newest first. */
export async function getResultsForStudent(quizId: string, userId: string): Promise<AttemptResultDTO[]> {
  const attempts = await db.attempt.findMany({
    where: { quizId, userId, status: "SUBMITTED" },
    orderBy: { submittedAt: "desc" },
    select: { id: true, score: true, maxScore: true, submittedAt: true },
  });
  return attempts.map((a) => ({
    attemptId: a.id,
    score: a.score ?? 0,
    maxScore: a.maxScore,
    percent: a.maxScore > 0 ? Math.round(((a.score ?? 0) / a.maxScore) * 100) : 0,
    submittedAt: (a.submittedAt ?? new Date(0)).toISOString(),
  }));
}

/** Per lesson: the student's progress, for the course page. */
export async function getLessonProgressForStudent(userId: string) {
  const rows = await db.lessonProgress.findMany({
    where: { userId },
    select: { status: true, bestScore: true, latestScore: true, lesson: { select: { slug: true } } },
  });
  return new Map(rows.map((r) => [r.lesson.slug, { status: r.status, bestScore: r.bestScore, latestScore: r.latestScore }]));
}
