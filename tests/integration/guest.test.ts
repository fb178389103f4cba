import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { checkGuestAnswer, claimGuestProgress, getGuestPracticeQuestions, type GuestClaimAnswer } from "@/lib/learning/guest";
import { shuffledChoiceIds } from "@/lib/quiz/stored";
import type { StoredQuestion } from "@/lib/quiz/types";
import { CURRENT_VERSION, responseFromKey, toKeyedQuestion } from "@/lib/quiz/rows";
import { minutes, newStudent, wrongSingle } from "../support/quiz";

type Keyed = StoredQuestion & { id: string; points: number };
const NOW = new Date("2026-02-01T12:00:00Z");

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

/** The current versions of a lesson's questions with their keys, read as only the server may. */
async function currentKeyed(lessonSlug: string): Promise<Keyed[]> {
  const questions = await db.question.findMany({
    where: { lesson: { slug: lessonSlug }, retiredAt: null },
    orderBy: { position: "asc" },
    select: { versions: { ...CURRENT_VERSION, select: { id: true, type: true, content: true, answerKey: true, points: true } } },
  });
  return questions.flatMap((q) => q.versions).map((v) => ({ ...toKeyedQuestion(v), id: v.id, points: v.points }));
}

const singles = async (lessonSlug: string) => (await currentKeyed(lessonSlug)).filter((q) => q.type === "single");
const at = (m: number) => minutes(NOW, -60 + m).toISOString();
const attemptsOf = (userId: string) =>
  db.attempt.findMany({
    where: { userId },
    orderBy: { quiz: { slug: "asc" } },
    select: {
      id: true,
      status: true,
      openSlot: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      lastSeq: true,
      progressAppliedAt: true,
      quiz: { select: { slug: true, mode: true } },
      questions: { orderBy: { position: "asc" }, select: { position: true, questionVersionId: true, choiceOrder: true } },
      answers: { orderBy: { seq: "asc" }, select: { questionVersionId: true, seq: true, score: true, isCorrect: true, gradedAt: true, response: true } },
    },
  });

describe("claiming a guest's practice", () => {
  it("creates one submitted practice attempt per lesson, graded on the server, and rolls up progress", async () => {
    const { id } = await newStudent();
    const convention = await currentKeyed("the-convention");
    const [a, b, c] = convention;
    const [w1, w2] = await singles("withdrawal");
    const answers: GuestClaimAnswer[] = [
      { questionVersionId: b!.id, response: responseFromKey(b!), answeredAt: at(2) },
      { questionVersionId: a!.id, response: responseFromKey(a!), answeredAt: at(1) },
      { questionVersionId: c!.id, response: responseFromKey(c!), answeredAt: at(3) },
      { questionVersionId: w1!.id, response: responseFromKey(w1!), answeredAt: at(10) },
      { questionVersionId: w2!.id, response: wrongSingle(w2!), answeredAt: at(11) },
    ];
    const claimId = randomUUID();
    const result = await claimGuestProgress(id, claimId, answers, NOW);
    expect(result).toMatchObject({ claimed: true, attempts: 2, answers: 5 });
    expect(result.attemptIds).toHaveLength(2);

    const [first, second] = await attemptsOf(id);
    expect(first!.quiz).toEqual({ slug: "the-convention-practice", mode: "PRACTICE" });
    expect(first).toMatchObject({ status: "SUBMITTED", openSlot: null, lastSeq: 3, submittedAt: NOW, startedAt: new Date(at(1)) });
    expect(first!.maxScore).toBe(a!.points + b!.points + c!.points);
    expect(first!.score).toBe(first!.maxScore);
    // In the order given on the device, with the stored choice order.
    expect(first!.questions.map((q) => [q.position, q.questionVersionId])).toEqual([
      [1, a!.id],
      [2, b!.id],
      [3, c!.id],
    ]);
    expect(first!.questions.map((q) => q.choiceOrder)).toEqual([a, b, c].map((q) => shuffledChoiceIds(q!)));
    expect(first!.answers.map((x) => [x.seq, x.isCorrect, x.gradedAt])).toEqual([
      [1, true, NOW],
      [2, true, NOW],
      [3, true, NOW],
    ]);

    expect(second!.quiz.slug).toBe("withdrawal-practice");
    expect(second).toMatchObject({ lastSeq: 2, score: w1!.points, maxScore: w1!.points + w2!.points });
    expect(second!.answers.map((x) => x.isCorrect)).toEqual([true, false]);
    expect(second!.answers[1]!.score).toBe(0);

    expect(await db.guestClaim.findUnique({ where: { id: claimId }, select: { userId: true, attempts: true, answers: true } })).toEqual({ userId: id, attempts: 2, answers: 5 });
    expect([first, second].every((x) => x!.progressAppliedAt !== null)).toBe(true);
    const progress = await db.lessonProgress.findMany({ where: { userId: id }, orderBy: { bestScore: "desc" }, select: { status: true, bestScore: true } });
    expect(progress).toEqual([
      { status: "COMPLETED", bestScore: 100 },
      { status: "COMPLETED", bestScore: (100 * w1!.points) / (w1!.points + w2!.points) },
    ]);
  });

  it("a claim sent twice adds the answers once", async () => {
    const { id } = await newStudent();
    const [a] = await currentKeyed("the-convention");
    const claimId = randomUUID();
    const answers = [{ questionVersionId: a!.id, response: responseFromKey(a!), answeredAt: at(1) }];
    expect((await claimGuestProgress(id, claimId, answers, NOW)).claimed).toBe(true);
    expect(await claimGuestProgress(id, claimId, answers, NOW)).toEqual({ claimed: false, attempts: 0, answers: 0, attemptIds: [] });
    expect(await db.attempt.count({ where: { userId: id } })).toBe(1);
    expect(await db.answer.count({ where: { attempt: { userId: id } } })).toBe(1);
  });

  it("two concurrent claims with one id add one set of attempts", async () => {
    const { id } = await newStudent();
    const convention = await currentKeyed("the-convention");
    const [w] = await singles("withdrawal");
    const answers = [...convention.slice(0, 4), w!].map((q, i) => ({ questionVersionId: q.id, response: responseFromKey(q), answeredAt: at(i) }));
    const claimId = randomUUID();
    const results = await Promise.all(Array.from({ length: 4 }, () => claimGuestProgress(id, claimId, answers, NOW)));
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
    expect(await db.attempt.count({ where: { userId: id } })).toBe(2);
    expect(await db.answer.count({ where: { attempt: { userId: id } } })).toBe(5);
  });

  it("a claim id taken by another account adds nothing to this one", async () => {
    const [{ id: first }, { id: second }] = await Promise.all([newStudent(), newStudent()]);
    const [a] = await currentKeyed("the-convention");
    const claimId = randomUUID();
    const answers = [{ questionVersionId: a!.id, response: responseFromKey(a!), answeredAt: at(1) }];
    await claimGuestProgress(first, claimId, answers, NOW);
    expect((await claimGuestProgress(second, claimId, answers, NOW)).claimed).toBe(false);
    expect(await db.attempt.count({ where: { userId: second } })).toBe(0);
  });

  it("ignores forged responses, unknown versions and a forged verdict: the server grades", async () => {
    const { id } = await newStudent();
    const [a, b, c] = await singles("the-convention");
    const forged = [
      { questionVersionId: a!.id, response: { optionId: "nope" }, answeredAt: at(1) },
      { questionVersionId: "no-such-version", response: { optionId: "x" }, answeredAt: at(2) },
      { questionVersionId: b!.id, response: wrongSingle(b!), answeredAt: at(3), correct: true, credit: 1, score: 99 },
      { questionVersionId: c!.id, response: { ...(responseFromKey(c!) as object), isCorrect: true }, answeredAt: at(4) },
    ] as GuestClaimAnswer[];
    const result = await claimGuestProgress(id, randomUUID(), forged, NOW);
    expect(result).toMatchObject({ claimed: true, attempts: 1, answers: 1 });
    const [attempt] = await attemptsOf(id);
    expect(attempt!.answers).toEqual([expect.objectContaining({ questionVersionId: b!.id, isCorrect: false, score: 0 })]);
    expect(attempt).toMatchObject({ score: 0, maxScore: b!.points, lastSeq: 1 });
  });

  it("takes one answer per question (the latest), and no device time later than now", async () => {
    const { id } = await newStudent();
    const [a] = await singles("the-convention");
    const answers = [
      { questionVersionId: a!.id, response: wrongSingle(a!), answeredAt: at(1) },
      { questionVersionId: a!.id, response: responseFromKey(a!), answeredAt: minutes(NOW, 5).toISOString() },
    ];
    await claimGuestProgress(id, randomUUID(), answers, NOW);
    const [attempt] = await attemptsOf(id);
    expect(attempt!.answers).toEqual([expect.objectContaining({ isCorrect: true, response: responseFromKey(a!) })]);
    expect(attempt!.startedAt).toEqual(NOW);
  });

  it("a claim with nothing usable is refused with a message, and writes nothing, not even the claim", async () => {
    const { id } = await newStudent();
    const claimId = randomUUID();
    await expect(claimGuestProgress(id, claimId, [{ questionVersionId: "nope", response: {}, answeredAt: at(1) }], NOW)).rejects.toThrow("None of these answers fit a current question");
    await expect(claimGuestProgress(id, claimId, [], NOW)).rejects.toThrow("None of these answers fit a current question");
    expect(await db.attempt.count({ where: { userId: id } })).toBe(0);
    expect(await db.guestClaim.count({ where: { id: claimId } })).toBe(0);
  });
});

describe("a guest's practice questions and checks", () => {
  it("shows every current question of the lesson in its order, with public fields only and choices shuffled by the seed", async () => {
    const keyed = await currentKeyed("the-convention");
    const questions = await getGuestPracticeQuestions("the-convention", 42);
    expect(questions.map((q) => q.id)).toEqual(keyed.map((q) => q.id));
    expect(await getGuestPracticeQuestions("the-convention", 42)).toEqual(questions);
    expect(JSON.stringify(questions)).not.toMatch(/"answerKey"|"explanation"|"isCorrect"|"accepted"|"matches"|"labels"|"correct"/);
    const ordering = questions.find((q) => q.content.type === "ordering");
    const key = keyed.find((q) => q.id === ordering?.id);
    if (ordering?.content.type === "ordering" && key?.type === "ordering") expect(ordering.content.items.map((i) => i.id)).not.toEqual(key.answerKey.order);
    expect(await getGuestPracticeQuestions("no-such-lesson")).toEqual([]);
  });

  it("grades an answer to a current version and returns its feedback", async () => {
    const [a] = await singles("the-convention");
    const right = await checkGuestAnswer(a!.id, responseFromKey(a!));
    expect(right).toMatchObject({ correct: true, credit: 1, points: a!.points });
    expect(right.explanation.length).toBeGreaterThan(0);
    expect((await checkGuestAnswer(a!.id, wrongSingle(a!))).correct).toBe(false);
  });

  it("refuses a response that does not fit, and an unknown, old or retired version", async () => {
    const [a, b] = await singles("the-debate");
    await expect(checkGuestAnswer(a!.id, { optionId: "nope" })).rejects.toMatchObject({ code: "invalid", message: "That option is not part of this question." });
    await expect(checkGuestAnswer(a!.id, null)).rejects.toMatchObject({ code: "invalid" });
    await expect(checkGuestAnswer("no-such-version", {})).rejects.toMatchObject({ code: "not_found" });

    // A newer version of a: the old one is no longer offered.
    const v = await db.questionVersion.findUniqueOrThrow({
      where: { id: a!.id },
      select: { questionId: true, version: true, type: true, objectiveKey: true, points: true, prompt: true, content: true, answerKey: true, explanation: true, refs: true, contentHash: true },
    });
    await db.questionVersion.create({ data: { ...v, version: v.version + 1, content: v.content!, answerKey: v.answerKey!, refs: v.refs! } });
    await expect(checkGuestAnswer(a!.id, responseFromKey(a!))).rejects.toMatchObject({ code: "not_found" });

    const { questionId } = await db.questionVersion.findUniqueOrThrow({ where: { id: b!.id }, select: { questionId: true } });
    await db.question.update({ where: { id: questionId }, data: { retiredAt: NOW } });
    await expect(checkGuestAnswer(b!.id, responseFromKey(b!))).rejects.toMatchObject({ code: "not_found" });
  });
});
