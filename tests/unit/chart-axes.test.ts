import { describe, expect, it } from "vitest";
import { countTicks, pct, scale, spreadLabels, wrapLabel } from "@/components/charts/axes";

describe("countTicks", () => {
  it("gives five whole-number ticks from 0 that reach the largest count", () => {
    expect(countTicks(0)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(1)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(5)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(12)).toEqual([0, 3, 6, 9, 12]);
    expect(countTicks(30)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(countTicks(1000)).toEqual([0, 250, 500, 750, 1000]);
  });
});

describe("scale and pct", () => {
  it("maps a value onto pixels, the top of the scale at 0 unless told otherwise, and clamps", () => {
    expect(scale(0, 4, 180)).toBe(180);
    expect(scale(4, 4, 180)).toBe(0);
    expect(scale(1, 4, 180, false)).toBe(45);
    expect(scale(9, 4, 180)).toBe(0);
    expect(scale(1, 0, 180)).toBe(180);
    expect(pct(100 / 3)).toBe("33.33%");
  });
});

describe("spreadLabels", () => {
  it("shows every label when they fit, else every step-th counted back from the last", () => {
    expect(spreadLabels(1, 6)).toEqual([0]);
    expect(spreadLabels(6, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(spreadLabels(14, 6)).toEqual([1, 4, 7, 10, 13]);
    expect(spreadLabels(31, 6)).toEqual([0, 6, 12, 18, 24, 30]);
    for (const n of [7, 20, 100, 366]) {
      const shown = spreadLabels(n, 6);
      expect(shown.length).toBeLessThanOrEqual(6);
      expect(shown.at(-1)).toBe(n - 1);
    }
  });
});

describe("wrapLabel", () => {
  it("breaks at spaces to fit the width, and keeps a long word whole", () => {
    expect(wrapLabel("¶ 3", 100)).toEqual(["¶ 3"]);
    expect(wrapLabel("Lesson 1, objective 5…", 80)).toEqual(["Lesson 1,", "objective 5…"]);
    expect(wrapLabel("Unbreakablewordthatislong", 40)).toEqual(["Unbreakablewordthatislong"]);
  });
});
