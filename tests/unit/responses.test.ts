import { describe, expect, it } from "vitest";
import { parseResponse } from "@/lib/quiz/responses";
import type { PublicQuestion } from "@/lib/quiz/types";

const single: PublicQuestion = { type: "single", content: { options: [{ id: "o1", text: "A" }, { id: "o2", text: "B" }] } };
const ordering: PublicQuestion = { type: "ordering", content: { items: [{ id: "i1", text: "A" }, { id: "i2", text: "B" }, { id: "i3", text: "C" }] } };
const matching: PublicQuestion = { type: "matching", content: { prompts: [{ id: "p1", text: "A" }], choices: [{ id: "c1", text: "X" }] } };

describe("parseResponse", () => {
  it("accepts a well-formed response", () => {
    expect(parseResponse(single, { optionId: "o2" })).toEqual({ ok: true, response: { optionId: "o2" } });
  });
  it("rejects an option id from another question", () => {
    expect(parseResponse(single, { optionId: "zz" })).toEqual({ ok: false, message: "That option is not part of this question." });
  });
  it("rejects wrong types and extra fields such as a forged score", () => {
    expect(parseResponse(single, { optionId: 3 }).ok).toBe(false);
    expect(parseResponse(single, { optionId: "o1", isCorrect: true }).ok).toBe(false);
    expect(parseResponse(single, null).ok).toBe(false);
    expect(parseResponse({ type: "true_false", content: {} }, { value: "true" }).ok).toBe(false);
  });
  it("requires every ordering item exactly once", () => {
    expect(parseResponse(ordering, { order: ["i3", "i1", "i2"] }).ok).toBe(true);
    expect(parseResponse(ordering, { order: ["i1", "i1", "i2"] }).ok).toBe(false);
    expect(parseResponse(ordering, { order: ["i1", "i2"] }).ok).toBe(false);
    expect(parseResponse(ordering, { order: ["i1", "i2", "x"] }).ok).toBe(false);
  });
  it("rejects matches to unknown prompts or choices", () => {
    expect(parseResponse(matching, { matches: { p1: "c1" } }).ok).toBe(true);
    expect(parseResponse(matching, { matches: { p9: "c1" } }).ok).toBe(false);
    expect(parseResponse(matching, { matches: { p1: "c9" } }).ok).toBe(false);
  });
  it("caps short text and requires a number for numeric questions", () => {
    expect(parseResponse({ type: "short_text", content: {} }, { text: "x".repeat(501) }).ok).toBe(false);
    expect(parseResponse({ type: "short_text", content: {} }, { text: "  " }).ok).toBe(false);
    expect(parseResponse({ type: "numeric", content: {} }, { value: "six" })).toEqual({ ok: false, message: "Type a number, for example 6 or 25.5." });
    expect(parseResponse({ type: "numeric", content: {} }, { value: "6" }).ok).toBe(true);
  });
  it("accepts only fact, claim or opinion as labels", () => {
    const q: PublicQuestion = { type: "classification", content: { statements: [{ id: "s1", text: "S" }] } };
    expect(parseResponse(q, { labels: { s1: "claim" } }).ok).toBe(true);
    expect(parseResponse(q, { labels: { s1: "rumour" } }).ok).toBe(false);
    expect(parseResponse(q, { labels: { s2: "fact" } }).ok).toBe(false);
  });
});
