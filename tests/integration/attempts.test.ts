import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { finaliseAttempt, submitAttempt } from "@/lib/attempts/finalise";
import { sweepOverdueAttempts } from "@/lib/attempts/sweep";
import { saveAnswer } from "@/lib/attempts/save";
import { startAttempt } from "@/lib/attempts/start";
import { catchUpProgress, progressRollUp } from "@/lib/progress/roll-up";
import { getAttemptForStudent } from "@/lib/attempts/read";
import { log } from "@/lib/log";
import { responseFromKey } from "@/lib/quiz/rows";
import { keyedQuestions, minutes, newStudent, wrongSingle } from "../support/quiz";

const PRACTICE = "the-convention-practice";
const CHECK = "the-convention-check";

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

describe("starting", () => {
  it("ten concurrent starts open exactly one attempt (scenario 9)", async () => {
    const { id } = await newStudent();
    const ids = await Promise.all(Array.from({ length: 10 }, () => startAttempt(id, CHECK)));
    expect(new Set(ids).size).toBe(1);
    expect(await db.attempt.count({ where: { userId: id } })).toBe(1);
  });

  it("stores the question and option order, so every read and every device sees the same attempt (scenario 8)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const [q] = await keyedQuestions(attemptId);
    await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1);
    const now = new Date();
    const a = await getAttemptForStudent(id, attemptId, now);
    const b = await getAttemptForStudent(id, attemptId, now);
    expect(a).toEqual(b);
    expect(a!.remainingMs).toBeGreaterThan(29 * 60_000);
    expect(a!.items[0]!.response).toEqual(responseFromKey(q!));
    // The student's own responses come back; nothing else about the answers does.
    const withoutResponses = { ...a, items: a!.items.map(({ question, feedback }) => ({ question, feedback })) };
    expect(JSON.stringify(withoutResponses)).not.toMatch(/"answerKey"|"explanation"|"isCorrect"|"accepted"|"matches"|"labels"|"correct"/);
    expect(a!.items.every((i) => i.feedback === null)).toBe(true); // AFTER_SUBMIT
  });

  it("refuses a new attempt once the allowed attempts are used", async () => {
    const { id } = await newStudent();
    for (let i = 0; i < 3; i++) await submitAttempt(id, await startAttempt(id, CHECK));
    await expect(startAttempt(id, CHECK)).rejects.toThrow("You have used all 3 attempts at this quiz.");
  });
});

describe("saving", () => {
  it("a stale save never overwrites a newer one (scenario 4)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const q = (await keyedQuestions(attemptId)).find((x) => x.type === "single")!;
    expect((await saveAnswer(id, attemptId, q.id, responseFromKey(q), 5)).status).toBe("saved");
    const stale = await saveAnswer(id, attemptId, q.id, wrongSingle(q), 4);
    expect(stale).toMatchObject({ status: "stale", seq: 5 });
    const stored = await db.answer.findFirstOrThrow({ where: { attemptId, questionVersionId: q.id } });
    expect(stored.response).toEqual(responseFromKey(q));
    expect(stored.seq).toBe(5);
  });

  it("a save for another question with a lower number still counts: order is per question", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const [q1, q2] = await keyedQuestions(attemptId);
    await saveAnswer(id, attemptId, q2!.id, responseFromKey(q2!), 9);
    expect((await saveAnswer(id, attemptId, q1!.id, responseFromKey(q1!), 8)).status).toBe("saved");
    expect(await db.answer.count({ where: { attemptId } })).toBe(2);
  });

  it("the server owns the clock: a save after the deadline plus 60 s of grace is refused with a conflict (scenario 5)", async () => {
    const { id } = await newStudent();
    const start = new Date("2026-01-10T09:00:00Z");
    const attemptId = await startAttempt(id, CHECK, start);
    const [q] = await keyedQuestions(attemptId);
    // Within the grace period after the 30-minute limit: taken.
    expect((await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1, minutes(start, 30.9))).status).toBe("saved");
    // After it: refused, whatever the browser claims about its time.
    await expect(saveAnswer(id, attemptId, q!.id, { ...(responseFromKey(q!) as object) }, 2, minutes(start, 31.1))).rejects.toThrow(/Time is up/);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.status).toBe("SUBMITTED");
    expect(attempt.submittedAt).toEqual(minutes(start, 30));
  });

  it("rejects an option id from another question, a question not in the attempt and wrong types, writing nothing (scenario 18)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const q = (await keyedQuestions(attemptId)).find((x) => x.type === "single")!;
    const foreign = await db.questionVersion.findFirstOrThrow({ where: { type: "single", question: { lesson: { position: 2 } } }, select: { id: true, content: true } });
    const foreignOption = (foreign.content as { options: { id: string }[] }).options[0]!.id;
    await expect(saveAnswer(id, attemptId, q.id, { optionId: foreignOption }, 1)).rejects.toThrow("That option is not part of this question.");
    await expect(saveAnswer(id, attemptId, foreign.id, { optionId: foreignOption }, 2)).rejects.toThrow("That question is not part of this attempt.");
    await expect(saveAnswer(id, attemptId, q.id, { optionId: 42 }, 3)).rejects.toThrow("Choose one option.");
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).lastSeq).toBe(0);
  });

  it("practice mode returns feedback that quotes the source; assessed mode does not before submitting", async () => {
    const { id } = await newStudent();
    const practice = await startAttempt(id, PRACTICE);
    const p = (await keyedQuestions(practice)).find((x) => x.type === "single")!;
    const fb = (await saveAnswer(id, practice, p.id, wrongSingle(p), 1)).feedback!;
    expect(fb.correct).toBe(false);
    expect(fb.sources[0]!.text.length).toBeGreaterThan(20);
    expect(fb.explanation.length).toBeGreaterThan(20);

    const check = await startAttempt(id, CHECK);
    const c = (await keyedQuestions(check))[0]!;
    expect((await saveAnswer(id, check, c.id, responseFromKey(c), 1)).feedback).toBeNull();
  });
});

describe("submitting", () => {
  it("ten concurrent submits give one graded attempt and one score (scenario 3)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const questions = await keyedQuestions(attemptId);
    for (const [i, q] of questions.slice(0, 3).entries()) await saveAnswer(id, attemptId, q.id, responseFromKey(q), i + 1);
    const results = await Promise.all(Array.from({ length: 10 }, () => submitAttempt(id, attemptId)));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0]!.score).toBe(questions.slice(0, 3).reduce((s, q) => s + q.points, 0));
    expect(await db.attempt.count({ where: { userId: id, status: "SUBMITTED" } })).toBe(1);
  });

  it("the stored score is the server's own grading; a wrong answer scores nothing (scenario 13)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const qs = await keyedQuestions(attemptId);
    const single = qs.find((x) => x.type === "single")!;
    await saveAnswer(id, attemptId, single.id, { ...(wrongSingle(single) as object) }, 1);
    const result = await submitAttempt(id, attemptId);
    expect(result.score).toBe(0);
    const answer = await db.answer.findFirstOrThrow({ where: { attemptId } });
    expect(answer).toMatchObject({ isCorrect: false, score: 0 });
  });

  it("a save or a submit replayed against a closed attempt changes nothing (scenario 17)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const q = (await keyedQuestions(attemptId)).find((x) => x.type === "single")!;
    await saveAnswer(id, attemptId, q.id, wrongSingle(q), 1);
    const first = await submitAttempt(id, attemptId);
    await expect(saveAnswer(id, attemptId, q.id, responseFromKey(q), 2)).rejects.toThrow("This attempt is already submitted.");
    expect(await submitAttempt(id, attemptId)).toEqual(first);
    expect((await db.answer.findFirstOrThrow({ where: { attemptId } })).seq).toBe(1);
  });
});

describe("abandoned and overdue attempts", () => {
  it("an attempt abandoned with 5 of its answers is finalised with those 5 and submittedAt = deadline (scenario 6)", async () => {
    const { id } = await newStudent();
    const start = new Date("2026-02-01T08:00:00Z");
    const attemptId = await startAttempt(id, CHECK, start);
    const qs = await keyedQuestions(attemptId);
    for (const [i, q] of qs.slice(0, 5).entries()) await saveAnswer(id, attemptId, q.id, responseFromKey(q), i + 1, minutes(start, i + 1));
    const { finalised } = await sweepOverdueAttempts(minutes(start, 45));
    expect(finalised).toBeGreaterThanOrEqual(1);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { answers: true } });
    expect(attempt.status).toBe("SUBMITTED");
    expect(attempt.submittedAt).toEqual(minutes(start, 30));
    expect(attempt.answers).toHaveLength(5);
    expect(attempt.score).toBe(qs.slice(0, 5).reduce((s, q) => s + q.points, 0));
  });

  it("is finalised lazily when the student comes back, who can then start again", async () => {
    const { id } = await newStudent();
    const start = new Date("2026-02-02T08:00:00Z");
    const first = await startAttempt(id, CHECK, start);
    const second = await startAttempt(id, CHECK, minutes(start, 120));
    expect(second).not.toBe(first);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: first } })).submittedAt).toEqual(minutes(start, 30));
  });

  it("one corrupt attempt among 100 overdue ones does not stop the other 99, and is logged (scenario 7)", async () => {
    const start = new Date("2026-03-01T08:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const { id } = await newStudent();
      const attemptId = await startAttempt(id, CHECK, start);
      const [q] = await keyedQuestions(attemptId);
      await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1, start);
      ids.push(attemptId);
    }
    // Corrupt one stored answer so it can no longer be graded.
    await db.answer.updateMany({ where: { attemptId: ids[37] }, data: { response: { garbage: true } } });
    const errors = vi.spyOn(log, "error").mockImplementation(() => {});
    const { finalised, failed } = await sweepOverdueAttempts(minutes(start, 60));
    expect(failed).toBe(1);
    expect(finalised).toBeGreaterThanOrEqual(99);
    expect(await db.attempt.count({ where: { id: { in: ids }, status: "SUBMITTED" } })).toBe(99);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: ids[37] } })).status).toBe("IN_PROGRESS");
    expect(errors.mock.calls.some(([message, fields]) => message === "could not finalise an overdue attempt" && fields?.attemptId === ids[37] && fields?.err instanceof Error)).toBe(true);
    errors.mockRestore();
  }, 120_000); // 100 attempts started, answered and swept: minutes on a busy shared machine, and a correctness test, not a timing one

  it("finalising twice is harmless", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    await finaliseAttempt(attemptId, new Date());
    const once = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    await finaliseAttempt(attemptId, new Date(Date.now() + 1000));
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(once);
  });
});

describe("side effects", () => {
  it("a failing progress roll-up never blocks a submission, and the roll-up catches up later (scenario 10)", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, CHECK);
    const [q] = await keyedQuestions(attemptId);
    await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1);

    const errors = vi.spyOn(log, "error").mockImplementation(() => {});
    const broken = vi.spyOn(progressRollUp, "apply").mockRejectedValue(new Error("roll-up exploded"));
    const result = await submitAttempt(id, attemptId);
    expect(result.score).toBe(q!.points);
    const submitted = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(submitted).toMatchObject({ status: "SUBMITTED", score: q!.points, progressAppliedAt: null });
    expect((await db.lessonProgress.findFirstOrThrow({ where: { userId: id } })).status).toBe("IN_PROGRESS");
    expect(errors.mock.calls.some(([message, fields]) => message === "progress roll-up failed" && fields?.attemptId === attemptId && fields?.err instanceof Error)).toBe(true);

    broken.mockRestore();
    errors.mockRestore();
    const caughtUp = await catchUpProgress();
    expect(caughtUp.applied).toBeGreaterThanOrEqual(1);
    const progress = await db.lessonProgress.findFirstOrThrow({ where: { userId: id } });
    expect(progress.status).toBe("COMPLETED");
    expect(progress.latestScore).toBeGreaterThan(0);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).progressAppliedAt).not.toBeNull();
  });
});

describe("quiz policies", () => {
  it("draws N questions from the bank when the quiz says so", async () => {
    const { id } = await newStudent();
    const quiz = await db.quiz.update({ where: { slug: "withdrawal-check" }, data: { drawCount: 5 } });
    const attemptId = await startAttempt(id, quiz.slug);
    expect(await db.attemptQuestion.count({ where: { attemptId } })).toBe(5);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).maxScore).toBe(5);
    await db.quiz.update({ where: { slug: "withdrawal-check" }, data: { drawCount: null } });
  });

  it("an assessed quiz with feedback after each question returns it with each save; after submit only once submitted", async () => {
    const { id } = await newStudent();
    await db.quiz.update({ where: { slug: "military-arguments-check" }, data: { feedbackPolicy: "AFTER_EACH" } });
    const attemptId = await startAttempt(id, "military-arguments-check");
    const [q] = await keyedQuestions(attemptId);
    const saved = await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1);
    expect(saved.feedback).toMatchObject({ correct: true });
    await db.quiz.update({ where: { slug: "military-arguments-check" }, data: { feedbackPolicy: "AFTER_SUBMIT" } });

    const second = await newStudent();
    const other = await startAttempt(second.id, "military-arguments-check");
    const [q2] = await keyedQuestions(other);
    await saveAnswer(second.id, other, q2!.id, responseFromKey(q2!), 1);
    expect((await getAttemptForStudent(second.id, other))!.items.some((i) => i.feedback)).toBe(false);
    await submitAttempt(second.id, other);
    const review = (await getAttemptForStudent(second.id, other))!;
    expect(review.items.find((i) => i.question.id === q2!.id)!.feedback).toMatchObject({ correct: true });
    expect(review.feedbackNote).toBeNull();
  });
});
