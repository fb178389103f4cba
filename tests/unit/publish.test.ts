import { describe, expect, it } from "vitest";
import { applyEdit, type DraftContent, type DraftLesson } from "@/lib/authoring/edits";
import { factCitations } from "@/lib/authoring/paragraphs";
import { courseFromDraft, courseSlugFor, withItemIds } from "@/lib/authoring/publish";
import { toStoredQuestion } from "@/lib/content/stored-question";
import type { Question } from "@/lib/content/schema";
import { gradeResponse } from "@/lib/quiz/grading";
import { rekeyOnto } from "@/lib/quiz/rekey";
import type { StoredQuestion } from "@/lib/quiz/types";

const lesson: DraftLesson = {
  id: "l1",
  title: "The ruling",
  summary: "",
  minutes: 10,
  objectives: ["Say what the court ruled"],
  keyTerms: "Withdrawal = leaving a treaty under its own rules [¶2].",
  sections: [{ heading: "The ruling", kind: "article", body: "The court ruled [¶1]." }],
  questions: [
    { id: "q1", type: "single", prompt: "What did the court rule?", objective: 1, refs: "¶1, fact:1", answers: "* Lawful\nUnlawful", explanation: "¶1 says so.", points: 2 },
    { type: "true_false", prompt: "It ruled.", objective: 1, refs: "¶1", answers: "true", explanation: "It did.", points: 1 },
  ],
};
const draft: DraftContent = {
  title: "The court",
  articleTitle: "Court rules",
  articleSource: "Example Times",
  articleDate: "2026-03-01",
  articleUrl: "https://example.org/a",
  language: "en",
  paragraphs: ["The court ruled on Monday.", "The state will leave."],
  facts: [{ topic: "Treaty", text: "Six months' notice.", sourceTitle: "The treaty", sourceUrl: "https://example.org/t", asOf: "2026-01-01", status: "verified" }],
  lessons: [lesson],
};

describe("publishing a draft", () => {
  it("gives every lesson and question a lasting id once, and keeps the ids it has", () => {
    let n = 0;
    const { draft: withIds, added } = withItemIds(draft, () => `new${++n}`);
    expect(added).toBe(true);
    expect(withIds.lessons[0]!.id).toBe("l1");
    expect(withIds.lessons[0]!.questions.map((q) => q.id)).toEqual(["q1", "new1"]);
    expect(withItemIds(withIds, () => "again").added).toBe(false);
  });

  it("new lessons and questions get ids, which moving keeps; a published draft's paragraphs cannot be merged or split", () => {
    let n = 0;
    const newId = () => `id${++n}`;
    const added = applyEdit(draft, { kind: "addQuestion", lesson: 1, questionType: "numeric", prompt: "How many months?" }, { newId }).next;
    expect(added.lessons[0]!.questions.at(-1)!.id).toBe("id1");
    const moved = applyEdit(added, { kind: "move", what: "question", lesson: 1, item: 3, by: -1 }).next;
    expect(moved.lessons[0]!.questions.map((q) => q.id)).toEqual(["q1", "id1", undefined]);
    expect(() => applyEdit(draft, { kind: "merge", n: 1 }, { published: true })).toThrow(/numbered for good/);
    expect(() => applyEdit(draft, { kind: "split", n: 1, offset: 4 }, { published: true })).toThrow(/numbered for good/);
    expect(applyEdit(draft, { kind: "paragraph", n: 1, text: "The court ruled on Tuesday." }, { published: true }).next.paragraphs[0]).toBe("The court ruled on Tuesday.");
  });

  it("lists where each fact is cited, so that a correction shows what it touches", () => {
    expect(factCitations(draft)).toEqual(new Map([[1, ["lesson 1, question 1"]]]));
    const cited = applyEdit(draft, { kind: "section", lesson: 1, section: 1, field: "body", value: "The court ruled [¶1], six months on [fact:1]." }).next;
    expect(factCitations(cited).get(1)).toEqual(["lesson 1, “The ruling”", "lesson 1, question 1"]);
  });

  it("names the course from its title and the draft", () => {
    expect(courseSlugFor("Chile leaves the Ottawa Convention: what now?", "cm1abcdef12345678")).toBe("chile-leaves-the-ottawa-convention-what-now-12345678");
    expect(courseSlugFor("Ça va, Ελλάδα", "cmX9")).toBe("ca-va-cmx9");
    expect(courseSlugFor("¿¡!?", "cm12")).toBe("course-cm12");
  });

  it("writes the course in the content format: keys under the course's slug, each question quoting what it cites as it is now", () => {
    const course = courseFromDraft(withItemIds(draft, () => "q2").draft, "the-court-1");
    expect(course.article).toMatchObject({ title: "Court rules", displayDate: "01.03.2026", section: "Example Times", paragraphs: [{ n: 1, text: "The court ruled on Monday.", claims: [] }, { n: 2, text: "The state will leave.", claims: [] }] });
    expect(course.facts).toEqual([{ id: 1, topic: "Treaty", status: "verified", asOf: "2026-01-01", text: "Six months' notice.", sources: ["The treaty, https://example.org/t"] }]);
    const [l] = course.lessons;
    expect(l).toMatchObject({ id: "the-court-1-l1", position: 1, summary: "The ruling", objectives: [{ id: "o1", text: "Say what the court ruled" }], sections: [{ id: "s1", kind: "article" }] });
    expect(l!.keyTerms).toEqual([{ term: "Withdrawal", definition: "leaving a treaty under its own rules.", refs: ["p2"] }]);
    expect(l!.questions.map((q) => [q.id, q.objective, q.points])).toEqual([["the-court-1-q1", "o1", 2], ["the-court-1-q2", "o1", 1]]);
    expect(l!.questions[0]!.quotes).toEqual({ p1: "The court ruled on Monday.", "fact:1": "Six months' notice." });
  });
});

let n = 0;
const ids = () => `v${++n}`;
const stored = (q: Question): StoredQuestion => toStoredQuestion(q, ids);
const base = { prompt: "?", explanation: "!", refs: ["p1"], objective: "o1", points: 1 };

describe("a corrected key in an older version's ids", () => {
  it("grades an old single-choice answer by the corrected key, matching options by their text", () => {
    const old = stored({ ...base, id: "q", type: "single", options: [{ id: "a", text: "Lawful" }, { id: "b", text: "Unlawful" }], answer: "a" });
    const fixed = stored({ ...base, id: "q", type: "single", options: [{ id: "a", text: "Lawful" }, { id: "b", text: "Unlawful" }], answer: "b" });
    const key = rekeyOnto(old, fixed)!;
    if (old.type !== "single") throw new Error("single");
    const [lawful, unlawful] = old.content.options;
    expect(gradeResponse(key, { optionId: unlawful!.id } as never).correct).toBe(true);
    expect(gradeResponse(key, { optionId: lawful!.id } as never).correct).toBe(false);
    expect(key.content).toEqual(old.content);
  });

  it("follows reordered items by text, and pairs a corrected typo with the item left over", () => {
    const old = stored({ ...base, id: "q", type: "ordering", items: [{ id: "a", text: "Notice" }, { id: "b", text: "Six month wait" }, { id: "c", text: "Leaves" }] });
    const fixed = stored({ ...base, id: "q", type: "ordering", items: [{ id: "a", text: "Notice" }, { id: "b", text: "Leaves" }, { id: "c", text: "Six months' wait" }] });
    if (old.type !== "ordering") throw new Error("ordering");
    const [notice, wait, leaves] = old.content.items;
    const key = rekeyOnto(old, fixed)!;
    expect(key.answerKey).toEqual({ order: [notice!.id, leaves!.id, wait!.id] });
  });

  it("cannot regrade across a change of type", () => {
    const old = stored({ ...base, id: "q", type: "true_false", answer: true });
    const fixed = stored({ ...base, id: "q", type: "short_text", accepted: ["yes"] });
    expect(rekeyOnto(old, fixed)).toBeNull();
  });

  it("keeps matching pairs matched across a new distractor", () => {
    const pairs = [
      { id: "a", left: "APII", right: "Amended Protocol II" },
      { id: "b", left: "CCW", right: "Weapons convention" },
      { id: "c", left: "APMBC", right: "Ottawa" },
    ];
    const old = stored({ ...base, id: "q", type: "matching", pairs, distractors: [] });
    const fixed = stored({ ...base, id: "q", type: "matching", pairs, distractors: ["Geneva"] });
    if (old.type !== "matching") throw new Error("matching");
    expect(rekeyOnto(old, fixed)!.answerKey).toEqual(old.answerKey);
  });
});
