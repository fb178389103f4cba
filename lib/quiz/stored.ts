import type { AnyResponse, Choice, PublicQuestion, ResponseFor, StoredQuestion } from "./types";

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
