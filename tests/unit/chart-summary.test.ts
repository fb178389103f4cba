import { describe, expect, it } from "vitest";
import { completionSummary, facilityBand, formatPercent, histogramSummary, rollUpSummary } from "@/components/charts/summary";
import { formatDay } from "@/lib/format";
import { scoreHistogram } from "@/lib/stats/distribution";

describe("histogramSummary", () => {
  it("says so when nobody has submitted", () => {
    expect(histogramSummary(scoreHistogram([]))).toBe("No submitted work yet.");
  });

  it("names the most common band and the total", () => {
    // 12 students: 70–79 holds 72, 75, 75, 78, 79 (5); 80–89 holds 80, 85, 88 (3); 100 falls in 90–100.
    const bins = scoreHistogram([45, 55, 62, 72, 75, 75, 78, 79, 80, 85, 88, 100]);
    expect(histogramSummary(bins)).toBe("12 students: the most common band is 70–79 (5 students).");
  });

  it("lists tied bands", () => {
    // 10 and 19 in 10–19; 60 and 69 in 60–69; 95 alone in 90–100.
    expect(histogramSummary(scoreHistogram([10, 19, 60, 69, 95]))).toBe("5 students: the most common bands are 10–19 and 60–69 (2 students each).");
  });

  it("handles a single student", () => {
    expect(histogramSummary(scoreHistogram([100]))).toBe("1 student: their score is in the 90–100 band.");
  });
});

describe("completionSummary", () => {
  it("says so with no points", () => {
    expect(completionSummary([])).toBe("No submissions yet.");
  });

  it("reports the last day", () => {
    const points = [
      { date: "2025-03-13", completed: 4, percent: 33.3 },
      { date: "2025-03-14", completed: 9, percent: 75 },
    ];
    expect(completionSummary(points)).toBe("By 14 Mar 2025, 9 pieces of assigned work had been completed: 75% of all assigned work.");
    expect(completionSummary([{ date: "2025-01-02", completed: 1, percent: 8.3 }])).toBe("By 2 Jan 2025, 1 piece of assigned work had been completed: 8.3% of all assigned work.");
  });
});

describe("formatters", () => {
  it("formats days and percents", () => {
    expect(formatDay("2025-03-04")).toBe("4 Mar 2025");
    expect(formatDay("2025-12-31", true)).toBe("31 Dec");
    expect(formatDay("not a date")).toBe("not a date");
    expect(formatPercent(33.333)).toBe("33.3%");
    expect(formatPercent(100)).toBe("100%");
  });

  it("bands percent correct at 50 and 80", () => {
    expect(facilityBand(49.9)).toBe("bad");
    expect(facilityBand(50)).toBe("warn");
    expect(facilityBand(79.9)).toBe("warn");
    expect(facilityBand(80)).toBe("good");
  });
});

describe("rollUpSummary", () => {
  const labels = { p5: "¶ 5", "fact:15": "Fact 15" };

  it("gives the range and how many fall below 50%", () => {
    const rows = [
      { key: "p5", questions: 2, responses: 8, facility: 37.5 },
      { key: "p9", questions: 1, responses: 4, facility: 62.5 },
      { key: "fact:15", questions: 1, responses: 4, facility: 100 },
      { key: "p2", questions: 1, responses: 0, facility: null },
    ];
    expect(rollUpSummary(rows, labels)).toBe("Percent correct ranges from 37.5% (¶ 5) to 100% (Fact 15); 1 of 3 below 50%.");
  });

  it("says so when every source scores the same, instead of a range from one to itself", () => {
    const rows = [
      { key: "p1", questions: 1, responses: 2, facility: 0 },
      { key: "p2", questions: 1, responses: 2, facility: 0 },
    ];
    expect(rollUpSummary(rows, labels)).toBe("All 2 at 0% correct.");
  });

  it("handles one answered row and none", () => {
    expect(rollUpSummary([{ key: "fact:15", questions: 1, responses: 3, facility: 66.7 }], labels)).toBe("Fact 15: 66.7% correct.");
    expect(rollUpSummary([{ key: "p2", questions: 1, responses: 0, facility: null }], labels)).toBe("No responses yet.");
  });
});
