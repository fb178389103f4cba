import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { toStoredQuestion } from "@/lib/content/stored-question";
import { choiceOrderFor, gradeInput, responseFromKey, toKeyedQuestion, toPublicQuestion, wrongResponse } from "@/lib/quiz/rows";

const course = loadCourse();
let n = 0;
const questions = course.lessons.flatMap((l) => l.questions.map((q) => ({ key: q.id, stored: toStoredQuestion(q, () => `c${n++}`) })));

describe("responses built from the key, for every question of the course", () => {
  it.each(questions.map((q) => [q.key, q.stored] as const))("%s: the right one earns full credit, the wrong one does not, through parse-then-grade", (_key, stored) => {
    const right = gradeInput(stored, responseFromKey(stored));
    const wrong = gradeInput(stored, wrongResponse(stored));
    expect(right).toMatchObject({ ok: true, grade: { correct: true, credit: 1 } });
    expect(wrong).toMatchObject({ ok: true, grade: { correct: false } });
  });
});

describe("stored rows", () => {
  const single = { id: "v1", type: "single", content: { options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] }, answerKey: { optionId: "b" } };

  it("convert to typed questions, keeping fields the check does not name", () => {
    const withQuotes = { ...single, content: { ...single.content, quotes: { p1: "¶1 text" } } };
    expect(toKeyedQuestion(withQuotes)).toEqual({ type: "single", content: withQuotes.content, answerKey: { optionId: "b" } });
    expect(toPublicQuestion(single)).toEqual({ type: "single", content: single.content });
  });

  it("refuse a malformed row with a message that names the version and the column", () => {
    expect(() => toPublicQuestion({ id: "v2", type: "essay", content: {} })).toThrow(/v2 has an unknown type "essay"/);
    expect(() => toPublicQuestion({ id: "v3", type: "ordering", content: { options: [] } })).toThrow(/v3 \(ordering\) has a malformed content/);
    expect(() => toKeyedQuestion({ ...single, id: "v4", answerKey: { optionIds: ["b"] } })).toThrow(/v4 \(single\) has a malformed answerKey/);
    expect(() => toKeyedQuestion({ id: "v5", type: "classification", content: { statements: [] }, answerKey: { labels: { s: "rumour" } } })).toThrow(/v5/);
  });

  it("grade only what parses, with the parser's message otherwise", () => {
    const q = toKeyedQuestion(single);
    expect(gradeInput(q, { optionId: "b" })).toEqual({ ok: true, response: { optionId: "b" }, grade: { credit: 1, correct: true } });
    expect(gradeInput(q, { optionId: "z" })).toEqual({ ok: false, message: "That option is not part of this question." });
  });

  it("show choices in an order fixed by the seed and the version, never the authored one", () => {
    const q = toPublicQuestion({ type: "ordering", content: { items: ["i1", "i2", "i3", "i4"].map((id) => ({ id, text: id })) } });
    const order = choiceOrderFor(q, "v1", 42);
    expect(choiceOrderFor(q, "v1", 42)).toEqual(order);
    expect([...order].sort()).toEqual(["i1", "i2", "i3", "i4"]);
    expect(order).not.toEqual(["i1", "i2", "i3", "i4"]);
    expect(choiceOrderFor(toPublicQuestion({ type: "true_false", content: {} }), "v1", 42)).toEqual([]);
  });
});
