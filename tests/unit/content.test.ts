import { describe, expect, it } from "vitest";
import { readImageCredit, storedImageCredit } from "@/lib/content/credit";
import { CLASSIFICATION_GUIDE } from "@/lib/content/labels";
import { loadCourse } from "@/lib/content/load";
import { containsWhole, FEEDBACK_QUOTE_LIMIT, normalise } from "@/lib/content/quotes";
import { questionSchema, type Lesson } from "@/lib/content/schema";
import { answerKeyProblems, datedProblems, feedbackQuotes, paragraphCoverageProblems, reviewPairProblems, validateCourse, type Course } from "@/lib/content/validate";
import { gradeResponse } from "@/lib/quiz/grading";
import { toStoredQuestion } from "@/lib/content/stored-question";
import { responseFromKey } from "@/lib/quiz/rows";

const course = loadCourse();
const clone = (): Course => structuredClone(course);
const allQuestions = course.lessons.flatMap((l) => l.questions);

describe("the course in content/", () => {
  it("passes every schema and cross-check", () => {
    expect(validateCourse(course)).toEqual([]);
  });

  it("has at least 5 lessons with objectives, sections, key terms and at least 8 questions each", () => {
    expect(course.lessons.length).toBeGreaterThanOrEqual(5);
    for (const lesson of course.lessons) {
      expect(lesson.objectives.length, lesson.id).toBeGreaterThanOrEqual(2);
      expect(lesson.keyTerms.length, lesson.id).toBeGreaterThanOrEqual(3);
      expect(lesson.questions.length, lesson.id).toBeGreaterThanOrEqual(8);
    }
  });

  it("uses at least 6 question types, classification among them", () => {
    const types = new Set(allQuestions.map((q) => q.type));
    expect(types.size).toBeGreaterThanOrEqual(6);
    expect(types).toContain("classification");
  });

  it("quotes Article 20 exactly in the facts", () => {
    const art20 = course.facts.find((f) => f.id === 15)!.text;
    expect(art20).toContain(
      "Such withdrawal shall only take effect six months after the receipt of the instrument of withdrawal by the Depositary. If, however, on the expiry of that six-month period, the withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict.",
    );
  });

  it("quotes, in feedback on Article 20, the paragraph each question rests on, whole", () => {
    const onArt20 = allQuestions.filter((q) => q.refs.includes("fact:15"));
    expect(onArt20.length).toBeGreaterThan(5);
    for (const q of onArt20) {
      const quote = feedbackQuotes(course, q).find((x) => x.ref === "fact:15")!;
      expect(quote.excerpt, q.id).toBe(true);
      expect(quote.text.length, q.id).toBeLessThanOrEqual(FEEDBACK_QUOTE_LIMIT);
      expect(quote.text, q.id).not.toMatch(/^- /m);
      expect((q.evidence ?? []).some((e) => containsWhole(quote.text, e)), q.id).toBe(true);
    }
    const conflict = feedbackQuotes(course, allQuestions.find((q) => q.id === "wdr-art20-conflict")!)[0]!;
    expect(conflict.text).toContain("the withdrawal shall not take effect before the end of the armed conflict");
  });

  it("cites the article's dateline, not a paragraph, for the article's date", () => {
    for (const id of ["wdr-2025-order", "mil-context-order", "deb-article-predates", "deb-after-article"]) {
      const q = allQuestions.find((x) => x.id === id)!;
      expect(q.refs, id).toContain("article");
      expect(q.refs, id).not.toContain("p8");
    }
  });

  it("keeps research notes out of the facts' text", () => {
    const art20 = course.facts.find((f) => f.id === 15)!;
    expect(art20.text).not.toMatch(/typo/i);
    expect(art20.note).toMatch(/typo/i);
  });

  it("states the shared definitions and tie-breaks in every classification prompt", () => {
    const classification = allQuestions.filter((q) => q.type === "classification");
    expect(classification.length).toBeGreaterThanOrEqual(4);
    for (const q of classification) expect(normalise(q.prompt), q.id).toContain(normalise(CLASSIFICATION_GUIDE));
  });

  it("has no statement that has dated, in the lessons or the facts", () => {
    expect(datedProblems(course)).toEqual([]);
  });

  it("tests every paragraph, and every claim it lists, with two questions of different types", () => {
    for (const p of course.article.paragraphs) expect(p.claims.length, `¶${p.n}`).toBeGreaterThan(0);
    expect(paragraphCoverageProblems(course)).toEqual([]);
  });

  it("gives review a partner on the same paragraph or source for every question", () => {
    expect(reviewPairProblems(course)).toEqual([]);
  });

  it("shows the image credit as printed, apart from our gloss", () => {
    expect(course.article.imageCredit).toBe("Снимка от Pexels");
    expect(readImageCredit(storedImageCredit(course.article.imageCredit, course.article.imageCreditGloss))).toEqual({ original: "Снимка от Pexels", gloss: course.article.imageCreditGloss });
  });

  it("never teaches that Ukraine has left the Convention", () => {
    const prose = course.lessons.flatMap((l) => [...l.sections.map((s) => s.body), ...l.questions.map((q) => q.prompt)]).join("\n");
    expect(prose).not.toMatch(/Ukraine (has )?(left|withdrew from) the (Ottawa )?Convention/i);
  });

  it("uses the Ukrainian spellings of names outside quotations of the article", () => {
    const prose = course.lessons.flatMap((l) => l.sections.map((s) => s.body)).join("\n");
    expect(prose).toContain("Bielieskov");
    expect(prose).toContain("Venislavskyi");
  });

  it("grades every answer key as correct (a key that contradicts its own question would fail here)", () => {
    let n = 0;
    for (const q of allQuestions) {
      const stored = toStoredQuestion(q, () => `id${n++}`);
      const response = responseFromKey(stored);
      expect(gradeResponse(stored, response as never), q.id).toEqual({ credit: 1, correct: true });
    }
  });
});

describe("validation catches broken content", () => {
  const firstLesson = (c: Course): Lesson => c.lessons[0]!;

  it("fails when an article paragraph is cited by no lesson section", () => {
    const c = clone();
    for (const l of c.lessons) for (const s of l.sections) s.body = s.body.replaceAll("[¶9]", "");
    expect(validateCourse(c)).toContain("coverage: ¶9 is cited by no lesson section");
  });

  it("fails when an article paragraph is tested by no question", () => {
    const c = clone();
    for (const l of c.lessons) for (const q of l.questions) q.refs = q.refs.filter((r) => r !== "p7").concat(q.refs.length === 1 && q.refs[0] === "p7" ? ["p1"] : []);
    expect(validateCourse(c)).toContain("coverage: ¶7 is tested by no question");
  });

  it("fails when a reference points nowhere", () => {
    const c = clone();
    firstLesson(c).questions[0]!.refs.push("p42", "fact:999");
    firstLesson(c).sections[0]!.body += " [fact:1000]";
    const problems = validateCourse(c);
    expect(problems.some((p) => p.includes("¶42 is not a paragraph"))).toBe(true);
    expect(problems.some((p) => p.includes("fact:999 does not exist"))).toBe(true);
    expect(problems.some((p) => p.includes("fact:1000 does not exist"))).toBe(true);
  });

  it("fails when an answer key rests on an unverified fact", () => {
    const c = clone();
    const unverified = c.facts.find((f) => f.status === "unverified")!;
    firstLesson(c).questions[0]!.refs.push(`fact:${unverified.id}`);
    expect(validateCourse(c).some((p) => p.includes(`rests on fact:${unverified.id}, which is unverified`))).toBe(true);
  });

  it("fails when an answer key names a choice the question does not offer", () => {
    const single = questionSchema.parse({ id: "x", type: "single", prompt: "P", explanation: "E", refs: ["p1"], objective: "o", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }], answer: "c" });
    expect(answerKeyProblems(single)).toEqual(['answer "c" is not an option']);
    const multiple = questionSchema.parse({ id: "y", type: "multiple", prompt: "P", explanation: "E", refs: ["p1"], objective: "o", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }], answer: ["a", "b", "c"] });
    expect(answerKeyProblems(multiple)).toEqual(["every option is correct, so the question tests nothing"]);
  });

  it("fails when an explanation names an option by a letter the student never sees", () => {
    const c = clone();
    firstLesson(c).questions[0]!.explanation = "Option b is tempting, but wrong.";
    firstLesson(c).questions[1]!.explanation = "Only the Council is notified (c).";
    const problems = validateCourse(c);
    expect(problems.filter((p) => p.includes("names an option by its letter"))).toHaveLength(2);
  });

  it("fails when a question names an objective its lesson does not have", () => {
    const c = clone();
    firstLesson(c).questions[0]!.objective = "no-such-objective";
    expect(validateCourse(c).some((p) => p.includes('objective "no-such-objective"'))).toBe(true);
  });

  it("rejects a question whose schema is wrong", () => {
    expect(questionSchema.safeParse({ id: "z", type: "numeric", prompt: "P", explanation: "E", refs: ["¶5"], objective: "o", answer: 1 }).success).toBe(false);
  });
});

