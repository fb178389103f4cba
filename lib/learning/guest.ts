import "server-only";
import { randomInt } from "node:crypto";
import { db, isUniqueViolation } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { FeedbackDTO, QuestionDTO } from "@/lib/quiz/dto";
import { rollUpProgress } from "@/lib/progress/roll-up";
import { toQuestionDTO } from "@/lib/quiz/present";
import { feedbackForVersions } from "@/lib/attempts/feedback";
import { readableBy } from "@/lib/content/access";
import { getKeyedVersions, type KeyedVersion } from "@/lib/attempts/versions";
import { quizSlug } from "@/lib/content/quiz-slugs";
import { CURRENT_VERSION, choiceOrderFor, gradeInput, toKeyedQuestion, toPublicQuestion } from "@/lib/quiz/rows";
import { shuffledChoiceIds } from "@/lib/quiz/stored";
import type { AnyResponse } from "@/lib/quiz/types";
import { currentTime } from "@/lib/clock";

/** The most answers one claim takes; the rest are ignored. */
export const MAX_CLAIM_ANSWERS = 500;

/**
 * A lesson's practice questions for a guest: the current version of every
 * question still in use, in the lesson's order, with choices shuffled by
 * `seed` (a new one per page load). Public fields only, like an attempt's.
 */
export async function getGuestPracticeQuestions(lessonSlug: string, seed = randomInt(2 ** 31)): Promise<QuestionDTO[]> {
  const questions = await db.question.findMany({
    // Guests practise the open course only (lib/content/access.ts): a teacher's course is its classes'.
    where: { lesson: { slug: lessonSlug, course: readableBy(null) }, retiredAt: null },
    orderBy: { position: "asc" },
    select: { versions: { ...CURRENT_VERSION, select: { id: true, type: true, prompt: true, points: true, content: true } } },
  });
  return questions
    .flatMap((q) => q.versions)
    .map((v) => toQuestionDTO(v, choiceOrderFor(toPublicQuestion(v), v.id, seed), lessonSlug));
}

/**
 * Grades a guest's answer to the current version of a lesson question and
 * returns the feedback. Nothing is stored: the guest keeps the answer in the
 * browser. An old, retired or unknown version is "not found"; a response that
 * does not fit the question is invalid.
 */
export async function checkGuestAnswer(questionVersionId: string, input: unknown): Promise<FeedbackDTO> {
  const version = await db.questionVersion.findUnique({
    where: { id: questionVersionId, question: { lesson: { course: readableBy(null) } } },
    select: { id: true, question: { select: { retiredAt: true, versions: { ...CURRENT_VERSION, select: { id: true } } } } },
  });
  const versions: Map<string, KeyedVersion> = version && version.question.retiredAt === null && version.question.versions[0]?.id === version.id ? await getKeyedVersions([version.id]) : new Map();
  const keyed = versions.get(questionVersionId);
  if (!keyed) throw new DomainError("not_found", "That question is not available for practice. Reload the page to get the current questions.");
  const graded = gradeInput(keyed, input);
  if (!graded.ok) throw new DomainError("invalid", graded.message);
  const feedback = (await feedbackForVersions(versions, [{ questionVersionId, response: graded.response, grade: graded.grade }])).get(questionVersionId);
  if (!feedback) throw new DomainError("not_found", "That question is not available for practice.");
  return feedback;
}

export type GuestClaimAnswer = { questionVersionId: string; response: unknown; answeredAt: string };
export type GuestClaimResult = { claimed: boolean; attempts: number; answers: number; attemptIds: string[] };

type Graded = { versionId: string; response: AnyResponse; answeredAt: Date; points: number; score: number; isCorrect: boolean; choiceOrder: string[] };

/** A device's time, kept only when it is a real time no later than `now`. */
function deviceTime(value: string, now: Date): Date {
  const t = Date.parse(value);
  return Number.isNaN(t) || t > now.getTime() ? now : new Date(t);
}

/**
 * Adds a guest's practice answers to the account of `userId`, once per
 * `claimId`. Every answer is graded here with the key of the version it
 * answered; whatever the device says about correctness is never read.
 * Answers to versions that do not exist, or whose response does not fit the
 * question, are left out; when that leaves none, the claim is refused and
 * nothing is written. Each lesson gets one submitted practice attempt.
 *
 * The GuestClaim row is written first, in the same transaction as the
 * attempts: a claim sent again, or its concurrent twin, hits its primary key
 * and changes nothing.
 */
export async function claimGuestProgress(userId: string, claimId: string, answers: GuestClaimAnswer[], now = currentTime()): Promise<GuestClaimResult> {
  // One answer per version, the latest given (a forged list may repeat one).
  const latest = new Map<string, GuestClaimAnswer>();
  for (const a of answers.slice(0, MAX_CLAIM_ANSWERS)) {
    const seen = latest.get(a.questionVersionId);
    if (!seen || deviceTime(a.answeredAt, now) >= deviceTime(seen.answeredAt, now)) latest.set(a.questionVersionId, a);
  }

  const versions = await db.questionVersion.findMany({
    where: { id: { in: [...latest.keys()] } },
    select: { id: true, type: true, content: true, answerKey: true, points: true, question: { select: { lessonId: true } } },
  });
  const lessonIds = [...new Set(versions.map((v) => v.question.lessonId))];
  const quizzes = await db.quiz.findMany({ where: { lessonId: { in: lessonIds }, mode: "PRACTICE" }, select: { id: true, slug: true, lessonId: true, lesson: { select: { slug: true } } } });
  const practiceQuiz = new Map(quizzes.filter((q) => q.slug === quizSlug(q.lesson.slug, "practice")).map((q) => [q.lessonId, q.id]));

  const byQuiz = new Map<string, Graded[]>();
  for (const v of versions) {
    const quizId = practiceQuiz.get(v.question.lessonId);
    const answer = latest.get(v.id);
    if (!quizId || !answer) continue;
    const stored = toKeyedQuestion(v);
    const result = gradeInput(stored, answer.response);
    if (!result.ok) continue;
    const { grade } = result;
    const graded: Graded = {
      versionId: v.id,
      response: result.response,
      answeredAt: deviceTime(answer.answeredAt, now),
      points: v.points,
      score: grade.credit * v.points,
      isCorrect: grade.correct,
      choiceOrder: shuffledChoiceIds(stored),
    };
    byQuiz.set(quizId, [...(byQuiz.get(quizId) ?? []), graded]);
  }
  const groups = [...byQuiz].map(([quizId, items]) => ({ quizId, items: items.sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime()) }));
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  // Nothing to add (every answer to a question that is gone, or not fitting it): nothing is written, not even the claim.
  if (total === 0) throw new DomainError("invalid", "None of these answers fit a current question, so nothing was added.");

  let attemptIds: string[];
  try {
    attemptIds = await db.$transaction(
      async (tx) => {
        await tx.guestClaim.create({ data: { id: claimId, userId, attempts: groups.length, answers: total } });
        const ids: string[] = [];
        for (const { quizId, items } of groups) {
          const attempt = await tx.attempt.create({
            data: {
              quizId,
              userId,
              status: "SUBMITTED",
              seed: randomInt(2 ** 31),
              openSlot: null,
              startedAt: items[0]!.answeredAt,
              submittedAt: now,
              lastSeq: items.length,
              score: items.reduce((sum, i) => sum + i.score, 0),
              maxScore: items.reduce((sum, i) => sum + i.points, 0),
              questions: { create: items.map((i, n) => ({ questionVersionId: i.versionId, position: n + 1, choiceOrder: i.choiceOrder })) },
              answers: {
                create: items.map((i, n) => ({
                  questionVersionId: i.versionId,
                  response: i.response,
                  seq: n + 1,
                  savedAt: i.answeredAt,
                  score: i.score,
                  isCorrect: i.isCorrect,
                  gradedAt: now,
                })),
              },
            },
            select: { id: true },
          });
          ids.push(attempt.id);
        }
        return ids;
      },
      { maxWait: 15_000, timeout: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error) && (await db.guestClaim.count({ where: { id: claimId } })) > 0) return { claimed: false, attempts: 0, answers: 0, attemptIds: [] };
    throw error;
  }
  // After the commit: the roll-up logs its own failures and the sweep catches them up.
  for (const id of attemptIds) await rollUpProgress(id);
  return { claimed: true, attempts: attemptIds.length, answers: total, attemptIds };
}
