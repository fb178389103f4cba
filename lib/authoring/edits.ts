// One edit applied to a draft, and the words that tell a co-author what it changed. Pure.
import type { z } from "zod";
import { DomainError } from "@/lib/errors";
import { mergeWithNext, paragraphCitations, splitParagraph } from "./paragraphs";
import { ANSWER_EXAMPLE, type DraftQuestion } from "./questions";
import { detailFields, factFields, lessonFields, questionFields, sectionFields, type DetailField, type DraftEdit, type DraftFact } from "./schemas";

export type DraftDetails = Record<DetailField, string>;
export type DraftSection = { heading: string; kind: "article" | "background"; body: string };
export type DraftLesson = {
  /** Stable across moves and edits: the published lesson's address ends with it. Absent in drafts saved before publishing existed. */
  id?: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  /** One per line, "term = definition", citations inline: "Withdrawal = leaving a treaty under its own rules [¶3]". */
  keyTerms: string;
  sections: DraftSection[];
  questions: DraftQuestion[];
};
export type DraftContent = DraftDetails & { paragraphs: string[]; facts: DraftFact[]; lessons: DraftLesson[] };

/** What each detail is called in a message. */
export const DETAIL_LABEL: Record<DetailField, string> = {
  title: "course title",
  articleTitle: "article's title",
  articleSource: "publication",
  articleDate: "article's date",
  articleUrl: "article's address",
  language: "article's language",
};

/** What an edit does, in the words its co-authors read ("merged ¶3 and ¶4"). */
export function describeEdit(edit: DraftEdit): string {
  switch (edit.kind) {
    case "details":
      return `changed the ${DETAIL_LABEL[edit.field]}`;
    case "paragraph":
      return `edited ¶${edit.n}`;
    case "merge":
      return `merged ¶${edit.n} and ¶${edit.n + 1}`;
    case "split":
      return `split ¶${edit.n} in two`;
    case "addFact":
      return `added a fact (${edit.fact.topic})`;
    case "fact":
      return `edited fact ${edit.n}`;
    case "addLesson":
      return `added a lesson (${edit.title})`;
    case "lesson":
      return `edited lesson ${edit.lesson}'s ${edit.field === "keyTerms" ? "key terms" : edit.field}`;
    case "removeLesson":
      return `removed lesson ${edit.lesson}`;
    case "move":
      return `moved ${edit.what === "lesson" ? `lesson ${edit.lesson}` : `${edit.what} ${edit.item} of lesson ${edit.lesson}`} ${edit.by < 0 ? "up" : "down"}`;
    case "addSection":
      return `added a section to lesson ${edit.lesson} (${edit.heading})`;
    case "section":
      return `edited section ${edit.section} of lesson ${edit.lesson}`;
    case "removeSection":
      return `removed section ${edit.section} of lesson ${edit.lesson}`;
    case "addQuestion":
      return `added a question to lesson ${edit.lesson}`;
    case "question":
      return `edited question ${edit.question} of lesson ${edit.lesson} (its ${edit.field})`;
    case "removeQuestion":
      return `removed question ${edit.question} of lesson ${edit.lesson}`;
    case "addQuestions":
      return `imported ${edit.questions.length === 1 ? "1 question" : `${edit.questions.length} questions`} into lesson ${edit.lesson} from ${edit.source}`;
  }
}

/** A short random id for a new lesson or question, unique within its draft in practice. */
export const newItemId = () => crypto.randomUUID().replaceAll("-", "").slice(0, 10);

export type EditContext = {
  /** Whether the draft has been published: its paragraphs are then numbered for good (no merge or split). */
  published?: boolean;
  newId?: () => string;
};

/** The draft after `edit`, and a summary of the edit. Refuses an edit that cannot apply. */
export function applyEdit(draft: DraftContent, edit: DraftEdit, context: EditContext = {}): { next: DraftContent; summary: string } {
  if (context.published && (edit.kind === "merge" || edit.kind === "split"))
    throw new DomainError("invalid", "The course is published, so its paragraphs are numbered for good: correct a paragraph's text instead of merging or splitting it.");
  return { next: applied(draft, edit, context.newId ?? newItemId), summary: describeEdit(edit) };
}

/** Parses one field's new value with its schema; a refusal names the field (`where`). */
function parseField<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DomainError("invalid", parsed.error.issues[0]!.message, where);
  return parsed.data;
}

function lessonAt(draft: DraftContent, n: number): DraftLesson {
  const lesson = draft.lessons[n - 1];
  if (!lesson) throw new DomainError("invalid", `There is no lesson ${n}.`);
  return lesson;
}

const replaceAt = <T>(list: readonly T[], n: number, item: T) => list.map((x, i) => (i === n - 1 ? item : x));

/** The list with its nth item (1-based) moved one place up (`by` -1) or down (1). */
function moved<T>(list: readonly T[], n: number, by: -1 | 1, what: string): T[] {
  const to = n + by;
  if (n > list.length) throw new DomainError("invalid", `There is no ${what} ${n}.`);
  if (to < 1 || to > list.length) throw new DomainError("invalid", `The ${what} is already ${by < 0 ? "first" : "last"}.`);
  const out = [...list];
  [out[n - 1], out[to - 1]] = [out[to - 1]!, out[n - 1]!];
  return out;
}

function applied(draft: DraftContent, edit: DraftEdit, newId: () => string): DraftContent {
  const count = draft.paragraphs.length;
  const exists = (n: number) => {
    if (n > count) throw new DomainError("invalid", `There is no ¶${n}: the article has ${count} paragraphs.`);
  };
  switch (edit.kind) {
    case "details":
      return { ...draft, [edit.field]: parseField(detailFields[edit.field], edit.value, edit.field) };
    case "paragraph":
      exists(edit.n);
      return { ...draft, paragraphs: replaceAt(draft.paragraphs, edit.n, edit.text) };
    case "merge":
      exists(edit.n + 1);
      assertRenumberable(draft, edit.n);
      return { ...draft, paragraphs: mergeWithNext(draft.paragraphs, edit.n) };
    case "split": {
      exists(edit.n);
      if (edit.offset >= draft.paragraphs[edit.n - 1]!.length) throw new DomainError("invalid", `¶${edit.n} is shorter than that: choose where to split it again.`);
      assertRenumberable(draft, edit.n);
      try {
        return { ...draft, paragraphs: splitParagraph(draft.paragraphs, edit.n, edit.offset) };
      } catch {
        throw new DomainError("invalid", "A split must leave text on both sides.");
      }
    }
    case "addFact":
      return { ...draft, facts: [...draft.facts, edit.fact] };
    case "fact": {
      const fact = draft.facts[edit.n - 1];
      if (!fact) throw new DomainError("invalid", `There is no fact ${edit.n}.`);
      return { ...draft, facts: replaceAt(draft.facts, edit.n, { ...fact, [edit.field]: parseField(factFields[edit.field], edit.value, `fact.${edit.n}.${edit.field}`) }) };
    }
    case "addLesson":
      return { ...draft, lessons: [...draft.lessons, { id: newId(), title: edit.title, summary: "", minutes: 10, objectives: [], keyTerms: "", sections: [], questions: [] }] };
    case "lesson": {
      const lesson = lessonAt(draft, edit.lesson);
      const where = `lesson.${edit.lesson}.${edit.field}`;
      const changed =
        edit.field === "objectives"
          ? { objectives: parseField(lessonFields.objectives, edit.value, where).split("\n").map((o) => o.trim()).filter(Boolean) }
          : { [edit.field]: parseField(lessonFields[edit.field] as z.ZodType<string | number>, edit.value, where) };
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, ...changed }) };
    }
    case "move": {
      if (edit.what === "lesson") return { ...draft, lessons: moved(draft.lessons, edit.lesson, edit.by, "lesson") };
      const lesson = lessonAt(draft, edit.lesson);
      const changed = edit.what === "section" ? { sections: moved(lesson.sections, edit.item, edit.by, "section") } : { questions: moved(lesson.questions, edit.item, edit.by, "question") };
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, ...changed }) };
    }
    case "removeLesson":
      lessonAt(draft, edit.lesson);
      return { ...draft, lessons: draft.lessons.filter((_, i) => i !== edit.lesson - 1) };
    case "addSection": {
      const lesson = lessonAt(draft, edit.lesson);
      const section: DraftSection = { heading: edit.heading, kind: edit.sectionKind, body: "" };
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, sections: [...lesson.sections, section] }) };
    }
    case "section":
    case "removeSection": {
      const lesson = lessonAt(draft, edit.lesson);
      const section = lesson.sections[edit.section - 1];
      if (!section) throw new DomainError("invalid", `Lesson ${edit.lesson} has no section ${edit.section}.`);
      const sections =
        edit.kind === "removeSection"
          ? lesson.sections.filter((_, i) => i !== edit.section - 1)
          : replaceAt(lesson.sections, edit.section, { ...section, [edit.field]: parseField(sectionFields[edit.field], edit.value, `section.${edit.lesson}.${edit.section}.${edit.field}`) });
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, sections }) };
    }
    case "addQuestion": {
      const lesson = lessonAt(draft, edit.lesson);
      const question: DraftQuestion = { id: newId(), type: edit.questionType, prompt: edit.prompt, objective: 0, refs: "", answers: ANSWER_EXAMPLE[edit.questionType], explanation: "", points: 1 };
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, questions: [...lesson.questions, question] }) };
    }
    case "addQuestions": {
      const lesson = lessonAt(draft, edit.lesson);
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, questions: [...lesson.questions, ...edit.questions.map((q) => ({ ...q, id: newId() }))] }) };
    }
    case "question":
    case "removeQuestion": {
      const lesson = lessonAt(draft, edit.lesson);
      const question = lesson.questions[edit.question - 1];
      if (!question) throw new DomainError("invalid", `Lesson ${edit.lesson} has no question ${edit.question}.`);
      const questions =
        edit.kind === "removeQuestion"
          ? lesson.questions.filter((_, i) => i !== edit.question - 1)
          : replaceAt(lesson.questions, edit.question, {
              ...question,
              [edit.field]: parseField(questionFields[edit.field] as z.ZodType<string | number>, edit.value, `question.${edit.lesson}.${edit.question}.${edit.field}`),
            });
      return { ...draft, lessons: replaceAt(draft.lessons, edit.lesson, { ...lesson, questions }) };
    }
  }
}

/**
 * A merge or split at ¶n renumbers ¶n and every paragraph after it: refused while any of them
 * is cited, so that a citation never comes to point at other text.
 */
function assertRenumberable(draft: DraftContent, n: number) {
  const cited = [...paragraphCitations(draft)].filter(([p]) => p >= n).sort(([a], [b]) => a - b);
  if (cited.length === 0) return;
  const [first, where] = cited[0]!;
  throw new DomainError(
    "invalid",
    `¶${first} is cited (${where.join("; ")}), and merging or splitting ¶${n} would renumber it. Remove the citations of ¶${n} and later paragraphs first, or edit the text instead.`,
  );
}

export type ChangeLine = { summary: string; by: string | null; at: Date };

/**
 * What a refused save is told: who changed what since the revision it was made on, newest last,
 * at most five named ("Since you opened this draft, Ada merged ¶3 and ¶4 at 10:42.").
 */
export function staleSaveMessage(changes: ChangeLine[], refused: string, time: (d: Date) => string): string {
  const shown = changes.slice(-5).map((c) => `${c.by ?? "a former author"} ${c.summary} at ${time(c.at)}`);
  const more = changes.length > shown.length ? `, and ${changes.length - shown.length} earlier changes` : "";
  const since = shown.length ? `Since you opened this draft, ${shown.join("; ")}${more}.` : "The draft has changed since you opened it.";
  return `${since} Your change (${refused}) was not saved, so that theirs is not overwritten: the page now shows the draft as it is. Make your change again if it is still needed.`;
}
