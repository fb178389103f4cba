// What a draft's author is told while writing it, and the checklist it must pass to be published:
// the structural rules of the built-in course's check (lib/content/validate.ts). Pure.
import { citedRefs } from "@/lib/content/citations";
import { datedStatements } from "@/lib/content/dated";
import { answerKeyProblems, choiceTexts, OPTION_LETTER } from "@/lib/content/validate";
import { plural } from "@/lib/format";
import type { DraftContent, DraftSection } from "./edits";
import { buildQuestion, questionProblems } from "./questions";
import { missingRef, parseRefs } from "./refs";

/** The problems of one section's citations, each as a sentence; none when it is sound. */
export function sectionProblems(draft: Pick<DraftContent, "paragraphs" | "facts">, section: DraftSection): string[] {
  const refs = citedRefs(section.body);
  const problems: string[] = [];
  if (section.body.trim() === "") return ["Write the section's text."];
  if (refs.length === 0) problems.push("Cite the paragraph or fact each claim rests on, as [¶3] or [fact:1].");
  for (const ref of refs) {
    const missing = missingRef(draft, ref);
    if (missing) problems.push(`${missing}: ${ref.startsWith("p") ? `it has ${plural(draft.paragraphs.length, "paragraph")}` : `the draft has ${plural(draft.facts.length, "fact")}`}.`);
  }
  if (section.kind === "background" && !refs.some((r) => r.startsWith("fact:"))) problems.push("A background section cites at least one fact.");
  return problems;
}

/** A lesson's key terms, one per line ("term = definition [¶3]"), with their references. */
export function parseKeyTerms(text: string): { term: string; definition: string; refs: string[] }[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf("=");
      const definition = at < 0 ? "" : line.slice(at + 1).trim();
      return { term: (at < 0 ? line : line.slice(0, at)).trim(), definition, refs: citedRefs(definition) };
    });
}

/** The problems of a lesson's key terms: each needs a term and a definition, and its citations must exist. */
export function keyTermProblems(draft: Pick<DraftContent, "paragraphs" | "facts">, keyTerms: string): string[] {
  return parseKeyTerms(keyTerms).flatMap(({ term, definition, refs }) => {
    if (!term || !definition) return [`Write “${term || definition}” as term = definition.`];
    return refs.flatMap((ref) => {
      const missing = missingRef(draft, ref);
      return missing ? [`“${term}”: ${missing}.`] : [];
    });
  });
}

export type ChecklistItem = {
  /** What must hold before the course is published. */
  rule: string;
  /** What breaks it, each with the page that fixes it; empty when it holds. */
  problems: { text: string; href: string }[];
};

/**
 * The checklist a draft must pass before it is published: every paragraph cited by a section
 * and tested by a question, every reference found, no key resting on an unverified fact, every
 * question whole with a key the engine grades as correct, every lesson and objective complete.
 * Each problem links to where it is fixed. `base` is the draft's address.
 */
export function publishChecklist(draft: DraftContent, base: string): ChecklistItem[] {
  const lessonHref = (l: number) => `${base}/lessons/${l}`;
  const sectionCites = new Set<number>();
  const questionCites = new Set<number>();
  const lessons: ChecklistItem["problems"] = [];
  const objectives: ChecklistItem["problems"] = [];
  const sections: ChecklistItem["problems"] = [];
  const questions: ChecklistItem["problems"] = [];
  const unverified: ChecklistItem["problems"] = [];

  draft.lessons.forEach((lesson, i) => {
    const l = i + 1;
    const missing = [lesson.objectives.length ? "" : "objectives", lesson.sections.length ? "" : "sections", lesson.questions.length ? "" : "questions"].filter(Boolean);
    if (missing.length) lessons.push({ text: `Lesson ${l}, “${lesson.title}”, has no ${missing.join(" and no ")}.`, href: lessonHref(l) });
    lesson.sections.forEach((section, s) => {
      for (const ref of citedRefs(section.body)) if (ref.startsWith("p")) sectionCites.add(Number(ref.slice(1)));
      for (const problem of sectionProblems(draft, section)) sections.push({ text: `Lesson ${l}, section ${s + 1} (“${section.heading}”): ${problem}`, href: lessonHref(l) });
    });
    const tested = new Set<number>();
    lesson.questions.forEach((question, q) => {
      for (const ref of parseRefs(question.refs).refs) if (ref.startsWith("p")) questionCites.add(Number(ref.slice(1)));
      tested.add(question.objective);
      for (const problem of questionProblems(question, lesson, draft)) {
        const item = { text: `Lesson ${l}, question ${q + 1}: ${problem}`, href: lessonHref(l) };
        (problem.includes("unverified") ? unverified : questions).push(item);
      }
    });
    for (const problem of keyTermProblems(draft, lesson.keyTerms)) sections.push({ text: `Lesson ${l}, key terms: ${problem}`, href: lessonHref(l) });
    lesson.objectives.forEach((objective, o) => {
      if (!tested.has(o + 1)) objectives.push({ text: `Lesson ${l}: no question tests “${objective}”.`, href: lessonHref(l) });
    });
  });

  const paragraphs = draft.paragraphs.map((_, i) => i + 1);
  const editorial = contentRuleProblems(draft, base);
  const link = (n: number) => `${base}#p${n}`;
  return [
    { rule: "The course has at least one lesson", problems: draft.lessons.length ? [] : [{ text: "Add a lesson.", href: `${base}/lessons` }] },
    { rule: "Every lesson has objectives, sections and questions", problems: lessons },
    { rule: "Every paragraph is cited by a lesson's section", problems: paragraphs.filter((n) => !sectionCites.has(n)).map((n) => ({ text: `No section cites ¶${n}.`, href: link(n) })) },
    { rule: "Every paragraph is tested by a question", problems: paragraphs.filter((n) => !questionCites.has(n)).map((n) => ({ text: `No question tests ¶${n}.`, href: link(n) })) },
    { rule: "Every objective is tested by a question", problems: objectives },
    { rule: "Every section's and key term's references exist", problems: sections },
    { rule: "No answer key rests on an unverified fact", problems: unverified },
    { rule: "Every question is whole, and the engine grades its key as correct", problems: questions },
    { rule: "Statements stay true as they age, and every key tests something (the rules of npm run check:content)", problems: editorial },
  ];
}

/**
 * The rules of the built-in course's check (lib/content/validate.ts) that a course written here
 * can meet: no statement that dates (a present or future tense about a date, "currently" without
 * "as of"), no answer key that tests nothing, no option named by a letter students never see.
 * The rules that rest on authoring data drafts do not have (each question's evidence, each
 * paragraph's claims tested twice) stay with content/.
 */
function contentRuleProblems(draft: DraftContent, base: string): ChecklistItem["problems"] {
  const out: ChecklistItem["problems"] = [];
  draft.facts.forEach((fact, f) => datedStatements(fact.text).forEach((p) => out.push({ text: `Fact ${f + 1}: ${p}`, href: `${base}/facts#fact-${f + 1}` })));
  draft.lessons.forEach((lesson, l) => {
    const at = (what: string, problem: string) => out.push({ text: `Lesson ${l + 1}, ${what}: ${problem}`, href: `${base}/lessons/${l + 1}` });
    for (const text of [lesson.title, lesson.summary, ...lesson.objectives]) datedStatements(text).forEach((p) => at("its title, summary or objectives", p));
    lesson.sections.forEach((s, n) => datedStatements(`${s.heading}\n${s.body}`).forEach((p) => at(`section ${n + 1}`, p)));
    parseKeyTerms(lesson.keyTerms).forEach((t) => datedStatements(t.definition).forEach((p) => at(`key term “${t.term}”`, p)));
    lesson.questions.forEach((draftQuestion, n) => {
      const question = buildQuestion(draftQuestion, lesson, draft).question;
      if (!question) return;
      const problems = [
        ...answerKeyProblems(question),
        ...(OPTION_LETTER.test(`${question.prompt}\n${question.explanation}`) ? ["it names an option by its letter, but options are shuffled and shown without letters"] : []),
        ...[question.prompt, question.explanation, ...choiceTexts(question)].flatMap((text) => datedStatements(text)),
      ];
      problems.forEach((p) => at(`question ${n + 1}`, p));
    });
  });
  return out;
}
