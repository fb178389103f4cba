// The content rules of lib/content/validate.ts, each fed a small hand-made
// course that makes the mistake the rule exists to catch.
import { describe, expect, it } from "vitest";
import { CONTENT_REVIEW_DATE, datedStatements } from "@/lib/content/dated";
import { CLASSIFICATION_GUIDE } from "@/lib/content/labels";
import { containsWhole, FEEDBACK_QUOTE_LIMIT, normalise } from "@/lib/content/quotes";
import { questionSchema, type Article, type Fact, type Lesson, type Question } from "@/lib/content/schema";
import {
  asOfProblems,
  classificationProblems,
  datedProblems,
  feedbackQuotes,
  paragraphCoverageProblems,
  quoteProblems,
  reviewPairProblems,
  validateCourse,
  type Course,
} from "@/lib/content/validate";

const ART20 = [
  'Art. 20 ("Duration and withdrawal"), exact wording:',
  '- (1) "This Convention shall be of unlimited duration."',
  '- (2) "Each State Party shall, in exercising its national sovereignty, have the right to withdraw from this Convention. It shall give notice of such withdrawal to all other States Parties, to the Depositary and to the United Nations Security Council. Such instrument of withdrawal shall include a full explanation of the reasons motivating this withdrawal."',
  '- (3) "Such withdrawal shall only take effect six months after the receipt of the instrument of withdrawal by the Depositary. If, however, on the expiry of that six-month period, the withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict."',
].join("\n");
const ART20_3 =
  '(3) "Such withdrawal shall only take effect six months after the receipt of the instrument of withdrawal by the Depositary. If, however, on the expiry of that six-month period, the withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict."';
const WAR_WORDS = "the withdrawal shall not take effect before the end of the armed conflict";

function article(): Article {
  return {
    title: "Ukraine is reviewing the ban",
    date: "2025-07-08",
    displayDate: "08.07.2025",
    section: "War in Ukraine",
    paragraphs: [
      { n: 1, text: "Kyiv is contemplating withdrawal. The main reason lies in the need to slow down the advance.", claims: ["Kyiv is contemplating withdrawal", "The main reason lies in the need to slow down the advance"] },
      { n: 2, text: "On June 29, a deputy announced leaving the convention.", claims: ["On June 29, a deputy announced leaving the convention"] },
    ],
    spellings: [],
  };
}

function facts(): Fact[] {
  return [
    { id: 1, topic: "Article 20", status: "verified", asOf: "1997-09-18", text: ART20, sources: ["treaty text"] },
    { id: 2, topic: "The decree", status: "verified", asOf: "2025-06-29", text: "On 29 June 2025 President Zelensky signed a decree.", sources: ["x"] },
  ];
}

const q = (fields: Record<string, unknown>): Question =>
  questionSchema.parse({ type: "true_false", answer: true, prompt: "P", explanation: "E", objective: "o", ...fields });

function lesson(questions: Question[]): Lesson {
  return {
    id: "l",
    position: 1,
    title: "L",
    summary: "S",
    minutes: 10,
    objectives: [{ id: "o", text: "O" }],
    sections: [{ id: "s", heading: "H", kind: "article", body: "Text [¶1] [¶2]." }],
    keyTerms: [],
    questions,
  };
}

const course = (questions: Question[], changes: Partial<Course> = {}): Course => ({ article: article(), facts: facts(), lessons: [lesson(questions)], ...changes });

describe("feedback quotes what the key rests on, whole", () => {
  it("flags a question on Article 20(3) whose fact would be quoted whole, not at paragraph (3)", () => {
    const question = q({ id: "conflict", refs: ["fact:1"], evidence: [WAR_WORDS] });
    const problems = quoteProblems(course([question]), question);
    expect(ART20.length).toBeGreaterThan(FEEDBACK_QUOTE_LIMIT);
    expect(problems).toEqual([`feedback would quote all ${ART20.length} characters of fact:1: give an excerpt in "quotes" (the clause or sentence the key rests on)`]);
  });

  it("accepts an excerpt of paragraph (3), and feedback shows it whole", () => {
    const question = q({ id: "conflict", refs: ["fact:1"], evidence: [WAR_WORDS], quotes: { "fact:1": ART20_3 } });
    const c = course([question]);
    expect(quoteProblems(c, question)).toEqual([]);
    expect(feedbackQuotes(c, question)).toEqual([{ ref: "fact:1", text: ART20_3, excerpt: true }]);
  });

  it("flags an excerpt of the wrong paragraph, which leaves out the words the key rests on", () => {
    const question = q({ id: "conflict", refs: ["fact:1"], evidence: [WAR_WORDS], quotes: { "fact:1": '(1) "This Convention shall be of unlimited duration."' } });
    expect(quoteProblems(course([question]), question)).toEqual([
      `its evidence "${WAR_WORDS}" is in none of the quotes feedback shows (fact:1)`,
      "cites fact:1, but feedback's quote of it holds none of the question's evidence: cite only sources the key rests on, and quote the part it rests on",
    ]);
  });

  it("flags an excerpt that is not in its source, or of a source the question does not cite", () => {
    const question = q({ id: "x", refs: ["fact:1"], evidence: [WAR_WORDS], quotes: { "fact:1": `${ART20_3} (paraphrased)`, "fact:2": "signed a decree" } });
    const problems = quoteProblems(course([question]), question);
    expect(problems).toContain(`the excerpt for fact:1 is not in that source: "${ART20_3} (paraphrased)"`);
    expect(problems).toContain("quotes an excerpt of fact:2, which it does not cite");
  });

  it("flags a paragraph cited for the article's date, which the paragraph does not contain; the dateline holds it", () => {
    const wrong = q({ id: "dated", refs: ["p2", "fact:2"], evidence: ["08.07.2025", "On 29 June 2025"] });
    const problems = quoteProblems(course([wrong]), wrong);
    expect(problems).toContain('its evidence "08.07.2025" is in none of the quotes feedback shows (p2, fact:2)');
    expect(problems).toContain("cites p2, but feedback's quote of it holds none of the question's evidence: cite only sources the key rests on, and quote the part it rests on");
    const right = q({ id: "dated", refs: ["article", "fact:2"], evidence: ["08.07.2025", "On 29 June 2025"] });
    expect(quoteProblems(course([right]), right)).toEqual([]);
    expect(feedbackQuotes(course([right]), right)[0]).toEqual({ ref: "article", text: "Ukraine is reviewing the ban\n\n08.07.2025 | War in Ukraine", excerpt: false });
  });

  it("flags a question that names no evidence", () => {
    const question = q({ id: "bare", refs: ["p1"] });
    expect(quoteProblems(course([question]), question)).toEqual(['gives no "evidence": the words from its sources that the key rests on']);
  });

  it("quotes a short fact whole, in its markdown, list markers and all", () => {
    const list = "Dates:\n- signed 24 Feb 1999;\n- in force from 1 June 2006.";
    const question = q({ id: "dates", refs: ["fact:3"], evidence: ["signed 24 Feb 1999"] });
    const c = course([question], { facts: [...facts(), { id: 3, topic: "Dates", status: "verified", asOf: "2025-12-05", text: list, sources: ["x"] }] });
    expect(feedbackQuotes(c, question)).toEqual([{ ref: "fact:3", text: list, excerpt: false }]);
    expect(quoteProblems(c, question)).toEqual([]);
  });

  it("matches whole words, across list markers and curly quotes", () => {
    expect(containsWhole("- (3) “Such withdrawal shall”", '(3) "Such withdrawal')).toBe(true);
    expect(containsWhole("a State Party", "art")).toBe(false);
    expect(containsWhole("Art. 20(3) says", "20(3)")).toBe(true);
    expect(normalise("one\n- two\n> three")).toBe("one two three");
  });
});

describe("classification prompts state the definitions and tie-breaks", () => {
  const statements = [
    { id: "alexei", text: '"If we mine our territory, we will have a chance to hold it," says Alexei.', answer: "opinion" },
    { id: "party", text: "Russia is not a party.", answer: "fact" },
  ];
  it("flags a prompt that leaves out the shared definitions, so a quoted prediction fits claim and opinion", () => {
    const question = q({ id: "c", type: "classification", prompt: "Classify each statement as fact, claim or opinion.", statements, refs: ["p1"] });
    expect(classificationProblems(question)).toHaveLength(1);
  });
  it("accepts a prompt that contains them, however the lines are wrapped", () => {
    const wrapped = `Classify each statement.\n${CLASSIFICATION_GUIDE.replaceAll(". ", ".\n  ")} Where a paragraph is given, it is quoted.`;
    const question = q({ id: "c", type: "classification", prompt: wrapped, statements, refs: ["p1"] });
    expect(classificationProblems(question)).toEqual([]);
  });
  it("states the tie-break that decides the soldier's prediction", () => {
    expect(CLASSIFICATION_GUIDE).toContain("a value judgement or a prediction is an opinion even when a named person says it");
  });
});

describe("statements that have dated", () => {
  it(`uses a fixed review date, ${CONTENT_REVIEW_DATE}`, () => {
    expect(CONTENT_REVIEW_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it("flags future or present tense about a date that has passed", () => {
    expect(datedStatements("Poland's withdrawal takes effect on 20 February 2026.")).toHaveLength(1);
    expect(datedStatements("Once the five 2025 withdrawals take effect (Dec 2025–Feb 2026), the count falls to 161.")).toHaveLength(1);
    expect(datedStatements("The Rada will vote on the law in July 2025.")).toHaveLength(1);
    expect(datedStatements("The withdrawal is due to take effect on 10 Jan 2026.")).toHaveLength(1);
    expect(datedStatements("The treaty is in force for it from 1 Sep 2025.")).toHaveLength(1);
  });
  it("accepts the past tense, and future dates", () => {
    expect(datedStatements("Poland's withdrawal took effect on 20 February 2026.")).toEqual([]);
    expect(datedStatements("The Baltic withdrawals did take effect on 27 December 2025.")).toEqual([]);
    expect(datedStatements("The next meeting takes effect on 1 March 2031.")).toEqual([]);
    expect(datedStatements("Poland's withdrawal takes effect on 20 February 2026.", "2026-01-01")).toEqual([]);
  });
  it("flags 'still', 'for now' and being at war without an as-of date", () => {
    expect(datedStatements("Ukraine is still formally counted as a party.")).toHaveLength(1);
    expect(datedStatements("Many news items still say “164”.")).toHaveLength(1);
    expect(datedStatements("Ukraine's withdrawal cannot take effect for now.")).toHaveLength(1);
    expect(datedStatements("Ukraine is at war.")).toHaveLength(1);
  });
  it("accepts them with their date, in conditions, and inside quotations", () => {
    expect(datedStatements("As of December 2025 Ukraine was still formally counted as a party.")).toEqual([]);
    expect(datedStatements("If the state is engaged in an armed conflict when the six months end, nothing happens yet.")).toEqual([]);
    expect(datedStatements('He said that "the country is still at war".')).toEqual([]);
    expect(datedStatements("The Rada had not yet voted.")).toEqual([]);
  });
  it("checks the facts' own text as well as the lessons", () => {
    const c = course([], { facts: [{ id: 1, topic: "Poland", status: "verified", asOf: "2025-12-05", text: "Poland:\n- The withdrawal takes effect on 20 Feb 2026.", sources: ["x"] }] });
    c.lessons[0]!.sections[0]!.body = "Ukraine is still formally counted as a party [¶1].";
    const problems = datedProblems(c);
    expect(problems.some((p) => p.startsWith("facts: fact:1:") && p.includes("20 Feb 2026"))).toBe(true);
    expect(problems.some((p) => p.startsWith("lesson l section s:") && p.includes('"is still"'))).toBe(true);
  });
});

describe("every fact carries the day it was true or checked (asOf)", () => {
  it("accepts a real day up to the review date", () => {
    expect(asOfProblems({ id: 1, asOf: "2025-03-14" })).toEqual([]);
    expect(asOfProblems({ id: 1, asOf: CONTENT_REVIEW_DATE })).toEqual([]);
    expect(validateCourse(course([]))).not.toEqual(expect.arrayContaining([expect.stringContaining("asOf")]));
  });
  it("rejects a missing date", () => {
    expect(asOfProblems({ id: 4, asOf: "" })).toEqual([expect.stringMatching(/^facts: fact:4 asOf: missing/)]);
    const c = course([], { facts: facts().map((f) => (f.id === 2 ? { ...f, asOf: undefined as unknown as string } : f)) });
    expect(validateCourse(c)).toContainEqual(expect.stringMatching(/^facts: fact:2 asOf: missing/));
  });
  it("rejects what is not a real day written YYYY-MM-DD", () => {
    for (const bad of ["2025-02-30", "2025-13-01", "14 Mar 2025", "2025-3-14", "2025-03-14T00:00:00Z"])
      expect(asOfProblems({ id: 1, asOf: bad }), bad).toEqual([expect.stringContaining("is not a real day")]);
  });
  it("rejects a date after the content review date", () => {
    expect(asOfProblems({ id: 1, asOf: "2026-12-02" }, "2026-12-01")).toEqual(["facts: fact:1 asOf: 2026-12-02 is after the content review date 2026-12-01"]);
    const c = course([], { facts: facts().map((f) => (f.id === 1 ? { ...f, asOf: "2099-01-01" } : f)) });
    expect(validateCourse(c)).toContainEqual(expect.stringContaining("fact:1 asOf: 2099-01-01 is after the content review date"));
  });
});

describe("every paragraph and every claim is tested by two questions of different types", () => {
  const single = (id: string, refs: string[], evidence: string[]) =>
    q({ id, type: "single", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }], answer: "a", refs, evidence });

  it("flags a paragraph tested only by questions of one type, and a claim no question rests on", () => {
    const c = course([
      single("a", ["p1"], ["Kyiv is contemplating withdrawal"]),
      single("b", ["p1"], ["contemplating withdrawal"]),
      single("c", ["p2"], ["announced leaving the convention"]),
      q({ id: "d", refs: ["p2"], evidence: ["On June 29"] }),
    ]);
    const problems = paragraphCoverageProblems(c);
    expect(problems).toContain("coverage: ¶1 needs at least two questions of different types; it has a (single), b (single)");
    expect(problems).toContain('coverage: the claim "Kyiv is contemplating withdrawal" (¶1) needs at least two questions of different types; it has a (single), b (single)');
    expect(problems).toContain('coverage: the claim "The main reason lies in the need to slow down the advance" (¶1) needs at least two questions of different types; it has none');
    expect(problems.some((p) => p.includes("¶2"))).toBe(false);
  });

  it("flags a claim that is not copied from its paragraph", () => {
    const c = course([]);
    c.article.paragraphs[1]!.claims = ["A deputy announced that Ukraine had left"];
    expect(paragraphCoverageProblems(c)).toContain('article: the claim "A deputy announced that Ukraine had left" is not in ¶2');
  });
});

describe("review can pair every question on its paragraph or source", () => {
  it("flags a question whose only source no other question cites", () => {
    const c = course([q({ id: "lonely", refs: ["fact:2"], evidence: ["signed a decree"] }), q({ id: "x", refs: ["p1"], evidence: ["contemplating withdrawal"] }), q({ id: "y", refs: ["p1", "fact:1"], evidence: ["contemplating withdrawal"], quotes: { "fact:1": ART20_3 } })]);
    expect(reviewPairProblems(c)).toEqual(["review: no other question cites Fact 2, so review would pair lonely by objective only"]);
  });
});

describe("the whole validator on a hand-made course", () => {
  it("reports nothing for a sound course", () => {
    const a = q({ id: "a", refs: ["p1", "article"], evidence: ["Kyiv is contemplating withdrawal", "08.07.2025"] });
    const b = q({ id: "b", type: "single", options: [{ id: "x", text: "X" }, { id: "y", text: "Y" }], answer: "x", refs: ["p1"], evidence: ["Kyiv is contemplating withdrawal", "The main reason lies in the need to slow down the advance"] });
    const c2 = q({ id: "c", refs: ["p2", "article"], evidence: ["announced leaving the convention", "08.07.2025"] });
    const d = q({ id: "d", type: "single", options: [{ id: "x", text: "X" }, { id: "y", text: "Y" }], answer: "x", refs: ["p2", "fact:1"], evidence: ["On June 29", WAR_WORDS], quotes: { "fact:1": ART20_3 } });
    const e = q({ id: "e", refs: ["p1", "fact:1"], evidence: ["The main reason lies in the need to slow down the advance", WAR_WORDS], quotes: { "fact:1": ART20_3 } });
    expect(validateCourse(course([a, b, c2, d, e]))).toEqual([]);
  });
});
