import { describe, expect, it } from "vitest";
import { publishChecklist, sectionProblems } from "@/lib/authoring/checks";
import { buildQuestion, keyGradesCorrect, questionProblems, storedForPreview, type DraftQuestion } from "@/lib/authoring/questions";
import { parseRefs } from "@/lib/authoring/refs";
import { applyEdit, staleSaveMessage, type DraftContent } from "@/lib/authoring/edits";
import { mergeWithNext, numberParagraphs, sentenceBreaks, splitParagraph } from "@/lib/authoring/paragraphs";
import { createDraftSchema, draftEditSchema } from "@/lib/authoring/schemas";
import { DomainError } from "@/lib/errors";
import { CLASSIFICATION_GUIDE } from "@/lib/content/labels";

/** A draft with the article's details filled in, and no paragraphs, facts or lessons unless given. */
const draftOf = (over: Partial<DraftContent>): DraftContent => ({
  title: "A course",
  articleTitle: "An article",
  articleSource: "A paper",
  articleDate: "2026-03-01",
  articleUrl: "https://example.org/a",
  language: "en",
  paragraphs: [],
  facts: [],
  lessons: [],
  ...over,
});

describe("numbering pasted text", () => {
  it("splits at blank lines and joins a paragraph's own line breaks", () => {
    const text = "The court ruled on Monday\nthat the law stands.\n\n\n  A second paragraph.  \r\n\r\nThird,\twith a tab.\n";
    expect(numberParagraphs(text)).toEqual(["The court ruled on Monday that the law stands.", "A second paragraph.", "Third, with a tab."]);
  });
  it("splits at every line break when the text has no blank line", () => {
    expect(numberParagraphs("One.\nTwo.\n\u00a0\nThree.")).toEqual(["One. Two.", "Three."]);
    expect(numberParagraphs("One.\nTwo.\nThree.")).toEqual(["One.", "Two.", "Three."]);
  });
  it("finds nothing in blank text", () => {
    expect(numberParagraphs(" \n\n \t ")).toEqual([]);
  });
});

describe("merging and splitting", () => {
  const paragraphs = ["One.", "Two. Still two.", "Three."];
  it("merges a paragraph with the next and moves the rest up", () => {
    expect(mergeWithNext(paragraphs, 1)).toEqual(["One. Two. Still two.", "Three."]);
    expect(() => mergeWithNext(paragraphs, 3)).toThrow(RangeError);
  });
  it("splits a paragraph in two and moves the rest down, losing no text", () => {
    const split = splitParagraph(paragraphs, 2, "Two.".length);
    expect(split).toEqual(["One.", "Two.", "Still two.", "Three."]);
    expect(mergeWithNext(split, 2)).toEqual(paragraphs);
    expect(() => splitParagraph(paragraphs, 2, 0)).toThrow(RangeError);
  });
  it("offers a split after each sentence but the last", () => {
    const text = "Kyiv said so on 29 June. Critics disagreed! Was it legal? Yes.";
    const breaks = sentenceBreaks(text);
    expect(breaks.map((b) => text.slice(0, b).trim().split(" ").pop())).toEqual(["June.", "disagreed!", "legal?"]);
    expect(sentenceBreaks("Only one sentence.")).toEqual([]);
  });
});

describe("edits", () => {
  const draft = draftOf({ paragraphs: ["One.", "Two. Three."] });
  it("applies each kind and says what it did", () => {
    expect(applyEdit(draft, { kind: "merge", n: 1 })).toEqual({ next: { ...draft, paragraphs: ["One. Two. Three."] }, summary: "merged ¶1 and ¶2" });
    expect(applyEdit(draft, { kind: "split", n: 2, offset: 4 }).next.paragraphs).toEqual(["One.", "Two.", "Three."]);
    expect(applyEdit(draft, { kind: "paragraph", n: 1, text: "Uno." })).toMatchObject({ next: { paragraphs: ["Uno.", "Two. Three."] }, summary: "edited ¶1" });
    expect(applyEdit(draft, { kind: "details", field: "articleDate", value: "2026-03-02" })).toMatchObject({ next: { articleDate: "2026-03-02" }, summary: "changed the article's date" });
  });
  it("refuses what cannot apply, with a message and the field", () => {
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof DomainError ? { message: error.message, field: error.field } : error;
      }
      return "applied";
    };
    expect(refused(() => applyEdit(draft, { kind: "merge", n: 2 }))).toEqual({ message: "There is no ¶3: the article has 2 paragraphs.", field: undefined });
    expect(refused(() => applyEdit(draft, { kind: "split", n: 2, offset: 40 }))).toMatchObject({ message: expect.stringContaining("shorter") });
    expect(refused(() => applyEdit(draft, { kind: "details", field: "articleDate", value: "2026-02-30" }))).toEqual({ message: "That date does not exist.", field: "articleDate" });
    expect(refused(() => applyEdit(draft, { kind: "details", field: "articleUrl", value: "javascript:alert(1)" }))).toMatchObject({ field: "articleUrl" });
  });
});

describe("facts and lessons", () => {
  const base = draftOf({ paragraphs: ["One.", "Two. Three.", "Four."] });
  const fact = { topic: "Entry into force", text: "It entered into force on 1 March 1999.", sourceTitle: "Treaty text, Art. 17", sourceUrl: "https://example.org/treaty", asOf: "1999-03-01", status: "verified" as const };
  const edit = (draft: DraftContent, ...edits: Parameters<typeof applyEdit>[1][]) => edits.reduce((d, e) => applyEdit(d, e).next, draft);

  it("adds a fact and edits one field of it, checked as on creation", () => {
    const draft = edit(base, { kind: "addFact", fact }, { kind: "fact", n: 1, field: "status", value: "unverified" });
    expect(draft.facts).toEqual([{ ...fact, status: "unverified" }]);
    expect(() => applyEdit(draft, { kind: "fact", n: 1, field: "asOf", value: "1999-02-30" })).toThrow("That date does not exist.");
    expect(() => applyEdit(draft, { kind: "fact", n: 2, field: "text", value: "x" })).toThrow("There is no fact 2.");
  });

  it("adds a lesson and its sections; objectives are one per line", () => {
    const draft = edit(
      base,
      { kind: "addLesson", title: "The ruling" },
      { kind: "lesson", lesson: 1, field: "objectives", value: "Explain the ruling\n\n  Weigh the critics  \n" },
      { kind: "lesson", lesson: 1, field: "minutes", value: "15" },
      { kind: "addSection", lesson: 1, heading: "What the court said", sectionKind: "article" },
      { kind: "section", lesson: 1, section: 1, field: "body", value: "The court ruled [¶2]." },
    );
    expect(draft.lessons).toEqual([{ id: expect.any(String), title: "The ruling", summary: "", minutes: 15, objectives: ["Explain the ruling", "Weigh the critics"], keyTerms: "", sections: [{ heading: "What the court said", kind: "article", body: "The court ruled [¶2]." }], questions: [] }]);
    expect(edit(draft, { kind: "removeLesson", lesson: 1 }).lessons).toEqual([]);
    const two = edit(draft, { kind: "addLesson", title: "Second" }, { kind: "addSection", lesson: 1, heading: "Second section", sectionKind: "background" });
    const swapped = applyEdit(two, { kind: "move", what: "lesson", lesson: 2, item: 1, by: -1 });
    expect(swapped.next.lessons.map((l) => l.title)).toEqual(["Second", "The ruling"]);
    expect(swapped.summary).toBe("moved lesson 2 up");
    const sections = applyEdit(two, { kind: "move", what: "section", lesson: 1, item: 1, by: 1 });
    expect(sections.next.lessons[0]!.sections.map((x) => x.heading)).toEqual(["Second section", "What the court said"]);
    expect(sections.summary).toBe("moved section 1 of lesson 1 down");
    expect(() => applyEdit(two, { kind: "move", what: "lesson", lesson: 1, item: 1, by: -1 })).toThrow("The lesson is already first.");
    expect(() => applyEdit(two, { kind: "move", what: "question", lesson: 1, item: 1, by: 1 })).toThrow("There is no question 1.");
    expect(() => applyEdit(draft, { kind: "removeLesson", lesson: 2 })).toThrow("There is no lesson 2.");
    expect(() => applyEdit(draft, { kind: "lesson", lesson: 1, field: "minutes", value: "a while" })).toThrow(/minutes/);
    expect(edit(draft, { kind: "removeSection", lesson: 1, section: 1 }).lessons[0]!.sections).toEqual([]);
  });

  it("refuses to merge or split once the paragraph or a later one is cited, and says where", () => {
    const draft = edit(base, { kind: "addLesson", title: "L" }, { kind: "addSection", lesson: 1, heading: "S", sectionKind: "article" }, { kind: "section", lesson: 1, section: 1, field: "body", value: "As [¶2] says." });
    expect(() => applyEdit(draft, { kind: "merge", n: 1 })).toThrow("¶2 is cited (lesson 1, “S”), and merging or splitting ¶1 would renumber it.");
    expect(() => applyEdit(draft, { kind: "split", n: 2, offset: 4 })).toThrow(/¶2 is cited/);
    // After the last cited paragraph, nothing moves under a citation.
    expect(applyEdit(draft, { kind: "split", n: 3, offset: 3 }).next.paragraphs).toEqual(["One.", "Two. Three.", "Fou", "r."]);
    expect(applyEdit(draft, { kind: "paragraph", n: 2, text: "Two, corrected." }).next.paragraphs[1]).toBe("Two, corrected.");
  });
});

describe("what a browser may send", () => {
  it("checks the new draft's fields", () => {
    const ok = createDraftSchema.safeParse({ title: " T ", articleTitle: "A", articleSource: "S", articleDate: "2026-01-31", articleUrl: "https://x.org", language: "uk", text: "x" });
    expect(ok.success && ok.data.title).toBe("T");
    const bad = createDraftSchema.safeParse({ title: "", articleTitle: "A", articleSource: "S", articleDate: "31.01.2026", articleUrl: "x.org", language: "Ukrainian", text: "x\u0000" });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path[0]).sort()).toEqual(["articleDate", "articleUrl", "language", "text", "title"]);
  });
  it("refuses an empty paragraph and an unknown kind", () => {
    expect(draftEditSchema.safeParse({ draftId: "d1", revision: 1, edit: { kind: "paragraph", n: 1, text: "  " } }).success).toBe(false);
    expect(draftEditSchema.safeParse({ draftId: "d1", revision: 1, edit: { kind: "delete", n: 1 } }).success).toBe(false);
    expect(draftEditSchema.safeParse({ draftId: "d1", revision: 0, edit: { kind: "merge", n: 1 } }).success).toBe(false);
  });
});

describe("the message a stale save gets", () => {
  const at = new Date("2026-12-02T10:42:00Z");
  const time = (d: Date) => d.toISOString().slice(11, 16);
  it("names who changed what since, and the change that was not saved", () => {
    const message = staleSaveMessage([{ summary: "merged ¶3 and ¶4", by: "Ada", at }, { summary: "edited ¶5", by: null, at }], "edited ¶3", time);
    expect(message).toBe(
      "Since you opened this draft, Ada merged ¶3 and ¶4 at 10:42; a former author edited ¶5 at 10:42. Your change (edited ¶3) was not saved, so that theirs is not overwritten: the page now shows the draft as it is. Make your change again if it is still needed.",
    );
  });
  it("names the latest five and counts the rest", () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ summary: `edited ¶${i + 1}`, by: "Ada", at }));
    expect(staleSaveMessage(many, "x", time)).toMatch(/Ada edited ¶3 at 10:42; .*Ada edited ¶7 at 10:42, and 2 earlier changes\./);
  });
});

describe("a section's citations", () => {
  const draft = { paragraphs: ["One.", "Two."], facts: [{ topic: "t", text: "x", sourceTitle: "s", sourceUrl: "https://x.org", asOf: "2026-01-01", status: "verified" as const }] };
  it("are sound when every reference exists", () => {
    expect(sectionProblems(draft, { heading: "h", kind: "background", body: "As [¶2] and [fact:1] say." })).toEqual([]);
  });
  it("name each missing paragraph or fact, an uncited text and a background without a fact", () => {
    expect(sectionProblems(draft, { heading: "h", kind: "article", body: "See [¶3] and [fact:2]." })).toEqual([
      "¶\u20093 is not a paragraph of the article: it has 2 paragraphs.",
      "Fact 2 does not exist: the draft has 1 fact.",
    ]);
    expect(sectionProblems(draft, { heading: "h", kind: "background", body: "No citation." })).toEqual([
      "Cite the paragraph or fact each claim rests on, as [¶3] or [fact:1].",
      "A background section cites at least one fact.",
    ]);
    expect(sectionProblems(draft, { heading: "h", kind: "article", body: " " })).toEqual(["Write the section's text."]);
  });
});

describe("questions", () => {
  const lesson = { title: "L", summary: "", minutes: 10, objectives: ["Say what the court decided"], keyTerms: "", sections: [], questions: [] };
  const draft = {
    paragraphs: ["One.", "Two.", "Three."],
    facts: [
      { topic: "t", text: "x", sourceTitle: "s", sourceUrl: "https://x.org", asOf: "2026-01-01", status: "verified" as const },
      { topic: "u", text: "y", sourceTitle: "s", sourceUrl: "https://x.org", asOf: "2026-01-01", status: "unverified" as const },
    ],
  };
  const q = (type: DraftQuestion["type"], answers: string, over: Partial<DraftQuestion> = {}): DraftQuestion => ({ type, prompt: "Which?", objective: 1, refs: "¶2", answers, explanation: "Because ¶2 says so.", points: 1, ...over });

  it("reads references as typed", () => {
    expect(parseRefs("¶2, p3 [fact:1] fact 4; article ¶2")).toEqual({ refs: ["p2", "p3", "fact:1", "fact:4", "article"], unreadable: [] });
    expect(parseRefs("paragraph 2, ¶x").unreadable).toEqual(["paragraph", "2", "¶x"]);
  });

  it("turns each type's plain-text answers into a question whose key the engine grades as correct", () => {
    const cases: [DraftQuestion["type"], string][] = [
      ["single", "* Right\nWrong"],
      ["multiple", "* A\n* B\nC"],
      ["true_false", "False"],
      ["ordering", "1\n2\n3"],
      ["matching", "a = 1\nb = 2\nc = 3\n= 4"],
      ["short_text", "Article 20\nArt. 20"],
      ["numeric", "6 ± 1 months"],
      ["classification", "fact: It rained.\nopinion: Rain is sad."],
    ];
    for (const [type, answers] of cases) {
      const built = buildQuestion(q(type, answers), lesson, draft);
      expect(built.problems, type).toEqual([]);
      expect(keyGradesCorrect(storedForPreview(built.question!)), type).toBe(true);
    }
    expect(buildQuestion(q("numeric", "6 ± 1 months"), lesson, draft).question).toMatchObject({ answer: 6, tolerance: 1, unit: "months" });
    expect(buildQuestion(q("matching", "a = 1\nb = 2\nc = 3\n= 4"), lesson, draft).question).toMatchObject({ distractors: ["4"] });
  });

  it("lists what a question still needs, and refuses a key resting on an unverified fact", () => {
    expect(questionProblems(q("single", "Right\nWrong", { prompt: " ", objective: 0, refs: "", explanation: "" }), lesson, draft)).toEqual([
      "Write the question.",
      "Choose the objective it tests.",
      "Name the paragraph or fact it tests, for example ¶3.",
      "Write the explanation students read after answering.",
      "Start exactly one option with * to mark the right answer.",
    ]);
    expect(questionProblems(q("true_false", "true", { refs: "¶4, fact:2, fact:3" }), lesson, draft)).toEqual([
      "¶\u20094 is not a paragraph of the article.",
      "Fact 2 is unverified: an answer key may rest on verified facts only.",
      "Fact 3 does not exist.",
    ]);
    expect(questionProblems(q("classification", "fact: ok\nperhaps: no"), lesson, draft)).toEqual(["Start each statement with fact:, claim:, opinion:."]);
    expect(questionProblems(q("numeric", "about six"), lesson, draft)).toEqual(["Start with the answer as a number, for example 161 or 6 ± 1 months."]);
  });

  it("finds a key the engine would not grade as correct: a short answer that normalises to nothing", () => {
    expect(questionProblems(q("short_text", "!!!"), lesson, draft)).toEqual(["The engine does not grade this key as correct: check the answers."]);
  });

  it("counts a question's paragraphs as cited, so they keep their numbers", () => {
    const content = draftOf({ ...draft, lessons: [{ ...lesson, questions: [q("true_false", "true", { refs: "¶3" })] }] });
    expect(() => applyEdit(content, { kind: "merge", n: 2 })).toThrow("¶3 is cited (lesson 1, question 1), and merging or splitting ¶2 would renumber it.");
    expect(applyEdit(content, { kind: "addQuestion", lesson: 1, questionType: "ordering", prompt: "Order them." }).next.lessons[0]!.questions[1]).toMatchObject({ type: "ordering", answers: "First\nSecond\nThird", objective: 0 });
  });
});

describe("the checklist before publishing", () => {
  const fact = { topic: "t", text: "x", sourceTitle: "s", sourceUrl: "https://x.org", asOf: "2026-01-01", status: "verified" as const };
  const question = (refs: string, objective = 1): DraftQuestion => ({ type: "true_false", prompt: "True?", objective, refs, answers: "true", explanation: "Because.", points: 1 });
  const base: DraftContent = draftOf({
    paragraphs: ["One.", "Two."],
    facts: [fact, { ...fact, status: "unverified" }],
    lessons: [
      {
        title: "L",
        summary: "",
        minutes: 5,
        objectives: ["Know one", "Know two"],
        keyTerms: "Withdrawal = leaving a treaty [¶1]",
        sections: [{ heading: "S", kind: "article", body: "As [¶1] and [¶2] say." }],
        questions: [question("¶1"), question("¶2", 2)],
      },
    ],
  });
  const failing = (draft: DraftContent) => publishChecklist(draft, "/d").filter((i) => i.problems.length).map((i) => [i.rule, i.problems.map((p) => `${p.text} → ${p.href}`)]);

  it("passes a sound draft", () => {
    expect(failing(base)).toEqual([]);
  });

  it("names what fails, each with where to fix it", () => {
    const lesson = base.lessons[0]!;
    const draft: DraftContent = {
      ...base,
      paragraphs: ["One.", "Two.", "Three."],
      lessons: [
        { ...lesson, keyTerms: "Notice = the instrument of withdrawal [¶7]\nExecutive", questions: [question("¶1, fact:2"), { ...question("¶9"), answers: "maybe" }] },
        { ...lesson, title: "Empty", objectives: [], keyTerms: "", sections: [], questions: [] },
      ],
    };
    expect(failing(draft)).toEqual([
      ["Every lesson has objectives, sections and questions", ["Lesson 2, “Empty”, has no objectives and no sections and no questions. → /d/lessons/2"]],
      ["Every paragraph is cited by a lesson's section", ["No section cites ¶3. → /d#p3"]],
      ["Every paragraph is tested by a question", ["No question tests ¶2. → /d#p2", "No question tests ¶3. → /d#p3"]],
      ["Every objective is tested by a question", ["Lesson 1: no question tests “Know two”. → /d/lessons/1"]],
      [
        "Every section's and key term's references exist",
        ["Lesson 1, key terms: “Notice”: ¶\u20097 is not a paragraph of the article. → /d/lessons/1", "Lesson 1, key terms: Write “Executive” as term = definition. → /d/lessons/1"],
      ],
      ["No answer key rests on an unverified fact", ["Lesson 1, question 1: Fact 2 is unverified: an answer key may rest on verified facts only. → /d/lessons/1"]],
      ["Every question is whole, and the engine grades its key as correct", ["Lesson 1, question 2: ¶\u20099 is not a paragraph of the article. → /d/lessons/1", "Lesson 1, question 2: Write true or false. → /d/lessons/1"]],
    ]);
    expect(failing({ ...base, lessons: [] })[0]).toEqual(["The course has at least one lesson", ["Add a lesson. → /d/lessons"]]);
  });

  it("applies the rules of check:content that a draft can meet: statements that date, keys that test nothing, option letters", () => {
    const lesson = base.lessons[0]!;
    const everyOption: DraftQuestion = { ...question("¶2", 2), type: "multiple", answers: "* A\n* B\n* C" };
    const letter: DraftQuestion = { ...question("¶1"), explanation: "Option b is the one the article gives." };
    const draft: DraftContent = {
      ...base,
      facts: [{ ...base.facts[0]!, text: "Ukraine is currently a party to the treaty." }, base.facts[1]!],
      lessons: [{ ...lesson, sections: [{ heading: "S", kind: "article", body: "As [¶1] and [¶2] say. The withdrawal takes effect on 20 February 2026." }], questions: [letter, everyOption] }],
    };
    const [rule, problems] = failing(draft).at(-1)!;
    expect(rule).toBe("Statements stay true as they age, and every key tests something (the rules of npm run check:content)");
    expect(problems).toEqual([
      expect.stringMatching(/^Fact 1: .*"currently" without the date it was true on.* → \/d\/facts#fact-1$/),
      expect.stringMatching(/^Lesson 1, section 1: .*20 February 2026.* → \/d\/lessons\/1$/),
      "Lesson 1, question 1: it names an option by its letter, but options are shuffled and shown without letters → /d/lessons/1",
      "Lesson 1, question 2: every option is correct, so the question tests nothing → /d/lessons/1",
    ]);
  });

  it("gives a classification question the course's definitions, so that a statement cannot fit two labels", () => {
    const lesson = base.lessons[0]!;
    const q: DraftQuestion = { ...question("¶1"), type: "classification", prompt: "Sort these statements.", answers: "fact: The court ruled.\nopinion: The ruling was wise." };
    const built = buildQuestion(q, lesson, base).question!;
    expect(built.prompt).toBe(`Sort these statements. ${CLASSIFICATION_GUIDE}`);
    expect(buildQuestion({ ...q, prompt: built.prompt }, lesson, base).question!.prompt).toBe(built.prompt);
  });
});
