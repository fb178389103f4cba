import "server-only";
import { randomInt } from "node:crypto";
import { refLabel } from "@/lib/content/citations";
import type { SourceRef } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { FeedbackDTO, QuestionDTO } from "@/lib/quiz/dto";
import { toQuestionDTO } from "@/lib/quiz/present";
import { feedbackFor } from "@/lib/attempts/feedback";
import { CURRENT_VERSION, choiceOrderFor, gradeInput, toKeyedQuestion, toPublicQuestion } from "@/lib/quiz/rows";
import { recordAnswers } from "./record";
import { isDue, startOfDay } from "./schedule";

const DAY = 86_400_000;

/** Every live question's current version, with what review needs. One statement. */
async function currentQuestions() {
  const questions = await db.question.findMany({
    where: { retiredAt: null },
    orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      lesson: { select: { slug: true, title: true, position: true, courseId: true } },
      versions: { ...CURRENT_VERSION, select: { id: true, version: true, type: true, prompt: true, points: true, content: true, refs: true, objectiveKey: true } },
    },
  });
  return questions.flatMap(({ id, lesson, versions: [v] }) => (v ? [{ ...v, id, versionId: v.id, lesson, refs: v.refs as SourceRef[] }] : []));
}

/** The student's review queue at `now`: what is due, what falls due over the next days, and how many are in review. */
export async function getReviewOverview(userId: string, now: Date, days = 7) {
  const [items, questions] = await Promise.all([
    db.reviewItem.findMany({ where: { userId }, select: { questionId: true, dueAt: true, version: true, box: true, lapses: true } }),
    currentQuestions(),
  ]);
  const current = new Map(questions.map((q) => [q.id, q]));
  const live = items.filter((i) => current.has(i.questionId));
  const due = new Set(live.filter((i) => isDue(i, current.get(i.questionId)!.version, now)));
  const notDue = live.filter((i) => !due.has(i));
  const today = startOfDay(now).getTime();
  const upcoming = Array.from({ length: days }, (_, d) => {
    const from = today + (d + 1) * DAY;
    return { date: new Date(from), count: notDue.filter((i) => i.dueAt.getTime() >= from && i.dueAt.getTime() < from + DAY).length };
  });
  const laterToday = notDue.filter((i) => i.dueAt.getTime() < today + DAY).length;
  return {
    total: live.length,
    dueNow: due.size,
    laterToday,
    upcoming,
    queue: live.map((i) => ({ lessonSlug: current.get(i.questionId)!.lesson.slug, due: due.has(i) })),
  };
}

/** `source`: the paragraph (or, for a question citing none, the fact) the item shares with its pair; null when the pair shares only the objective. */
export type ReviewItemDTO = { kind: "due" | "related"; question: QuestionDTO; lessonTitle: string; source: string | null; box: number | null };

/**
 * A review session: up to `limit` due questions, each followed by a different
 * question that cites the same article paragraph (or the same fact, for a
 * question that cites no paragraph), so the student retrieves the idea rather
 * than a remembered answer. Choices are shuffled afresh.
 */
export async function getReviewSession(userId: string, now: Date, limit = 8, pick: (n: number) => number = (n) => randomInt(n)): Promise<ReviewItemDTO[]> {
  const [items, questions] = await Promise.all([
    db.reviewItem.findMany({ where: { userId }, orderBy: { dueAt: "asc" }, select: { questionId: true, dueAt: true, version: true, box: true } }),
    currentQuestions(),
  ]);
  const current = new Map(questions.map((q) => [q.id, q]));
  const queued = new Set(items.map((i) => i.questionId));
  const due = items.filter((i) => current.has(i.questionId) && isDue(i, current.get(i.questionId)!.version, now)).slice(0, limit);
  const used = new Set(due.map((i) => i.questionId));
  const dto = (q: (typeof questions)[number]) =>
    toQuestionDTO({ id: q.versionId, type: q.type, prompt: q.prompt, points: q.points, content: q.content }, choiceOrderFor(toPublicQuestion(q), q.versionId, randomInt(2 ** 31)), q.lesson.slug);

  const session: ReviewItemDTO[] = [];
  for (const item of due) {
    const q = current.get(item.questionId)!;
    const paragraphs = q.refs.filter((r) => r.startsWith("p"));
    const shared: string[] = paragraphs.length ? paragraphs : q.refs;
    // A sibling on the same source (or, failing that, the same objective): not already in this
    // session, preferring questions not in the student's queue.
    // References name a paragraph or fact of the question's own course: siblings come from it.
    const bySource = questions.filter((o) => !used.has(o.id) && o.lesson.courseId === q.lesson.courseId && o.refs.some((r) => shared.includes(r)));
    const siblings = bySource.length ? bySource : questions.filter((o) => !used.has(o.id) && o.lesson.slug === q.lesson.slug && o.objectiveKey === q.objectiveKey);
    const fresh = siblings.filter((o) => !queued.has(o.id));
    const pool = fresh.length ? fresh : siblings;
    const sibling = pool.length ? pool[pick(pool.length)]! : null;
    const common = bySource.length ? sibling?.refs.find((r) => shared.includes(r)) : undefined;
    const source = common ? refLabel(common) : null;
    session.push({ kind: "due", question: dto(q), lessonTitle: q.lesson.title, source, box: item.box });
    if (!sibling) continue;
    used.add(sibling.id);
    session.push({ kind: "related", question: dto(sibling), lessonTitle: sibling.lesson.title, source, box: null });
  }
  return session;
}

export type ReviewAnswerResult = { feedback: FeedbackDTO | null; correct: boolean; schedule: { box: number; dueAt: string } | null };

/**
 * Grades one review answer on the server and applies it to the schedule and
 * mastery. Only the current version of a live question can be answered.
 */
export async function answerReview(userId: string, questionVersionId: string, input: unknown, now: Date): Promise<ReviewAnswerResult> {
  const version = await db.questionVersion.findUnique({
    where: { id: questionVersionId },
    select: {
      version: true,
      type: true,
      content: true,
      answerKey: true,
      objectiveKey: true,
      questionId: true,
      question: { select: { lessonId: true, retiredAt: true, versions: { ...CURRENT_VERSION, select: { id: true } } } },
    },
  });
  if (!version || version.question.retiredAt || version.question.versions[0]?.id !== questionVersionId) throw new DomainError("not_found", "That question is not in the course any more.");
  const graded = gradeInput(toKeyedQuestion({ ...version, id: questionVersionId }), input);
  if (!graded.ok) throw new DomainError("invalid", graded.message);
  const { correct } = graded.grade;

  const outcome = { questionId: version.questionId, version: version.version, lessonId: version.question.lessonId, objectiveKey: version.objectiveKey, outcome: correct ? ("right" as const) : ("wrong" as const), inReview: true };
  const after = (await db.$transaction((tx) => recordAnswers(tx, userId, [outcome], now))).get(version.questionId) ?? null;
  const feedback = await feedbackFor([{ questionVersionId, response: graded.response }]);
  return { feedback: feedback.get(questionVersionId) ?? null, correct, schedule: after && { box: after.box, dueAt: after.dueAt.toISOString() } };
}
