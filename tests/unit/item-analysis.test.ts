import { describe, expect, it } from "vitest";
import { analyseItems, responseKey, rollUp, upperLowerGroups, type ItemMeta, type ItemResponse } from "@/lib/stats/item-analysis";

const questions: ItemMeta[] = [
  { id: "q1", refs: ["p1", "fact:15"], objective: "o1" },
  { id: "q2", refs: ["p1"], objective: "o2" },
  { id: "q3", refs: ["p9"], objective: "o2" },
];

/** Four students; hand-computed totals: s1 = 3, s2 = 2, s3 = 1, s4 = 0.5. */
const responses: ItemResponse[] = [
  { studentId: "s1", questionId: "q1", credit: 1, response: { optionId: "a" } },
  { studentId: "s1", questionId: "q2", credit: 1, response: { text: "Article 20" } },
  { studentId: "s1", questionId: "q3", credit: 1, response: { value: true } },
  { studentId: "s2", questionId: "q1", credit: 1, response: { optionId: "a" } },
  { studentId: "s2", questionId: "q2", credit: 0, response: { text: " article  6 " } },
  { studentId: "s2", questionId: "q3", credit: 1, response: { value: true } },
  { studentId: "s3", questionId: "q1", credit: 0, response: { optionId: "b" } },
  { studentId: "s3", questionId: "q2", credit: 0, response: { text: "Article 6" } },
  { studentId: "s3", questionId: "q3", credit: 1, response: { value: true } },
  { studentId: "s4", questionId: "q1", credit: 0, response: { optionId: "c" } },
  { studentId: "s4", questionId: "q2", credit: 0.5, response: { text: "20" } },
];

describe("item analysis", () => {
  const stats = analyseItems(questions, responses);
  const byId = Object.fromEntries(stats.map((s) => [s.questionId, s]));

  it("computes facility as mean credit in percent", () => {
    expect(byId.q1!.facility).toBe(50); // (1+1+0+0)/4
    expect(byId.q2!.facility).toBe(37.5); // (1+0+0+0.5)/4
    expect(byId.q3!.facility).toBe(100); // 3 responses, all right; s4 did not answer
    expect(byId.q3!.responses).toBe(3);
  });

  it("computes the upper-lower discrimination index from the top and bottom 27 % (1 student each of 4)", () => {
    // upper = s1 (total 3), lower = s4 (total 0.5)
    expect(byId.q1!.discrimination).toEqual({ value: 1, reason: null }); // 1 - 0
    expect(byId.q2!.discrimination).toEqual({ value: 0.5, reason: null }); // 1 - 0.5
    expect(byId.q3!.discrimination).toEqual({ value: 1, reason: null }); // 1 - 0 (no answer counts as 0)
  });

  it("counts chosen options and lists the most common wrong answers", () => {
    expect(byId.q1!.optionCounts).toEqual({ a: 2, b: 1, c: 1 });
    expect(byId.q3!.optionCounts).toEqual({ true: 3 });
    expect(byId.q2!.commonWrong).toEqual([
      { response: "article 6", count: 2 },
      { response: "20", count: 1 },
    ]);
  });

  it("reports discrimination as undefined when everyone is right", () => {
    const allRight = ["s1", "s2", "s3"].flatMap((s) => questions.map((q) => ({ studentId: s, questionId: q.id, credit: 1, response: { optionId: "a" } })));
    for (const item of analyseItems(questions, allRight)) {
      expect(item.facility).toBe(100);
      expect(item.discrimination).toEqual({ value: null, reason: "no variation in total scores" });
      expect(item.commonWrong).toEqual([]);
    }
  });

  it("reports discrimination as undefined with a single student, and facility as null with no responses", () => {
    const one = analyseItems(questions, responses.filter((r) => r.studentId === "s1"));
    expect(one[0]!.discrimination).toEqual({ value: null, reason: "too few students" });
    expect(analyseItems(questions, [])[0]!.facility).toBeNull();
  });

  it("groups 27 % of a larger class, at least one student each", () => {
    const totals = new Map(Array.from({ length: 10 }, (_, i) => [`s${i}`, i] as [string, number]));
    const groups = upperLowerGroups(totals)!;
    expect([...groups.upper].sort()).toEqual(["s7", "s8", "s9"]);
    expect([...groups.lower].sort()).toEqual(["s0", "s1", "s2"]);
  });

  it("keys responses stably, including nested objects", () => {
    expect(responseKey({ matches: { b: "2", a: "1" } })).toBe(responseKey({ matches: { a: "1", b: "2" } }));
    expect(responseKey({ matches: { a: "1" } })).not.toBe(responseKey({ matches: { a: "2" } }));
  });
});

describe("roll-ups", () => {
  it("rolls facility up to each paragraph and fact, weakest first", () => {
    expect(rollUp(questions, responses, "refs")).toEqual([
      { key: "p1", questions: 2, responses: 8, facility: 43.8 }, // (2 + 1.5) / 8
      { key: "fact:15", questions: 1, responses: 4, facility: 50 },
      { key: "p9", questions: 1, responses: 3, facility: 100 },
    ]);
  });

  it("rolls facility up to each learning objective", () => {
    expect(rollUp(questions, responses, "objective")).toEqual([
      { key: "o1", questions: 1, responses: 4, facility: 50 },
      { key: "o2", questions: 2, responses: 7, facility: 64.3 }, // (1.5 + 3) / 7
    ]);
  });
});
