import { z } from "zod";
import { isPlainText } from "@/lib/validation";
import { parseNumber } from "./grading";
import { CATEGORIES, type AnyResponse, type PublicQuestion } from "./types";

const id = z.string().min(1).max(64);
const MAX_TEXT = 500;
const NOT_PLAIN = "Remove the control characters or broken symbols from your answer.";

/**
 * Checks a student's response against the question it answers: the right
 * shape for the type, and only ids that this question offers. Returns a
 * message a student can read when it is not valid.
 */
export function parseResponse(
  question: PublicQuestion,
  input: unknown,
): { ok: true; response: AnyResponse } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  switch (question.type) {
    case "single": {
      const r = z.object({ optionId: id }).strict().safeParse(input);
      if (!r.success) return fail("Choose one option.");
      const ids = question.content.options.map((o) => o.id);
      return ids.includes(r.data.optionId) ? { ok: true, response: r.data } : fail("That option is not part of this question.");
    }
    case "true_false": {
      const r = z.object({ value: z.boolean() }).strict().safeParse(input);
      return r.success ? { ok: true, response: r.data } : fail("Choose true or false.");
    }
    case "multiple": {
      const r = z.object({ optionIds: z.array(id).max(50) }).strict().safeParse(input);
      if (!r.success) return fail("Choose one or more options.");
      const ids = new Set(question.content.options.map((o) => o.id));
      if (r.data.optionIds.some((o) => !ids.has(o))) return fail("An option you chose is not part of this question.");
      if (new Set(r.data.optionIds).size !== r.data.optionIds.length) return fail("An option was chosen twice.");
      return { ok: true, response: r.data };
    }
    case "ordering": {
      const r = z.object({ order: z.array(id).max(50) }).strict().safeParse(input);
      if (!r.success) return fail("Put the items in order.");
      const ids = question.content.items.map((i) => i.id);
      const given = r.data.order;
      if (given.length !== ids.length || new Set(given).size !== ids.length || given.some((g) => !ids.includes(g)))
        return fail("Place every item exactly once.");
      return { ok: true, response: r.data };
    }
    case "matching": {
      const r = z.object({ matches: z.record(id, id) }).strict().safeParse(input);
      if (!r.success) return fail("Match each item.");
      const prompts = new Set(question.content.prompts.map((p) => p.id));
      const choices = new Set(question.content.choices.map((c) => c.id));
      for (const [p, c] of Object.entries(r.data.matches))
        if (!prompts.has(p) || !choices.has(c)) return fail("A match refers to something that is not part of this question.");
      return { ok: true, response: r.data };
    }
    case "short_text": {
      const r = z.object({ text: z.string().max(MAX_TEXT) }).strict().safeParse(input);
      if (!r.success) return fail(`Type an answer of at most ${MAX_TEXT} characters.`);
      if (r.data.text.trim() === "") return fail("Type an answer.");
      if (!isPlainText(r.data.text)) return fail(NOT_PLAIN);
      return { ok: true, response: r.data };
    }
    case "numeric": {
      const r = z.object({ value: z.string().max(40) }).strict().safeParse(input);
      if (!r.success || parseNumber(r.data.value) === null) return fail("Type a number, for example 6 or 25.5.");
      if (!isPlainText(r.data.value)) return fail(NOT_PLAIN);
      return { ok: true, response: r.data };
    }
    case "classification": {
      const r = z.object({ labels: z.record(id, z.enum(CATEGORIES)) }).strict().safeParse(input);
      if (!r.success) return fail("Label each statement as fact, claim or opinion.");
      const ids = new Set(question.content.statements.map((s) => s.id));
      if (Object.keys(r.data.labels).some((s) => !ids.has(s))) return fail("A statement you labelled is not part of this question.");
      return { ok: true, response: r.data };
    }
  }
}
