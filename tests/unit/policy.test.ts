import { describe, expect, it } from "vitest";
import { countedScore, deadlineFor, feedbackReleased, GRACE_MS, isOverdue, submittedAtFor } from "@/lib/quiz/policy";

const t0 = new Date("2026-05-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("attempt clock", () => {
  it("sets the deadline from the time limit, capped by a close date", () => {
    expect(deadlineFor(t0, 600)).toEqual(at(600_000));
    expect(deadlineFor(t0, null)).toBeNull();
    expect(deadlineFor(t0, 600, at(300_000))).toEqual(at(300_000));
    expect(deadlineFor(t0, null, at(300_000))).toEqual(at(300_000));
  });

  it("is overdue only after the deadline plus a grace of at least 60 s", () => {
    const attempt = { status: "IN_PROGRESS" as const, deadline: at(600_000) };
    expect(GRACE_MS).toBeGreaterThanOrEqual(60_000);
    expect(isOverdue(attempt, at(600_000 + GRACE_MS))).toBe(false);
    expect(isOverdue(attempt, at(600_000 + GRACE_MS + 1))).toBe(true);
    expect(isOverdue({ status: "SUBMITTED", deadline: at(0) }, at(1e12))).toBe(false);
    expect(isOverdue({ status: "IN_PROGRESS", deadline: null }, at(1e12))).toBe(false);
  });

  it("never records a submission after the deadline", () => {
    expect(submittedAtFor(at(600_000), at(650_000))).toEqual(at(600_000));
    expect(submittedAtFor(at(600_000), at(1_000))).toEqual(at(1_000));
    expect(submittedAtFor(null, at(1_000))).toEqual(at(1_000));
  });
});

describe("feedback policy", () => {
  it("after each question: always", () => {
    expect(feedbackReleased("AFTER_EACH", "IN_PROGRESS", t0)).toBe(true);
  });
  it("after submit: only once submitted", () => {
    expect(feedbackReleased("AFTER_SUBMIT", "IN_PROGRESS", t0)).toBe(false);
    expect(feedbackReleased("AFTER_SUBMIT", "SUBMITTED", t0)).toBe(true);
  });
  it("after the due date: only once submitted and due", () => {
    expect(feedbackReleased("AFTER_DUE", "SUBMITTED", t0, at(1))).toBe(false);
    expect(feedbackReleased("AFTER_DUE", "SUBMITTED", at(1), at(1))).toBe(true);
    expect(feedbackReleased("AFTER_DUE", "IN_PROGRESS", at(2), at(1))).toBe(false);
  });
});

describe("scoring rules", () => {
  it("counts best, last or average of the attempts in time order", () => {
    expect(countedScore([40, 90, 70], "BEST")).toBe(90);
    expect(countedScore([40, 90, 70], "LAST")).toBe(70);
    expect(countedScore([40, 90, 70], "AVERAGE")).toBe(66.7);
    expect(countedScore([], "BEST")).toBeNull();
  });
});
