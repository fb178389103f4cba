import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { checkPracticeAnswer, finishAttempt, startPracticeAttempt } from "@/lib/quiz/mutations";
import { getAttemptForStudent, getResultsForStudent } from "@/lib/quiz/queries";

const QUIZ = "the-convention-practice";
let seq = 0;
const newStudent = () => db.user.create({ data: { email: `s${++seq}-${Date.now()}@example.test`, name: "S", passwordHash: "x" }, select: { id: true } });

/** Reads a slot's key straight from the database, as only the server may. */
async function keyedSlot(attemptId: string, type: string) {
  const slot = await db.attemptQuestion.findFirstOrThrow({
    where: { attemptId, questionVersion: { type } },
    select: { questionVersion: { select: { id: true, content: true, answerKey: true, points: true } } },
  });
  return slot.questionVersion as { id: string; content: { options: { id: string }[] }; answerKey: { optionId: string }; points: number };
}

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

describe("practice attempts", () => {
  it("ten concurrent starts open exactly one attempt", async () => {
    const { id } = await newStudent();
    const ids = await Promise.all(Array.from({ length: 10 }, () => startPracticeAttempt(QUIZ, id)));
    expect(new Set(ids).size).toBe(1);
    expect(await db.attempt.count({ where: { userId: id } })).toBe(1);
  });

  it("shows the questions in a stored shuffled order, the same on every read, without keys", async () => {
    const { id } = await newStudent();
    const attemptId = await startPracticeAttempt(QUIZ, id);
    const a = await getAttemptForStudent(attemptId, id);
    const b = await getAttemptForStudent(attemptId, id);
    expect(a).toEqual(b);
    expect(a!.items.length).toBe(loadCourse().lessons[0]!.questions.length);
    const json = JSON.stringify(a);
    expect(json).not.toMatch(/answerKey|explanation|isCorrect|"optionId"|"accepted"/);
  });

  it("grades on the server and ignores forged fields", async () => {
    const { id } = await newStudent();
    const attemptId = await startPracticeAttempt(QUIZ, id);
    const slot = await keyedSlot(attemptId, "single");
    const wrong = slot.content.options.find((o) => o.id !== slot.answerKey.optionId)!.id;

    await expect(checkPracticeAnswer(attemptId, id, slot.id, { optionId: wrong, isCorrect: true, score: 1 })).rejects.toThrow(/not part of this question|Choose one option/);
    const feedback = await checkPracticeAnswer(attemptId, id, slot.id, { optionId: wrong });
    expect(feedback.correct).toBe(false);
    expect(feedback.sources.length).toBeGreaterThan(0);
    expect(feedback.sources[0]!.text.length).toBeGreaterThan(20);
    const right = await checkPracticeAnswer(attemptId, id, slot.id, { optionId: slot.answerKey.optionId });
    expect(right.correct).toBe(true);
    const answer = await db.answer.findFirstOrThrow({ where: { attemptId, questionVersionId: slot.id } });
    expect(answer).toMatchObject({ isCorrect: true, score: slot.points, tries: 2 });
  });

  it("rejects an option id from another question and a question not in the attempt, writing nothing", async () => {
    const { id } = await newStudent();
    const attemptId = await startPracticeAttempt(QUIZ, id);
    const slot = await keyedSlot(attemptId, "single");
    const foreign = await db.questionVersion.findFirstOrThrow({ where: { type: "single", question: { lesson: { position: 2 } } }, select: { id: true, content: true } });
    const foreignOption = (foreign.content as { options: { id: string }[] }).options[0]!.id;

    await expect(checkPracticeAnswer(attemptId, id, slot.id, { optionId: foreignOption })).rejects.toThrow("That option is not part of this question.");
    await expect(checkPracticeAnswer(attemptId, id, foreign.id, { optionId: foreignOption })).rejects.toThrow("That question is not part of this attempt.");
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
  });

  it("treats another student's attempt as not found, for reads and writes", async () => {
    const owner = await newStudent();
    const intruder = await newStudent();
    const attemptId = await startPracticeAttempt(QUIZ, owner.id);
    const slot = await keyedSlot(attemptId, "single");
    expect(await getAttemptForStudent(attemptId, intruder.id)).toBeNull();
    await expect(checkPracticeAnswer(attemptId, intruder.id, slot.id, { optionId: slot.answerKey.optionId })).rejects.toThrow(/not part of this attempt/);
    await expect(finishAttempt(attemptId, intruder.id)).rejects.toThrow(/does not exist/);
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("IN_PROGRESS");
  });

  it("finishing is idempotent under concurrency, and a finished attempt takes no more answers", async () => {
    const { id } = await newStudent();
    const attemptId = await startPracticeAttempt(QUIZ, id);
    const slot = await keyedSlot(attemptId, "single");
    await checkPracticeAnswer(attemptId, id, slot.id, { optionId: slot.answerKey.optionId });

    const results = await Promise.all(Array.from({ length: 10 }, () => finishAttempt(attemptId, id)));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0]).toMatchObject({ score: slot.points });
    expect(await getResultsForStudent((await db.quiz.findUniqueOrThrow({ where: { slug: QUIZ } })).id, id)).toHaveLength(1);

    await expect(checkPracticeAnswer(attemptId, id, slot.id, { optionId: slot.answerKey.optionId })).rejects.toThrow("This attempt is already finished.");
    const progress = await db.lessonProgress.findFirstOrThrow({ where: { userId: id } });
    expect(progress.status).toBe("COMPLETED");
    expect(progress.latestScore).toBe(results[0]!.percent);

    // A new practice attempt can be opened once the last one is closed.
    expect(await startPracticeAttempt(QUIZ, id)).not.toBe(attemptId);
  });
});
