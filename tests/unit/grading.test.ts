import { describe, expect, it } from "vitest";
import { gradeResponse, normaliseText, parseNumber } from "@/lib/quiz/grading";
import type { KeyedQuestion } from "@/lib/quiz/types";

const grade = (q: KeyedQuestion, r: unknown) => gradeResponse(q, r as never);

describe("single choice", () => {
  const q: KeyedQuestion = { type: "single", answerKey: { optionId: "x1" } };
  it("gives full credit for the key and none otherwise", () => {
    expect(grade(q, { optionId: "x1" })).toEqual({ credit: 1, correct: true });
    expect(grade(q, { optionId: "x2" })).toEqual({ credit: 0, correct: false });
  });
});

describe("true/false", () => {
  const q: KeyedQuestion = { type: "true_false", answerKey: { value: false } };
  it("compares the boolean", () => {
    expect(grade(q, { value: false }).correct).toBe(true);
    expect(grade(q, { value: true })).toEqual({ credit: 0, correct: false });
  });
});

describe("multiple select: +1 per right option, -1 per wrong one, over the number of right options, floored at 0", () => {
  const q: KeyedQuestion = { type: "multiple", answerKey: { optionIds: ["a", "b", "c"] } };
  it("is correct only with exactly the right options", () => {
    expect(grade(q, { optionIds: ["c", "a", "b"] })).toEqual({ credit: 1, correct: true });
  });
  it("gives partial credit for some right options", () => {
    expect(grade(q, { optionIds: ["a", "b"] })).toEqual({ credit: 0.6667, correct: false });
  });
  it("takes a share away for each wrong option", () => {
    expect(grade(q, { optionIds: ["a", "b", "c", "d"] })).toEqual({ credit: 0.6667, correct: false });
    expect(grade(q, { optionIds: ["a", "d"] })).toEqual({ credit: 0, correct: false });
  });
  it("never goes below zero, and ticking everything does not win", () => {
    expect(grade(q, { optionIds: ["d", "e"] }).credit).toBe(0);
    expect(grade(q, { optionIds: ["a", "b", "c", "d", "e", "f"] }).credit).toBe(0);
  });
  it("gives nothing for no choice", () => {
    expect(grade(q, { optionIds: [] }).credit).toBe(0);
  });
});

describe("ordering: a share for each item in its correct position", () => {
  const q: KeyedQuestion = { type: "ordering", answerKey: { order: ["a", "b", "c", "d"] } };
  it("is correct in the key's order", () => {
    expect(grade(q, { order: ["a", "b", "c", "d"] })).toEqual({ credit: 1, correct: true });
  });
  it("counts items in place", () => {
    expect(grade(q, { order: ["a", "b", "d", "c"] })).toEqual({ credit: 0.5, correct: false });
    expect(grade(q, { order: ["d", "c", "b", "a"] })).toEqual({ credit: 0, correct: false });
  });
});

describe("matching: a share for each correct match", () => {
  const q: KeyedQuestion = { type: "matching", answerKey: { matches: { p1: "c1", p2: "c2", p3: "c3", p4: "c4" } } };
  it("is correct when every prompt is matched right", () => {
    expect(grade(q, { matches: { p1: "c1", p2: "c2", p3: "c3", p4: "c4" } }).correct).toBe(true);
  });
  it("counts right matches, and unanswered prompts count as wrong", () => {
    expect(grade(q, { matches: { p1: "c1", p2: "c3", p3: "c2" } })).toEqual({ credit: 0.25, correct: false });
  });
});

describe("short text", () => {
  const q: KeyedQuestion = { type: "short_text", answerKey: { accepted: ["Fedir Venislavskyi", "Article 20"] } };
  it("ignores case, accents, punctuation and spacing", () => {
    for (const text of ["fedir venislavskyi", "  FEDIR   Venislavskyí ", "Fedir Venislavskyi.", "article 20", "Article-20"])
      expect(grade(q, { text }).correct, text).toBe(true);
  });
  it("rejects other spellings not in the accepted list, and blanks", () => {
    expect(grade(q, { text: "Fyodor Venislavsky" }).correct).toBe(false);
    expect(grade(q, { text: "   " }).correct).toBe(false);
    expect(grade(q, { text: "20" }).correct).toBe(false);
  });
  it("normalises text predictably", () => {
    expect(normaliseText("  Art. 20(3) — “six months” ")).toBe("art 20 3 six months");
    expect(normaliseText("Rinkēvičs")).toBe("rinkevics");
  });
});

describe("numeric with tolerance", () => {
  const q: KeyedQuestion = { type: "numeric", answerKey: { value: 25, tolerance: 2 } };
  it("accepts values within the tolerance, inclusive", () => {
    for (const value of ["25", "23", "27", "26.5", "25 %", "25,0"]) expect(grade(q, { value }).correct, value).toBe(true);
  });
  it("rejects values outside it and non-numbers", () => {
    for (const value of ["22.9", "27.01", "twenty-five", ""]) expect(grade(q, { value }).correct, value).toBe(false);
  });
  it("handles exact answers with zero tolerance", () => {
    const exact: KeyedQuestion = { type: "numeric", answerKey: { value: 166, tolerance: 0 } };
    expect(grade(exact, { value: "166" }).correct).toBe(true);
    expect(grade(exact, { value: "165" }).correct).toBe(false);
  });
  it("parses numbers as people type them", () => {
    expect(parseNumber("1,000")).toBe(1000);
    expect(parseNumber("0,5")).toBe(0.5);
    expect(parseNumber("1 000")).toBe(1000);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber("6 months")).toBeNull();
    expect(parseNumber("1e400")).toBeNull();
  });
});

describe("classification as fact, claim or opinion: a share per statement", () => {
  const q: KeyedQuestion = { type: "classification", answerKey: { labels: { s1: "fact", s2: "claim", s3: "opinion" } } };
  it("is correct when every label is right", () => {
    expect(grade(q, { labels: { s1: "fact", s2: "claim", s3: "opinion" } })).toEqual({ credit: 1, correct: true });
  });
  it("counts right labels", () => {
    expect(grade(q, { labels: { s1: "fact", s2: "opinion", s3: "claim" } })).toEqual({ credit: 0.3333, correct: false });
    expect(grade(q, { labels: {} }).credit).toBe(0);
  });
});
