import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/assignments/audit";
import { analysedAttempt, countedAttempts, gradeFor, scoreAttempt, type VoidMode } from "@/lib/assignments/scoring";

const items = [
  { questionId: "q1", points: 1, earned: 1 },
  { questionId: "q2", points: 2, earned: 0.5 },
  { questionId: "q3", points: 1, earned: null },
];
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 12));

describe("scoring an attempt with voided questions", () => {
  it("without voids adds up what each answer earned", () => {
    expect(scoreAttempt(items, new Map())).toEqual({ score: 1.5, maxScore: 4 });
  });
  it("full credit gives a voided question's points, answered or not", () => {
    expect(scoreAttempt(items, new Map<string, VoidMode>([["q3", "FULL_CREDIT"]]))).toEqual({ score: 2.5, maxScore: 4 });
    expect(scoreAttempt(items, new Map<string, VoidMode>([["q2", "FULL_CREDIT"]]))).toEqual({ score: 3, maxScore: 4 });
  });
  it("excluding takes the question out of both the score and the total", () => {
    expect(scoreAttempt(items, new Map<string, VoidMode>([["q2", "EXCLUDE"]]))).toEqual({ score: 1, maxScore: 2 });
  });
});

describe("which attempts count", () => {
  const attempts = [
    { id: "late-best", submittedAt: at(5), percent: 80 },
    { id: "first", submittedAt: at(1), percent: 60 },
    { id: "early-best", submittedAt: at(3), percent: 80 },
  ];
  it("best: the highest, the earliest of equals", () => {
    expect(countedAttempts(attempts, "BEST").map((a) => a.id)).toEqual(["early-best"]);
  });
  it("last: the latest submitted, whatever the order given", () => {
    expect(countedAttempts(attempts, "LAST").map((a) => a.id)).toEqual(["late-best"]);
  });
  it("average: all, and analysis reads the latest", () => {
    expect(countedAttempts(attempts, "AVERAGE").map((a) => a.id)).toEqual(["first", "early-best", "late-best"]);
    expect(analysedAttempt(attempts, "AVERAGE")!.id).toBe("late-best");
    expect(analysedAttempt([], "BEST")).toBeNull();
  });
  it("the grade follows the rule, and a teacher's override wins", () => {
    expect(gradeFor(attempts, "BEST")).toEqual({ percent: 80, source: "attempts" });
    expect(gradeFor(attempts, "LAST")).toEqual({ percent: 80, source: "attempts" });
    expect(gradeFor(attempts, "AVERAGE")).toEqual({ percent: 73.3, source: "attempts" });
    expect(gradeFor(attempts, "BEST", 0)).toEqual({ percent: 0, source: "override" });
    expect(gradeFor([], "BEST")).toBeNull();
  });
});

describe("the audit trail, as the student reads it", () => {
  const base = { reason: "Oral exam", createdAt: at(1), actor: { name: "Ms Kovalenko" } };
  it("says who changed the grade, from what, to what, and why", () => {
    expect(describeChange({ ...base, action: "grade.override", detail: { percent: 85, previous: null } })).toBe("Ms Kovalenko set your grade to 85%. Reason: Oral exam");
    expect(describeChange({ ...base, action: "grade.override", detail: { percent: 90, previous: 85 } })).toBe("Ms Kovalenko set your grade to 90% (it was 85%). Reason: Oral exam");
  });
  it("names the voided question and what it means for the score", () => {
    expect(describeChange({ ...base, action: "question.void", reason: "Ambiguous", detail: { prompt: "Which treaty?", mode: "EXCLUDE" } })).toBe(
      "Ms Kovalenko voided the question “Which treaty?”: it no longer counts towards the score. Reason: Ambiguous",
    );
  });
  it("spells out an extension", () => {
    expect(describeChange({ ...base, reason: null, action: "assignment.extension", detail: { dueAt: "2026-03-12T17:00:00.000Z", extraTimeSec: 600, extraAttempts: 1 } })).toBe(
      "Ms Kovalenko gave you an extension: a due date of 12 Mar 2026, 17:00 UTC, 10 extra minutes per attempt, 1 extra attempt.",
    );
  });
  it("keeps a change by a teacher who has since deleted their account, without a name", () => {
    expect(describeChange({ ...base, actor: null, action: "grade.override", detail: { percent: 85, previous: null } })).toBe("A former teacher set your grade to 85%. Reason: Oral exam");
  });
});
