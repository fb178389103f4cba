import type { Question } from "@/lib/content/schema";
import type { AnyResponse, Choice, PublicQuestion, ResponseFor, StoredQuestion } from "./types";

/**
 * Turns an authored question into its stored form. Every choice gets a fresh
 * opaque id from `newId`: authors name options "a", "b", "c" in their correct
 * order, and those names must never reach the browser.
 */
export function toStoredQuestion(q: Question, newId: () => string): StoredQuestion {
  const rename = <T extends { id: string }>(items: T[]) => {
    const ids = new Map(items.map((i) => [i.id, newId()]));
    return { id: (old: string) => ids.get(old) as string, ids };
  };
  switch (q.type) {
    case "single": {
      const map = rename(q.options);
      return { type: q.type, content: { options: q.options.map((o) => ({ id: map.id(o.id), text: o.text })) }, answerKey: { optionId: map.id(q.answer) } };
    }
    case "multiple": {
      const map = rename(q.options);
      return {
        type: q.type,
        content: { options: q.options.map((o) => ({ id: map.id(o.id), text: o.text })) },
        answerKey: { optionIds: q.answer.map(map.id) },
      };
    }
    case "true_false":
      return { type: q.type, content: {}, answerKey: { value: q.answer } };
    case "ordering": {
      const items: Choice[] = q.items.map((i) => ({ id: newId(), text: i.text }));
      return { type: q.type, content: { items }, answerKey: { order: items.map((i) => i.id) } };
    }
    case "matching": {
      const prompts: Choice[] = q.pairs.map((p) => ({ id: newId(), text: p.left }));
      const answers: Choice[] = q.pairs.map((p) => ({ id: newId(), text: p.right }));
      const distractors: Choice[] = q.distractors.map((text) => ({ id: newId(), text }));
      return {
        type: q.type,
        content: { prompts, choices: [...answers, ...distractors] },
        answerKey: { matches: Object.fromEntries(prompts.map((p, i) => [p.id, answers[i]!.id])) },
      };
    }
    case "short_text":
      return { type: q.type, content: q.placeholder ? { placeholder: q.placeholder } : {}, answerKey: { accepted: q.accepted } };
    case "numeric":
      return { type: q.type, content: q.unit ? { unit: q.unit } : {}, answerKey: { value: q.answer, tolerance: q.tolerance } };
    case "classification": {
      const statements = q.statements.map((s) => ({ id: newId(), text: s.text, answer: s.answer }));
      return {
        type: q.type,
        content: { statements: statements.map(({ id, text }) => ({ id, text })) },
        answerKey: { labels: Object.fromEntries(statements.map((s) => [s.id, s.answer])) },
      };
    }
  }
}

/** The choices of a stored question that are shown in a shuffled order, if any. */
export function shuffledChoiceIds(q: PublicQuestion): string[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.content.options.map((o) => o.id);
    case "ordering":
      return q.content.items.map((i) => i.id);
    case "matching":
      return q.content.choices.map((c) => c.id);
    case "classification":
      return q.content.statements.map((s) => s.id);
    default:
      return [];
  }
}

/** A readable statement of a response (a student's, or the key in response form), for reviews and reports. */
export function describeResponse(q: PublicQuestion, response: AnyResponse | null): string[] {
  if (response === null) return ["(no answer)"];
  const text = (choices: Choice[], id: string | undefined) => choices.find((c) => c.id === id)?.text ?? "—";
  const r: unknown = response;
  switch (q.type) {
    case "single":
      return [text(q.content.options, (r as ResponseFor["single"]).optionId)];
    case "multiple":
      return q.content.options.filter((o) => (r as ResponseFor["multiple"]).optionIds.includes(o.id)).map((o) => o.text);
    case "true_false":
      return [(r as ResponseFor["true_false"]).value ? "True" : "False"];
    case "ordering":
      return (r as ResponseFor["ordering"]).order.map((id, i) => `${i + 1}. ${text(q.content.items, id)}`);
    case "matching":
      return q.content.prompts.map((p) => `${p.text} → ${text(q.content.choices, (r as ResponseFor["matching"]).matches[p.id])}`);
    case "short_text":
      return [(r as ResponseFor["short_text"]).text];
    case "numeric":
      return [`${(r as ResponseFor["numeric"]).value}${q.content.unit ? ` ${q.content.unit}` : ""}`];
    case "classification":
      return q.content.statements.map((s) => `${s.text} → ${(r as ResponseFor["classification"]).labels[s.id] ?? "—"}`);
  }
}

/** A student-readable statement of the correct answer, for feedback. */
export function describeAnswer(q: StoredQuestion): string[] {
  switch (q.type) {
    case "short_text":
      return [q.answerKey.accepted[0] ?? ""];
    case "numeric":
      return [`${q.answerKey.value}${q.content.unit ? ` ${q.content.unit}` : ""}${q.answerKey.tolerance ? ` (± ${q.answerKey.tolerance})` : ""}`];
    default:
      return describeResponse(q, q.answerKey as AnyResponse);
  }
}
