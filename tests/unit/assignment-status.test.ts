import { describe, expect, it } from "vitest";
import { acceptsWork, assignmentStatus } from "@/lib/assignments/status";
import { effectiveDueAt } from "@/lib/quiz/policy";

const d = (iso: string) => new Date(`2026-03-${iso}Z`);
const base = { openAt: d("01T08:00:00"), dueAt: d("10T17:00:00"), closeAt: d("12T17:00:00") };

describe("assignment status", () => {
  it("is not open before the open date, and not started once open", () => {
    expect(assignmentStatus({ ...base, now: d("01T07:59:00"), attempts: [] })).toBe("not_open");
    expect(assignmentStatus({ ...base, now: d("05T12:00:00"), attempts: [] })).toBe("not_started");
  });
  it("is in progress with an open attempt, even after the due date", () => {
    expect(assignmentStatus({ ...base, now: d("11T12:00:00"), attempts: [{ status: "IN_PROGRESS", submittedAt: null }] })).toBe("in_progress");
  });
  it("is submitted when any attempt was submitted by the due date, late when only after it", () => {
    expect(assignmentStatus({ ...base, now: d("12T00:00:00"), attempts: [{ status: "SUBMITTED", submittedAt: d("10T17:00:00") }] })).toBe("submitted");
    expect(assignmentStatus({ ...base, now: d("12T00:00:00"), attempts: [{ status: "SUBMITTED", submittedAt: d("10T17:00:01") }] })).toBe("late");
    expect(
      assignmentStatus({
        ...base,
        now: d("12T00:00:00"),
        attempts: [
          { status: "SUBMITTED", submittedAt: d("11T09:00:00") },
          { status: "SUBMITTED", submittedAt: d("09T09:00:00") },
        ],
      }),
    ).toBe("submitted");
  });
  it("is missing after the due date with nothing submitted", () => {
    expect(assignmentStatus({ ...base, now: d("10T17:00:01"), attempts: [] })).toBe("missing");
  });
  it("moves the due date for a student with an extension", () => {
    const extendedDueAt = d("14T17:00:00");
    expect(effectiveDueAt(base.dueAt, extendedDueAt)).toEqual(extendedDueAt);
    expect(effectiveDueAt(base.dueAt, d("01T00:00:00"))).toEqual(base.dueAt);
    expect(assignmentStatus({ ...base, extendedDueAt, now: d("12T00:00:00"), attempts: [] })).toBe("not_started");
    expect(assignmentStatus({ ...base, extendedDueAt, now: d("13T00:00:00"), attempts: [{ status: "SUBMITTED", submittedAt: d("13T00:00:00") }] })).toBe("submitted");
  });
});

describe("accepting work", () => {
  it("accepts work between open and close, late work included", () => {
    expect(acceptsWork(d("01T07:00:00"), base.openAt, base.closeAt)).toBe(false);
    expect(acceptsWork(d("11T00:00:00"), base.openAt, base.closeAt)).toBe(true);
    expect(acceptsWork(d("12T17:00:01"), base.openAt, base.closeAt)).toBe(false);
    expect(acceptsWork(d("30T00:00:00"), base.openAt, null)).toBe(true);
  });
  it("keeps an extended student's work open past the close date", () => {
    expect(acceptsWork(d("13T00:00:00"), base.openAt, base.closeAt, d("14T17:00:00"))).toBe(true);
  });
});
