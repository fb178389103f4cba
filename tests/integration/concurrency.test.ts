// Many concurrent calls, as several instances on PostgreSQL (READ COMMITTED) make them, and as a
// web process and its sweeper make them on SQLite. Each test states the invariant that a race
// would break. Run with TEST_DB=postgresql as well as on SQLite.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { submitAttempt } from "@/lib/attempts/finalise";
import { sweepOverdueAttempts } from "@/lib/attempts/sweep";
import { saveAnswer } from "@/lib/attempts/save";
import { startAttempt } from "@/lib/attempts/start";
import { rollUpProgress } from "@/lib/progress/roll-up";
import { responseFromKey } from "@/lib/quiz/rows";
import { keyedQuestions, minutes, newStudent } from "../support/quiz";

const CHECK = "the-convention-check";
const PRACTICE = "the-convention-practice";

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

/** Waits a random 0–3 ms, so that concurrent calls interleave differently each round. */
const jitter = () => new Promise((r) => setTimeout(r, Math.random() * 3));

describe("saving while submitting", () => {
  it("every save that was acknowledged counts in the graded score, however it interleaves with the submit", async () => {
    for (let round = 0; round < 12; round++) {
      const { id } = await newStudent();
      const attemptId = await startAttempt(id, CHECK);
      const questions = await keyedQuestions(attemptId);
      const saves = questions.slice(0, 8).map(async (q, i) => {
        await jitter();
        return saveAnswer(id, attemptId, q.id, responseFromKey(q), i + 1).then(
          (r) => ({ q, status: r.status }),
          () => ({ q, status: "refused" as const }),
        );
      });
      const submit = (async () => {
        await jitter();
        return submitAttempt(id, attemptId);
      })();
      const [results, result] = await Promise.all([Promise.all(saves), submit]);
      const acknowledged = results.filter((r) => r.status === "saved");
      const stored = await db.answer.findMany({ where: { attemptId }, select: { questionVersionId: true, gradedAt: true } });
      const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      // What the student was told was saved is exactly what was graded.
      expect(stored.map((a) => a.questionVersionId).sort()).toEqual(acknowledged.map((r) => r.q.id).sort());
      expect(stored.every((a) => a.gradedAt?.getTime() === attempt.submittedAt!.getTime())).toBe(true);
      expect(result.score).toBe(acknowledged.reduce((s, r) => s + r.q.points, 0));
    }
  }, 60_000);

  it("of many saves to one question sent at once, the highest sequence number wins", async () => {
    for (let round = 0; round < 8; round++) {
      const { id } = await newStudent();
      const attemptId = await startAttempt(id, PRACTICE);
      const q = (await keyedQuestions(attemptId)).find((x) => x.type === "single")!;
      const options = (q.content as { options: { id: string }[] }).options;
      const sent = Array.from({ length: 12 }, (_, i) => ({ seq: i + 1, optionId: options[i % options.length]!.id }));
      const results = await Promise.all(sent.map(async (s) => (await jitter(), saveAnswer(id, attemptId, q.id, { optionId: s.optionId }, s.seq))));
      const stored = await db.answer.findFirstOrThrow({ where: { attemptId, questionVersionId: q.id } });
      expect(stored.seq).toBe(12);
      expect(stored.response).toEqual({ optionId: sent[11]!.optionId });
      expect(results[11]!.status).toBe("saved");
    }
  }, 60_000);
});

describe("progress, review and mastery", () => {
  it("a roll-up run by a request and by two sweepers at once applies the attempt once", async () => {
    const { id } = await newStudent();
    const attemptId = await startAttempt(id, PRACTICE);
    const [q] = await keyedQuestions(attemptId);
    await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1);
    // Close the attempt without its roll-up, as a submit whose roll-up failed leaves it.
    await db.attempt.update({ where: { id: attemptId }, data: { status: "SUBMITTED", openSlot: null, submittedAt: new Date() } });
    await Promise.all(Array.from({ length: 4 }, async () => (await jitter(), rollUpProgress(attemptId))));
    const rows = await db.objectiveMastery.findMany({ where: { userId: id } });
    expect(rows.reduce((n, r) => n + r.attempted, 0)).toBe(1);
  });

  it("concurrent submissions by one student lose no mastery update and never hit the unique index", async () => {
    const { id } = await newStudent();
    // Eight lesson checks of the same lesson can't be open at once; practice attempts at six lessons can.
    const quizzes = ["the-convention-practice", "withdrawal-practice", "military-arguments-practice", "humanitarian-arguments-practice", "other-withdrawals-practice", "the-debate-practice"];
    const attempts = await Promise.all(quizzes.map((slug) => startAttempt(id, slug)));
    let answered = 0;
    for (const attemptId of attempts)
      for (const [i, q] of (await keyedQuestions(attemptId)).slice(0, 3).entries()) {
        await saveAnswer(id, attemptId, q.id, responseFromKey(q), i + 1);
        answered++;
      }
    const results = await Promise.allSettled(attempts.map(async (a) => (await jitter(), submitAttempt(id, a))));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const pending = await db.attempt.count({ where: { userId: id, progressAppliedAt: null } });
    expect(pending).toBe(0);
    const rows = await db.objectiveMastery.findMany({ where: { userId: id } });
    expect(rows.reduce((n, r) => n + r.attempted, 0)).toBe(answered);
  });

  it("the same student's review items and mastery, updated by two roll-ups of the same lesson at once, count both", async () => {
    const { id } = await newStudent();
    const first = await startAttempt(id, PRACTICE);
    const [q] = await keyedQuestions(first);
    await saveAnswer(id, first, q!.id, responseFromKey(q!), 1);
    // Closed without its roll-up, as a submit whose roll-up failed leaves it.
    await db.attempt.update({ where: { id: first }, data: { status: "SUBMITTED", openSlot: null, submittedAt: new Date() } });
    const second = await startAttempt(id, PRACTICE);
    const [q2] = (await keyedQuestions(second)).filter((x) => x.id === q!.id);
    await saveAnswer(id, second, q2!.id, responseFromKey(q2!), 1);
    await db.attempt.update({ where: { id: second }, data: { status: "SUBMITTED", openSlot: null, submittedAt: new Date() } });
    // Both rolled up at the same moment, each twice.
    await Promise.all([rollUpProgress(first), rollUpProgress(second), rollUpProgress(first), rollUpProgress(second)]);
    const rows = await db.objectiveMastery.findMany({ where: { userId: id } });
    expect(rows.reduce((n, r) => n + r.attempted, 0)).toBe(2);
  });
});

describe("background work shared by instances", () => {
  it("two sweeps at once finalise each overdue attempt once and roll it up once", async () => {
    const start = new Date("2026-04-01T08:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { id } = await newStudent();
      const attemptId = await startAttempt(id, CHECK, start);
      const [q] = await keyedQuestions(attemptId);
      await saveAnswer(id, attemptId, q!.id, responseFromKey(q!), 1, start);
      ids.push(attemptId);
    }
    const [a, b] = await Promise.all([sweepOverdueAttempts(minutes(start, 60)), sweepOverdueAttempts(minutes(start, 60))]);
    expect(a.failed + b.failed).toBe(0);
    const attempts = await db.attempt.findMany({ where: { id: { in: ids } }, select: { status: true, userId: true, progressAppliedAt: true } });
    expect(attempts.every((x) => x.status === "SUBMITTED" && x.progressAppliedAt)).toBe(true);
    const mastery = await db.objectiveMastery.findMany({ where: { userId: { in: attempts.map((x) => x.userId) } } });
    // Assessed work counts every question; each attempt was applied exactly once.
    const perStudent = attempts.length ? mastery.reduce((n, r) => n + r.attempted, 0) / attempts.length : 0;
    const questions = await db.attemptQuestion.count({ where: { attemptId: ids[0] } });
    expect(perStudent).toBe(questions);
  }, 60_000);
});
