import { describe, expect, it } from "vitest";
import { completionOverTime, scoreHistogram } from "@/lib/stats/distribution";

describe("score histogram", () => {
  it("puts scores in bands of ten, with 100 in the top band", () => {
    const bins = scoreHistogram([0, 9.9, 10, 55, 89.9, 90, 100]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 1, 2]);
    expect(bins[9]!.label).toBe("90–100");
    expect(scoreHistogram([]).every((b) => b.count === 0)).toBe(true);
  });
});

describe("completion over time", () => {
  it("counts completed work by the end of each day, as a share of what was assigned", () => {
    const d = (day: number, hour: number) => new Date(Date.UTC(2026, 2, day, hour));
    expect(completionOverTime([d(2, 9), d(2, 23), d(4, 1)], 4, d(5, 12))).toEqual([
      { date: "2026-03-02", completed: 2, percent: 50 },
      { date: "2026-03-03", completed: 2, percent: 50 },
      { date: "2026-03-04", completed: 3, percent: 75 },
      { date: "2026-03-05", completed: 3, percent: 75 },
    ]);
  });
  it("is empty with nothing submitted", () => {
    expect(completionOverTime([], 10, new Date())).toEqual([]);
  });
});
