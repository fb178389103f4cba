// A draft's questions as teachers write them: the answers of each type in a few lines of plain
// text, turned into the course's question format (lib/content/schema.ts) and then into what the
// quiz engine stores, so that the preview and the key check run the engine itself. Pure.
import { toStoredQuestion } from "@/lib/content/stored-question";
import { questionSchema, type Question } from "@/lib/content/schema";
import { refLabel } from "@/lib/content/citations";
import { CLASSIFICATION_GUIDE } from "@/lib/content/labels";
import { normalise } from "@/lib/content/quotes";
import { plural } from "@/lib/format";
import { gradeResponse } from "@/lib/quiz/grading";
import { responseFromKey } from "@/lib/quiz/rows";
import { CATEGORIES, type Category, type QuestionType, type StoredQuestion } from "@/lib/quiz/types";
import type { DraftContent, DraftLesson } from "./edits";
import { missingRef, parseRefs } from "./refs";

export type DraftQuestion = {
  /** Stable across moves and edits: the published question's key ends with it. Absent in drafts saved before publishing existed. */
  id?: string;
  type: QuestionType;
  prompt: string;
  /** The lesson's objective it tests, by its place in the list (1-based); 0 while none is chosen. */
  objective: number;
  /** Its references as the teacher typed them: "¶2, fact:1". */
  refs: string;
  /** The answers in the type's plain-text format (ANSWER_FORMAT). */
  answers: string;
  explanation: string;
  points: number;
};

/** How the answers of each type are written, one item per line. */
export const ANSWER_FORMAT: Record<QuestionType, string> = {
  single: "One option per line. Start the right one with *.",
  multiple: "One option per line. Start each right one with *.",
  true_false: "true or false.",
  ordering: "The items in the right order, one per line. Students see them shuffled.",
  matching: "One pair per line: left = right. A line = right alone adds a choice that matches nothing.",
  short_text: "The accepted answers, one per line. Case, accents, punctuation and spacing are ignored.",
  numeric: "The answer, then if you like ± a tolerance and a unit: 161, or 6 ± 1 months.",
  classification: "One statement per line, starting fact:, claim: or opinion:.",
};

/** A new question's answers, showing the format. */
export const ANSWER_EXAMPLE: Record<QuestionType, string> = {
  single: "* The right option\nA wrong option\nAnother wrong option",
  multiple: "* A right option\n* Another right option\nA wrong option",
  true_false: "true",
  ordering: "First\nSecond\nThird",
  matching: "Term = what it means\nOther term = what that means\nThird term = its meaning",
  short_text: "The answer",
  numeric: "0",
  classification: "fact: A statement anyone can check\nopinion: A judgement",
};

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const letter = (i: number) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : "");

type Built = { question: Question | null; problems: string[] };

/** The answers part of the course's question, or the problems that keep it from being one. */
function answersOf(type: QuestionType, text: string): { fields: Record<string, unknown> | null; problems: string[] } {
  const items = lines(text);
  const problems: string[] = [];
  const need = (n: number, what: string) => items.length < n && problems.push(`Give at least ${plural(n, what)}.`);
  switch (type) {
    case "single":
    case "multiple": {
      const options = items.map((l, i) => ({ id: letter(i), text: l.replace(/^\*\s*/, ""), right: l.startsWith("*") }));
      need(type === "single" ? 2 : 3, "option");
      const right = options.filter((o) => o.right).map((o) => o.id);
      if (type === "single" && right.length !== 1) problems.push("Start exactly one option with * to mark the right answer.");
      if (type === "multiple" && right.length === 0) problems.push("Start each right option with *.");
      if (options.some((o) => o.text === "")) problems.push("An option has no text.");
      const fields = { options: options.map(({ id, text }) => ({ id, text })), answer: type === "single" ? right[0] : right };
      return { fields: problems.length ? null : fields, problems };
    }
    case "true_false": {
      const value = text.trim().toLowerCase();
      if (value !== "true" && value !== "false") return { fields: null, problems: ["Write true or false."] };
      return { fields: { answer: value === "true" }, problems };
    }
    case "ordering":
      need(3, "item");
      return { fields: problems.length ? null : { items: items.map((t, i) => ({ id: letter(i), text: t })) }, problems };
    case "matching": {
      const pairs = items.filter((l) => !l.startsWith("=")).map((l, i) => {
        const [left, ...right] = l.split("=");
        return { id: letter(i), left: (left ?? "").trim(), right: right.join("=").trim() };
      });
      const distractors = items.filter((l) => l.startsWith("=")).map((l) => l.slice(1).trim()).filter(Boolean);
      if (pairs.length < 3) problems.push("Give at least 3 pairs, one per line: left = right.");
      if (pairs.some((p) => !p.left || !p.right)) problems.push("Each pair needs text on both sides of =.");
      return { fields: problems.length ? null : { pairs, distractors }, problems };
    }
    case "short_text":
      need(1, "accepted answer");
      return { fields: problems.length ? null : { accepted: items }, problems };
    case "numeric": {
      const m = /^(-?\d+(?:[.,]\d+)?)(?:\s*(?:±|\+\/-|\+-)\s*(\d+(?:[.,]\d+)?))?\s*(.*)$/.exec(text.trim());
      if (!m) return { fields: null, problems: ["Start with the answer as a number, for example 161 or 6 ± 1 months."] };
      const num = (s: string) => Number(s.replace(",", "."));
      return { fields: { answer: num(m[1]!), tolerance: m[2] ? num(m[2]) : 0, ...(m[3] ? { unit: m[3] } : {}) }, problems };
    }
    case "classification": {
      const statements = items.map((l, i) => {
        const m = /^(fact|claim|opinion)\s*:\s*(.+)$/i.exec(l);
        return m ? { id: letter(i), text: m[2]!.trim(), answer: m[1]!.toLowerCase() as Category } : null;
      });
      if (statements.some((s) => s === null)) problems.push(`Start each statement with ${CATEGORIES.map((c) => `${c}:`).join(", ")}.`);
      need(2, "statement");
      return { fields: problems.length ? null : { statements }, problems };
    }
  }
}

/**
 * The question in the course's format, and every problem that keeps it from being published:
 * its prompt, objective, references (each must exist; a key may rest on a verified fact only),
 * explanation and answers.
 */
export function buildQuestion(q: DraftQuestion, lesson: DraftLesson, draft: Pick<DraftContent, "paragraphs" | "facts">, id = "q"): Built {
  const problems: string[] = [];
  if (!q.prompt.trim()) problems.push("Write the question.");
  const objective = lesson.objectives[q.objective - 1];
  if (!objective) problems.push("Choose the objective it tests.");
  const { refs, unreadable } = parseRefs(q.refs);
  if (unreadable.length) problems.push(`Cannot read ${unreadable.map((u) => `“${u}”`).join(", ")}: write references as ¶3, fact:1 or article.`);
  if (refs.length === 0) problems.push("Name the paragraph or fact it tests, for example ¶3.");
  for (const ref of refs) {
    const missing = missingRef(draft, ref);
    if (missing) problems.push(`${missing}.`);
    else if (ref.startsWith("fact:") && draft.facts[Number(ref.slice(5)) - 1]!.status !== "verified")
      problems.push(`${refLabel(ref)} is unverified: an answer key may rest on verified facts only.`);
  }
  if (!q.explanation.trim()) problems.push("Write the explanation students read after answering.");
  const answers = answersOf(q.type, q.answers);
  problems.push(...answers.problems);
  if (problems.length || !answers.fields) return { question: null, problems };

  // A classification question states the course's definitions and tie-breaks, as check:content requires.
  const prompt = q.type === "classification" && !normalise(q.prompt).includes(normalise(CLASSIFICATION_GUIDE)) ? `${q.prompt.trim()} ${CLASSIFICATION_GUIDE}` : q.prompt.trim();
  const parsed = questionSchema.safeParse({ id, type: q.type, prompt, explanation: q.explanation.trim(), refs, objective: `o${q.objective}`, points: q.points, ...answers.fields });
  if (!parsed.success) return { question: null, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  return { question: parsed.data, problems: [] };
}

/** The question as the engine stores it, with choice ids counted for a stable preview. */
export function storedForPreview(question: Question): StoredQuestion {
  let n = 0;
  return toStoredQuestion(question, () => `c${++n}`);
}

/** Whether the engine grades the key as fully correct (a short answer that normalises to nothing does not). */
export function keyGradesCorrect(stored: StoredQuestion): boolean {
  return gradeResponse(stored, responseFromKey(stored) as never).correct;
}

/**
 * A question checked whole: the course's form and what the engine stores (null while it has
 * problems), and every problem, the key check included. No problem means it is ready.
 */
export function checkQuestion(q: DraftQuestion, lesson: DraftLesson, draft: Pick<DraftContent, "paragraphs" | "facts">): { question: Question | null; stored: StoredQuestion | null; problems: string[] } {
  const built = buildQuestion(q, lesson, draft);
  if (!built.question) return { question: null, stored: null, problems: built.problems };
  const stored = storedForPreview(built.question);
  if (!keyGradesCorrect(stored)) return { question: null, stored: null, problems: ["The engine does not grade this key as correct: check the answers."] };
  return { question: built.question, stored, problems: [] };
}

/** Every problem of a question, the key check included: none means it is ready. */
export const questionProblems = (q: DraftQuestion, lesson: DraftLesson, draft: Pick<DraftContent, "paragraphs" | "facts">): string[] => checkQuestion(q, lesson, draft).problems;

/** A question from another format (lib/content/gift.ts) in the draft's form: its answers written out as a teacher would type them. */
export function draftFromAuthored(q: Partial<Question> & { type: QuestionType; prompt: string }, objectives: string[]): DraftQuestion {
  const refs = (q.refs ?? []).map((r) => (r.startsWith("p") ? `¶${r.slice(1)}` : r)).join(", ");
  // An objective tag that names one of the lesson's objectives by its number ("objective:2") keeps it.
  const objective = /^\d+$/.test(q.objective ?? "") && Number(q.objective) <= objectives.length ? Number(q.objective) : 0;
  const answers = (() => {
    switch (q.type) {
      case "single":
      case "multiple": {
        const right = new Set([q.answer ?? []].flat() as string[]);
        return (q.options ?? []).map((o) => `${right.has(o.id) ? "* " : ""}${o.text}`).join("\n");
      }
      case "true_false":
        return String(q.answer ?? "");
      case "ordering":
        return (q.items ?? []).map((i) => i.text).join("\n");
      case "matching":
        return [...(q.pairs ?? []).map((p) => `${p.left} = ${p.right}`), ...(q.distractors ?? []).map((d) => `= ${d}`)].join("\n");
      case "short_text":
        return (q.accepted ?? []).join("\n");
      case "numeric":
        return q.answer === undefined ? "" : `${q.answer}${q.tolerance ? ` ± ${q.tolerance}` : ""}${q.unit ? ` ${q.unit}` : ""}`;
      case "classification":
        return (q.statements ?? []).map((s) => `${s.answer}: ${s.text}`).join("\n");
    }
  })();
  return { type: q.type, prompt: q.prompt, objective, refs, answers, explanation: q.explanation ?? "", points: q.points ?? 1 };
}
