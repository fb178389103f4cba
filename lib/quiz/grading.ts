/**
 * Grading: pure functions, no I/O. Every grade is a credit from 0 to 1; the
 * caller multiplies it by the question's points. A question is "correct" only
 * at full credit.
 *
 * Partial credit, stated to students in PARTIAL_CREDIT_RULES:
 * - multiple select: +1 for each correct option chosen, -1 for each wrong one,
 *   divided by the number of correct options, never below 0;
 * - ordering: the share of items in their correct position;
 * - matching and classification: the share of rows answered correctly.
 */
import type { AnyResponse, Grade, KeyedQuestion, KeyOf, QuestionType, ResponseFor } from "./types";

export const PARTIAL_CREDIT_RULES: Partial<Record<QuestionType, string>> = {
  multiple:
    "Partial credit: each correct option you tick earns its share; each wrong option you tick takes one share away. The score never goes below zero.",
  ordering: "Partial credit: you earn a share for each item in its correct position.",
  matching: "Partial credit: you earn a share for each correct match.",
  classification: "Partial credit: you earn a share for each statement labelled correctly.",
};

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const grade = (credit: number): Grade => ({ credit: round(Math.max(0, Math.min(1, credit))), correct: credit >= 1 });

/**
 * Folds case, accents, punctuation, quotes and spacing, so that
 * "  Art. 20 " and "art 20" compare equal, and "Venislavskyi" matches "Venislavskyí".
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`´"“”«»]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Reads a number as people type it: "25", "25 %", "0,5", "1 000", "1,000.5". Returns null if it is not one. */
export function parseNumber(input: string): number | null {
  let s = input.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^[-+]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function shareCorrect(keys: Record<string, string>, given: Record<string, string>): Grade {
  const ids = Object.keys(keys);
  if (ids.length === 0) return grade(0);
  const right = ids.filter((id) => given[id] === keys[id]).length;
  return grade(right / ids.length);
}

const graders: { [T in QuestionType]: (key: KeyOf<T>, response: ResponseFor[T]) => Grade } = {
  single: (key, r) => grade(r.optionId === key.optionId ? 1 : 0),
  true_false: (key, r) => grade(r.value === key.value ? 1 : 0),
  multiple: (key, r) => {
    const chosen = new Set(r.optionIds);
    const correct = new Set(key.optionIds);
    const hits = [...chosen].filter((id) => correct.has(id)).length;
    const misses = chosen.size - hits;
    return grade((hits - misses) / correct.size);
  },
  ordering: (key, r) => grade(key.order.filter((id, i) => r.order[i] === id).length / key.order.length),
  matching: (key, r) => shareCorrect(key.matches, r.matches),
  short_text: (key, r) => {
    const given = normaliseText(r.text);
    return grade(given !== "" && key.accepted.some((a) => normaliseText(a) === given) ? 1 : 0);
  },
  numeric: (key, r) => {
    const n = parseNumber(r.value);
    return grade(n !== null && Math.abs(n - key.value) <= key.tolerance + 1e-9 ? 1 : 0);
  },
  classification: (key, r) => shareCorrect(key.labels, r.labels),
};

/** Grades a response that has already passed `parseResponse` for this question. */
export function gradeResponse(question: KeyedQuestion, response: AnyResponse): Grade {
  const grader = graders[question.type] as (key: unknown, response: AnyResponse) => Grade;
  return grader(question.answerKey, response);
}
