// A draft turned into the course format that content/ is written in (lib/content/schema.ts), so
// that publishing seeds it exactly as the built-in course is seeded. Pure.
import { tokenizeCitations } from "@/lib/content/citations";
import type { Course } from "@/lib/content/validate";
import type { Lesson, Question } from "@/lib/content/schema";
import { parseKeyTerms } from "./checks";
import { newItemId, type DraftContent } from "./edits";
import { buildQuestion } from "./questions";

/** The draft with an id on every lesson and question (drafts saved before ids existed have none), and whether any was added. */
export function withItemIds(draft: DraftContent, newId: () => string = newItemId): { draft: DraftContent; added: boolean } {
  let added = false;
  const id = (current: string | undefined) => current ?? ((added = true), newId());
  const lessons = draft.lessons.map((l) => ({ ...l, id: id(l.id), questions: l.questions.map((q) => ({ ...q, id: id(q.id) })) }));
  return { draft: { ...draft, lessons }, added };
}

/** The published course's address: its title in lower-case words, then a part of the draft's id that keeps it unique. */
export function courseSlugFor(title: string, draftId: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  const tail = draftId.toLowerCase().replace(/[^a-z0-9]/g, "").slice(-8);
  return words ? `${words}-${tail}` : `course-${tail}`;
}

const displayDate = (iso: string) => iso.split("-").reverse().join(".");

/** A key term's definition without its inline citations: the lesson page shows those as links after it. */
const withoutCitations = (text: string) =>
  tokenizeCitations(text)
    .map((t) => (t.kind === "ref" ? "" : t.text))
    .join("")
    .replace(/\s+([.,;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();

/**
 * The draft in the course format, under `slug`. Each question quotes the whole text of every
 * paragraph and fact it cites as it is now, so that its feedback keeps showing what it cited
 * after a correction (and a correction makes a new version of the questions that cite it).
 * Expects ids on every lesson and question (withItemIds) and a draft that passes the checklist:
 * a question that is not whole is left out.
 */
export function courseFromDraft(draft: DraftContent, slug: string): Course {
  const factText = (n: number) => draft.facts[n - 1]?.text ?? "";
  const quoteOf = (ref: string) => (ref.startsWith("p") ? draft.paragraphs[Number(ref.slice(1)) - 1] : ref.startsWith("fact:") ? factText(Number(ref.slice(5))) : undefined);
  const lessons: Lesson[] = draft.lessons.map((lesson, i) => ({
    id: `${slug}-${lesson.id}`,
    position: i + 1,
    title: lesson.title,
    summary: lesson.summary || lesson.title,
    minutes: lesson.minutes,
    objectives: lesson.objectives.map((text, o) => ({ id: `o${o + 1}`, text })),
    sections: lesson.sections.map((s, n) => ({ id: `s${n + 1}`, heading: s.heading, kind: s.kind, body: s.body })),
    keyTerms: parseKeyTerms(lesson.keyTerms).map((t) => ({ term: t.term, definition: withoutCitations(t.definition), refs: t.refs })),
    questions: lesson.questions.flatMap((q): Question[] => {
      const built = buildQuestion(q, lesson, draft, `${slug}-${q.id}`).question;
      if (!built) return [];
      const quotes = Object.fromEntries(built.refs.flatMap((ref) => (quoteOf(ref) ? [[ref, quoteOf(ref)!]] : [])));
      return [{ ...built, ...(Object.keys(quotes).length ? { quotes } : {}) }];
    }),
  }));
  return {
    article: {
      title: draft.articleTitle,
      date: draft.articleDate,
      displayDate: displayDate(draft.articleDate),
      section: draft.articleSource,
      paragraphs: draft.paragraphs.map((text, i) => ({ n: i + 1, text, claims: [] })),
      spellings: [],
    },
    facts: draft.facts.map((f, i) => ({ id: i + 1, topic: f.topic, status: f.status, asOf: f.asOf, text: f.text, sources: [`${f.sourceTitle}, ${f.sourceUrl}`] })),
    lessons,
  };
}
