/**
 * The one home for a question version as the database stores it: which version is current,
 * the checked conversion of its JSON columns into a typed question, parse-then-grade, the
 * order its choices are shown in, and the responses built from its key (for the demo term,
 * the tests and the benchmark). Pure: callers read the rows; nothing here touches the database.
 */
import { z } from "zod";
import { gradeResponse } from "./grading";
import { parseResponse } from "./responses";
import { hashString, shuffleChoices } from "./shuffle";
import { shuffledChoiceIds } from "./stored";
import { CATEGORIES, type AnyResponse, type Grade, type PublicQuestion, type StoredQuestion } from "./types";

/** The Prisma `versions` include/select fragment that picks a question's current version. */
export const CURRENT_VERSION = { orderBy: { version: "desc" }, take: 1 } as const;

const choice = z.object({ id: z.string(), text: z.string() });
const choices = z.array(choice);
const contentSchemas = {
  single: z.object({ options: choices }),
  multiple: z.object({ options: choices }),
  true_false: z.object({}),
  ordering: z.object({ items: choices }),
  matching: z.object({ prompts: choices, choices }),
  short_text: z.object({ placeholder: z.string().optional() }),
  numeric: z.object({ unit: z.string().optional() }),
  classification: z.object({ statements: choices }),
} as const;
const keySchemas = {
  single: z.object({ optionId: z.string() }),
  multiple: z.object({ optionIds: z.array(z.string()) }),
  true_false: z.object({ value: z.boolean() }),
  ordering: z.object({ order: z.array(z.string()) }),
  matching: z.object({ matches: z.record(z.string(), z.string()) }),
  short_text: z.object({ accepted: z.array(z.string()).min(1) }),
  numeric: z.object({ value: z.number(), tolerance: z.number() }),
  classification: z.object({ labels: z.record(z.string(), z.enum(CATEGORIES)) }),
} as const;
type Type = keyof typeof contentSchemas;

/** A stored row's columns, as Prisma returns them. */
export type PublicRow = { id?: string; type: string; content: unknown };
export type KeyedRow = PublicRow & { answerKey: unknown };

function typeOf(row: PublicRow): Type {
  if (!(row.type in contentSchemas)) throw new Error(`question version ${row.id ?? "?"} has an unknown type ${JSON.stringify(row.type)}`);
  return row.type as Type;
}

function check<T>(schema: z.ZodType<T>, value: unknown, row: PublicRow, column: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`question version ${row.id ?? "?"} (${row.type}) has a malformed ${column}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/**
 * The public side of a stored version, checked. Stored content may carry fields the check does
 * not name (feedback quotes, for one); they are kept, since zod's object schemas only verify.
 */
export function toPublicQuestion(row: PublicRow): PublicQuestion {
  const type = typeOf(row);
  check(contentSchemas[type] as z.ZodType<unknown>, row.content, row, "content");
  return { type, content: row.content } as PublicQuestion;
}

/** A stored version with its key, checked. Server only: the key must never reach a browser. */
export function toKeyedQuestion(row: KeyedRow): StoredQuestion {
  const { type, content } = toPublicQuestion(row);
  check(keySchemas[type] as z.ZodType<unknown>, row.answerKey, row, "answerKey");
  return { type, content, answerKey: row.answerKey } as StoredQuestion;
}

export type GradedInput = { ok: true; response: AnyResponse; grade: Grade } | { ok: false; message: string };

/** Checks a student's input against the question and grades it: the one parse-then-grade. */
export function gradeInput(question: StoredQuestion, input: unknown): GradedInput {
  const parsed = parseResponse(question, input);
  if (!parsed.ok) return parsed;
  return { ok: true, response: parsed.response, grade: gradeResponse(question, parsed.response) };
}

/** The order a question's choices are shown in for one draw (an attempt's seed, or a page load's). */
export function choiceOrderFor(question: PublicQuestion, versionId: string, seed: number): string[] {
  return shuffleChoices(shuffledChoiceIds(question), seed ^ hashString(versionId));
}

/** The response that earns full credit. */
export function responseFromKey(q: StoredQuestion): AnyResponse {
  switch (q.type) {
    case "single":
      return { optionId: q.answerKey.optionId };
    case "true_false":
      return { value: q.answerKey.value };
    case "multiple":
      return { optionIds: q.answerKey.optionIds };
    case "ordering":
      return { order: q.answerKey.order };
    case "matching":
      return { matches: q.answerKey.matches };
    case "short_text":
      return { text: q.answerKey.accepted[0]! };
    case "numeric":
      return { value: String(q.answerKey.value) };
    case "classification":
      return { labels: q.answerKey.labels };
  }
}

/** A valid response that does not earn full credit; `pick` chooses among the wrong options. */
export function wrongResponse(q: StoredQuestion, pick: (n: number) => number = () => 0): AnyResponse {
  const rotate = <T>(items: T[]) => (items.length > 1 ? [...items.slice(1), items[0]!] : items);
  switch (q.type) {
    case "single": {
      const wrong = q.content.options.filter((o) => o.id !== q.answerKey.optionId);
      return { optionId: wrong[pick(wrong.length)]!.id };
    }
    case "true_false":
      return { value: !q.answerKey.value };
    case "multiple": {
      const wrong = q.content.options.filter((o) => !q.answerKey.optionIds.includes(o.id));
      return { optionIds: wrong.length ? [wrong[pick(wrong.length)]!.id] : q.answerKey.optionIds.slice(1) };
    }
    case "ordering":
      return { order: rotate(q.answerKey.order) };
    case "matching": {
      const prompts = Object.keys(q.answerKey.matches);
      const rights = rotate(prompts.map((p) => q.answerKey.matches[p]!));
      return { matches: Object.fromEntries(prompts.map((p, i) => [p, rights[i]!])) };
    }
    case "short_text":
      return { text: "I am not sure" };
    case "numeric":
      return { value: String(q.answerKey.value + q.answerKey.tolerance + 1000) };
    case "classification": {
      const next = (c: (typeof CATEGORIES)[number]) => CATEGORIES[(CATEGORIES.indexOf(c) + 1) % CATEGORIES.length]!;
      return { labels: Object.fromEntries(Object.entries(q.answerKey.labels).map(([id, label]) => [id, next(label)])) };
    }
  }
}
