// An article's paragraphs while a course is drafted from it: numbered from the pasted text, then
// merged or split by the teacher. Pure functions; each returns a new list and never loses text.
import { citedRefs, parseRef } from "@/lib/content/citations";
import type { DraftContent } from "./edits";
import { parseRefs } from "./refs";

/** The longest paragraph kept whole, in characters: longer text is an article pasted without breaks. */
export const PARAGRAPH_LIMIT = 5_000;

/**
 * The paragraphs of pasted text. Blank lines separate paragraphs, and a paragraph's own line
 * breaks (text copied from a narrow column) become spaces. Text with no blank line at all, as
 * some pages copy, is split at every line break instead.
 */
export function numberParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/[\u00a0\t]+/g, " ");
  const blocks = /\n[ ]*\n/.test(normalised) ? normalised.split(/\n(?:[ ]*\n)+/) : normalised.split("\n");
  return blocks.map((block) => block.replace(/\s*\n\s*/g, " ").replace(/ {2,}/g, " ").trim()).filter((p) => p !== "");
}

function at(paragraphs: readonly string[], n: number): string {
  const text = paragraphs[n - 1];
  if (text === undefined) throw new RangeError(`There is no ¶${n}.`);
  return text;
}

/** ¶n and ¶n+1 become one paragraph, ¶n; the paragraphs after them move up by one. */
export function mergeWithNext(paragraphs: readonly string[], n: number): string[] {
  const first = at(paragraphs, n);
  const second = at(paragraphs, n + 1);
  return [...paragraphs.slice(0, n - 1), `${first} ${second}`, ...paragraphs.slice(n + 1)];
}

/** ¶n becomes two paragraphs, split before the character at `offset`; the paragraphs after it move down by one. */
export function splitParagraph(paragraphs: readonly string[], n: number, offset: number): string[] {
  const text = at(paragraphs, n);
  const before = text.slice(0, offset).trim();
  const after = text.slice(offset).trim();
  if (before === "" || after === "") throw new RangeError(`A split must leave text on both sides.`);
  return [...paragraphs.slice(0, n - 1), before, after, ...paragraphs.slice(n)];
}

/** Where a paragraph may be split: after each of its sentences but the last (offsets into the text). */
export function sentenceBreaks(text: string, locale = "en"): number[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  const ends = [...segmenter.segment(text)].map((s) => s.index + s.segment.length);
  return ends.filter((end) => end < text.length && text.slice(end).trim() !== "");
}

/** Where each paragraph is cited: ¶n → the sections and questions that cite it ("lesson 1, “The ruling”", "lesson 1, question 2"). */
export function paragraphCitations(draft: Pick<DraftContent, "lessons">): Map<number, string[]> {
  return citationsOf(draft, "paragraph");
}

/** Where each fact is cited (fact number → "lesson 1, “The ruling”", "lesson 1, question 2"): what a correction of it touches. */
export function factCitations(draft: Pick<DraftContent, "lessons">): Map<number, string[]> {
  return citationsOf(draft, "fact");
}

function citationsOf(draft: Pick<DraftContent, "lessons">, kind: "paragraph" | "fact"): Map<number, string[]> {
  const cited = new Map<number, string[]>();
  const note = (refs: string[], at: string) => {
    for (const ref of refs) {
      const parsed = parseRef(ref);
      const n = parsed.kind === "paragraph" && kind === "paragraph" ? parsed.n : parsed.kind === "fact" && kind === "fact" ? parsed.id : null;
      if (n === null) continue;
      const list = cited.get(n) ?? [];
      if (!list.includes(at)) list.push(at);
      cited.set(n, list);
    }
  };
  draft.lessons.forEach((lesson, l) => {
    lesson.sections.forEach((section) => note(citedRefs(section.body), `lesson ${l + 1}, “${section.heading}”`));
    lesson.questions.forEach((question, q) => note(parseRefs(question.refs).refs, `lesson ${l + 1}, question ${q + 1}`));
  });
  return cited;
}
