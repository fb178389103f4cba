import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { createClass, joinClassByCode } from "@/lib/classes/mutations";
import { getClassRetention } from "@/lib/learning/queries";
import { retentionRollUp } from "@/lib/learning/retention";
import { answerReview, getReviewOverview, getReviewSession } from "@/lib/learning/review";
import { submitAttempt } from "@/lib/attempts/finalise";
import { saveAnswer } from "@/lib/attempts/save";
import { startAttempt } from "@/lib/attempts/start";
import { log } from "@/lib/log";
import { catchUpProgress, progressRollUp } from "@/lib/progress/roll-up";
import type { StoredQuestion } from "@/lib/quiz/types";
import { CURRENT_VERSION, responseFromKey } from "@/lib/quiz/rows";
import { keyedQuestions, newStudent, wrongSingle } from "../support/quiz";

type Keyed = StoredQuestion & { id: string };
const PRACTICE = "the-convention-practice";
const DAY0 = new Date("2026-03-02T15:00:00Z");
const DAY1 = new Date("2026-03-03T09:00:00Z");

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

/** A practice attempt with the first two single-choice questions wrong and the third right. */
async function practiseWithTwoMisses(userId: string, at = DAY0) {
  const attemptId = await startAttempt(userId, PRACTICE, at);
  const singles = (await keyedQuestions(attemptId)).filter((q) => q.type === "single");
  const [a, b, c] = singles as unknown as [Keyed, Keyed, Keyed];
  await saveAnswer(userId, attemptId, a.id, wrongSingle(a), 1, at);
  await saveAnswer(userId, attemptId, b.id, wrongSingle(b), 2, at);
  await saveAnswer(userId, attemptId, c.id, responseFromKey(c), 3, at);
  await submitAttempt(userId, attemptId, at);
  const questionOf = async (versionId: string) => (await db.questionVersion.findUniqueOrThrow({ where: { id: versionId }, select: { questionId: true } })).questionId;
  return { attemptId, missed: [a, b] as const, missedQuestionIds: [await questionOf(a.id), await questionOf(b.id)], right: c };
}

const mastery = (userId: string) => db.objectiveMastery.findMany({ where: { userId }, orderBy: { objectiveId: "asc" }, select: { objectiveId: true, level: true, correct: true, attempted: true, recent: true } });

describe("review and mastery after a practice quiz", () => {
  it("puts the two missed questions in box 1, due the next day, and updates mastery for the objectives answered", async () => {
    const { id } = await newStudent();
    const { missedQuestionIds } = await practiseWithTwoMisses(id);
    const items = await db.reviewItem.findMany({ where: { userId: id }, select: { questionId: true, box: true, dueAt: true, lapses: true } });
    expect(items.map((i) => i.questionId).sort()).toEqual([...missedQuestionIds].sort());
    expect(items.every((i) => i.box === 1 && i.lapses === 0 && i.dueAt.toISOString() === "2026-03-03T00:00:00.000Z")).toBe(true);
    const rows = await mastery(id);
    expect(rows.reduce((n, r) => n + r.attempted, 0)).toBe(3);
    expect(rows.reduce((n, r) => n + r.correct, 0)).toBe(1);
    expect(rows.every((r) => r.level === 1)).toBe(true);

    expect(await getReviewOverview(id, DAY0)).toMatchObject({ total: 2, dueNow: 0, laterToday: 0 });
    expect((await getReviewOverview(id, DAY0)).upcoming[0]!.count).toBe(2);
    expect(await getReviewOverview(id, DAY1)).toMatchObject({ total: 2, dueNow: 2 });
  });

  it("serves the due questions the next day, each followed by another question on the same paragraph, fact or objective", async () => {
    const { id } = await newStudent();
    const { missed } = await practiseWithTwoMisses(id);
    expect(await getReviewSession(id, DAY0)).toEqual([]);
    const session = await getReviewSession(id, DAY1, 8, () => 0);
    const due = session.filter((s) => s.kind === "due");
    expect(session.filter((s) => s.kind === "related")).toHaveLength(due.length);
    expect(due.map((s) => s.question.id).sort()).toEqual(missed.map((q) => q.id).sort());
    for (const [i, item] of session.entries()) {
      if (item.kind !== "related") continue;
      const before = session[i - 1]!;
      expect(before.kind).toBe("due");
      expect(item.question.id).not.toBe(before.question.id);
      expect(item.source).toBe(before.source);
    }
    // The session carries questions without their keys.
    expect(JSON.stringify(session)).not.toMatch(/answerKey|explanation|"correct"/);
  });

  it("a right review moves a question to box 2, due in 3 days; a wrong one stays in box 1 with a lapse; mastery records both", async () => {
    const { id } = await newStudent();
    const { missed, missedQuestionIds } = await practiseWithTwoMisses(id);
    const [a, b] = missed;
    const before = await mastery(id);
    const right = await answerReview(id, a.id, responseFromKey(a), DAY1);
    const wrong = await answerReview(id, b.id, wrongSingle(b), DAY1);
    expect(right).toMatchObject({ correct: true, schedule: { box: 2, dueAt: "2026-03-06T00:00:00.000Z" } });
    expect(right.feedback!.correct).toBe(true);
    expect(wrong).toMatchObject({ correct: false, schedule: { box: 1, dueAt: "2026-03-04T00:00:00.000Z" } });
    expect((await db.reviewItem.findFirstOrThrow({ where: { userId: id, questionId: missedQuestionIds[1] } })).lapses).toBe(1);
    const after = await mastery(id);
    expect(after.reduce((n, r) => n + r.attempted, 0)).toBe(before.reduce((n, r) => n + r.attempted, 0) + 2);
    expect(after.reduce((n, r) => n + r.correct, 0)).toBe(before.reduce((n, r) => n + r.correct, 0) + 1);
    expect(await getReviewOverview(id, DAY1)).toMatchObject({ dueNow: 0, total: 2 });
  });

  it("refuses an old or unknown version and a malformed answer, and changes nothing", async () => {
    const { id } = await newStudent();
    const { missed } = await practiseWithTwoMisses(id);
    await expect(answerReview(id, "no-such-version", { optionId: "x" }, DAY1)).rejects.toThrow(/not in the course/);
    await expect(answerReview(id, missed[0]!.id, { optionIds: "nonsense" }, DAY1)).rejects.toThrow();
    expect((await db.reviewItem.findMany({ where: { userId: id } })).every((i) => i.box === 1 && i.lapses === 0)).toBe(true);
  });

  it("a failing roll-up never blocks the submission; the catch-up applies review and mastery exactly once (scenario 10)", async () => {
    const { id } = await newStudent();
    const errors = vi.spyOn(log, "error").mockImplementation(() => {});
    const broken = vi.spyOn(progressRollUp, "apply").mockRejectedValue(new Error("roll-up exploded"));
    const { attemptId } = await practiseWithTwoMisses(id);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, progressAppliedAt: true } })).toEqual({ status: "SUBMITTED", progressAppliedAt: null });
    expect(await db.reviewItem.count({ where: { userId: id } })).toBe(0);
    expect(await db.objectiveMastery.count({ where: { userId: id } })).toBe(0);
    broken.mockRestore();
    errors.mockRestore();

    await catchUpProgress();
    await catchUpProgress();
    expect(await db.reviewItem.count({ where: { userId: id } })).toBe(2);
    expect((await mastery(id)).reduce((n, r) => n + r.attempted, 0)).toBe(3);
  });
});

describe("what the class keeps forgetting", () => {
  it("rolls the students' review items up per objective and paragraph, for the class's teachers only", async () => {
    const teacher = await db.user.create({ data: { email: `t-${Date.now()}@example.test`, name: "T", role: "TEACHER", passwordHash: "x" } });
    const other = await db.user.create({ data: { email: `t2-${Date.now()}@example.test`, name: "T2", role: "TEACHER", passwordHash: "x" } });
    const cls = await createClass(teacher.id, "Retention");
    const [a, b] = [await newStudent(), await newStudent()];
    for (const s of [a, b]) {
      await joinClassByCode(s.id, cls.joinCode);
      await practiseWithTwoMisses(s.id);
    }
    await practiseWithTwoMisses((await newStudent()).id); // not in the class: not counted

    const retention = (await getClassRetention(teacher.id, cls.id, DAY1))!;
    const inReview = retention.byObjective.reduce((n, r) => n + r.inReview, 0);
    expect(inReview).toBe(await db.reviewItem.count({ where: { userId: { in: [a.id, b.id] } } }));
    expect(retention.byObjective.every((r) => r.students >= 1 && r.students <= 2 && r.dueNow === r.inReview)).toBe(true);
    expect(retention.byObjective[0]!.label).toMatch(/^Lesson 1, objective \d: /);
    // The sums done in SQL equal the roll-up of the individual items.
    const items = await db.reviewItem.findMany({ where: { userId: { in: [a.id, b.id] } }, select: { userId: true, questionId: true, dueAt: true, lapses: true, version: true } });
    const questions = await db.question.findMany({ where: { retiredAt: null }, select: { id: true, lessonId: true, versions: { ...CURRENT_VERSION, select: { version: true, objectiveKey: true, refs: true } } } });
    const meta = new Map(questions.map((q) => [q.id, { objective: `${q.lessonId}:${q.versions[0]!.objectiveKey}`, paragraphs: (q.versions[0]!.refs as string[]).filter((r) => r.startsWith("p")), version: q.versions[0]!.version }]));
    const unlabelled = (rows: { key: string; students: number; inReview: number; dueNow: number; lapses: number }[]) => rows.map((r) => ({ key: r.key, students: r.students, inReview: r.inReview, dueNow: r.dueNow, lapses: r.lapses }));
    expect(unlabelled(retention.byObjective)).toEqual(retentionRollUp(items, meta, "objective", DAY1));
    expect(unlabelled(retention.byParagraph)).toEqual(retentionRollUp(items, meta, "paragraph", DAY1));
    expect(await getClassRetention(other.id, cls.id, DAY1)).toBeNull();
  });
});
