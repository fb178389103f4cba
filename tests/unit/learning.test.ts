import { describe, expect, it } from "vitest";
import { levelOf, nextMastery, NOT_STARTED, type MasteryState } from "@/lib/learning/mastery";
import { dueAfter, isDue, nextReview, outcomeOf, startOfDay, type ReviewState } from "@/lib/learning/schedule";
import { retentionRollUp } from "@/lib/learning/retention";
import { suggestReviews } from "@/lib/learning/suggest";

const at = (day: number, hour = 15) => new Date(Date.UTC(2026, 2, day, hour));
const midnight = (day: number) => new Date(Date.UTC(2026, 2, day));

describe("the review schedule (Leitner boxes 1, 3, 7, 16, 35 days)", () => {
  it("a first miss enters box 1, due at the start of the next day; a first right answer stays out", () => {
    expect(nextReview(null, "wrong", at(2), 1)).toEqual({ box: 1, dueAt: midnight(3), lapses: 0, version: 1, lastReviewedAt: at(2) });
    expect(nextReview(null, "right_after_miss", at(2), 1)!.box).toBe(1);
    expect(nextReview(null, "right", at(2), 1)).toBeNull();
  });

  it("repeated success climbs the boxes, further apart each time, and stops at the top", () => {
    let state = nextReview(null, "wrong", at(1), 1)!;
    const dues: string[] = [];
    for (let i = 0; i < 6; i++) {
      const when = new Date(state.dueAt.getTime() + 9 * 3_600_000); // answered on the due day
      state = nextReview(state, "right", when, 1)!;
      dues.push(`${state.box}:${state.dueAt.toISOString().slice(0, 10)}`);
    }
    expect(dues).toEqual(["2:2026-03-05", "3:2026-03-12", "4:2026-03-28", "5:2026-05-02", "5:2026-06-06", "5:2026-07-11"]);
  });

  it("a miss resets to box 1 and counts a lapse", () => {
    const state: ReviewState = { box: 4, dueAt: midnight(10), lapses: 1, version: 1, lastReviewedAt: at(1) };
    expect(nextReview(state, "wrong", at(10), 1)).toEqual({ box: 1, dueAt: midnight(11), lapses: 2, version: 1, lastReviewedAt: at(10) });
    expect(nextReview(state, "right_after_miss", at(10), 1)!.box).toBe(1);
  });

  it("after a long gap, a right answer moves up one box only, counted from the day it is answered", () => {
    const state: ReviewState = { box: 2, dueAt: midnight(5), lapses: 0, version: 1, lastReviewedAt: at(2) };
    const late = new Date(Date.UTC(2026, 5, 1, 10));
    expect(nextReview(state, "right", late, 1)).toEqual({ box: 3, dueAt: new Date(Date.UTC(2026, 5, 8)), lapses: 0, version: 1, lastReviewedAt: late });
  });

  it("a right answer before the due date changes nothing", () => {
    const state: ReviewState = { box: 2, dueAt: midnight(5), lapses: 0, version: 1, lastReviewedAt: at(2) };
    expect(nextReview(state, "right", at(4), 1)).toBe(state);
  });

  it("a question whose version changed is due at once and starts again from box 1, keeping its lapses", () => {
    const state: ReviewState = { box: 4, dueAt: midnight(30), lapses: 2, version: 1, lastReviewedAt: at(2) };
    expect(isDue(state, 1, at(10))).toBe(false);
    expect(isDue(state, 2, at(10))).toBe(true);
    expect(nextReview(state, "right", at(10), 2)).toEqual({ box: 2, dueAt: midnight(13), lapses: 2, version: 2, lastReviewedAt: at(10) });
    expect(nextReview(state, "wrong", at(10), 2)).toEqual({ box: 1, dueAt: midnight(11), lapses: 3, version: 2, lastReviewedAt: at(10) });
  });

  it("days start at midnight UTC", () => {
    expect(startOfDay(at(7, 23))).toEqual(midnight(7));
    expect(dueAfter(3, at(7, 0))).toEqual(midnight(14));
  });

  it("practice tries turn a right answer after a miss into a miss for review", () => {
    expect(outcomeOf({ isCorrect: true, tries: 1 }, true)).toBe("right");
    expect(outcomeOf({ isCorrect: true, tries: 3 }, true)).toBe("right_after_miss");
    expect(outcomeOf({ isCorrect: true, tries: 3 }, false)).toBe("right");
    expect(outcomeOf({ isCorrect: false, tries: 1 }, false)).toBe("wrong");
    expect(outcomeOf({ isCorrect: null, tries: 0 }, false)).toBe("wrong");
  });
});

describe("mastery per objective", () => {
  const answer = (state: MasteryState | null, correct: boolean, review = false, day = 1) => nextMastery(state, { correct, review, at: at(day) });

  it("starts not started; a first miss makes it familiar", () => {
    expect(NOT_STARTED.level).toBe(0);
    expect(answer(null, false)).toEqual({ level: 1, correct: 0, attempted: 1, recent: "0", retainedAt: null });
  });

  it("becomes proficient with at least 3 answers and 80 % of the last 5 right, and mastered after a right review", () => {
    let s = answer(null, true);
    s = answer(s, true);
    expect(s.level).toBe(1); // two answers are not enough
    s = answer(s, true);
    expect(s.level).toBe(2);
    s = answer(s, true, true, 4);
    expect(s).toEqual({ level: 3, correct: 4, attempted: 4, recent: "1111", retainedAt: at(4) });
  });

  it("looks only at the last 5 answers, and a missed review takes mastery back", () => {
    let s: MasteryState = { level: 3, correct: 9, attempted: 12, recent: "11111", retainedAt: at(2) };
    s = answer(s, false); // an ordinary miss: 4 of the last 5 right, still mastered
    expect(s).toMatchObject({ level: 3, recent: "11110" });
    s = answer(s, false, true); // a missed review
    expect(s).toMatchObject({ level: 1, recent: "11100", retainedAt: null });
  });

  it("levelOf reads the window", () => {
    expect(levelOf("", null)).toBe(0);
    expect(levelOf("10111", null)).toBe(2);
    expect(levelOf("10011", at(1))).toBe(1);
  });
});

describe("suggested reviews before a due date", () => {
  const now = at(10, 12);
  const work = [
    { id: "soon", title: "Check 1", dueAt: at(12, 17), lessonSlug: "l1", lessonTitle: "Lesson 1", status: "not_started" },
    { id: "later", title: "Check 2", dueAt: at(20, 17), lessonSlug: "l2", lessonTitle: "Lesson 2", status: "not_started" },
    { id: "done", title: "Check 3", dueAt: at(11, 17), lessonSlug: "l1", lessonTitle: "Lesson 1", status: "submitted" },
    { id: "nothing", title: "Check 4", dueAt: at(11, 9), lessonSlug: "l3", lessonTitle: "Lesson 3", status: "in_progress" },
  ];
  it("suggests the lessons of work due within 3 days that has questions in review", () => {
    const queue = [
      { lessonSlug: "l1", due: true },
      { lessonSlug: "l1", due: false },
      { lessonSlug: "l2", due: true },
    ];
    expect(suggestReviews(work, queue, now)).toEqual([{ assignmentId: "soon", title: "Check 1", dueAt: at(12, 17), lessonTitle: "Lesson 1", questions: 2, dueNow: 1 }]);
  });
});

describe("what the class keeps forgetting", () => {
  const meta = new Map([
    ["q1", { objective: "L1:o1", paragraphs: ["p5"], version: 1 }],
    ["q2", { objective: "L1:o1", paragraphs: ["p5", "p6"], version: 2 }],
    ["q3", { objective: "L1:o2", paragraphs: [], version: 1 }],
  ]);
  const items = [
    { userId: "ana", questionId: "q1", dueAt: midnight(5), lapses: 2, version: 1 },
    { userId: "bo", questionId: "q1", dueAt: midnight(20), lapses: 0, version: 1 },
    { userId: "ana", questionId: "q2", dueAt: midnight(20), lapses: 1, version: 1 }, // an older version: due at once
    { userId: "bo", questionId: "q3", dueAt: midnight(20), lapses: 0, version: 1 },
  ];
  it("counts students, items in review, items due and misses in review, per objective and per paragraph", () => {
    expect(retentionRollUp(items, meta, "objective", at(10))).toEqual([
      { key: "L1:o1", students: 2, inReview: 3, dueNow: 2, lapses: 3 },
      { key: "L1:o2", students: 1, inReview: 1, dueNow: 0, lapses: 0 },
    ]);
    expect(retentionRollUp(items, meta, "paragraph", at(10))).toEqual([
      { key: "p5", students: 2, inReview: 3, dueNow: 2, lapses: 3 },
      { key: "p6", students: 1, inReview: 1, dueNow: 1, lapses: 1 },
    ]);
  });
});
