import type { QuestionDTO } from "@/lib/quiz/dto";
import type { ResponseFor } from "@/lib/quiz/types";

/** A student's saved response in words, for the review list. */
export function describeResponse(question: QuestionDTO, response: unknown): string {
  const c = question.content;
  const text = (choices: { id: string; text: string }[], id: string | undefined) => choices.find((x) => x.id === id)?.text ?? "—";
  switch (c.type) {
    case "single":
      return text(c.options, (response as ResponseFor["single"]).optionId);
    case "multiple":
      return (response as ResponseFor["multiple"]).optionIds.map((id) => text(c.options, id)).join("; ") || "—";
    case "true_false":
      return (response as ResponseFor["true_false"]).value ? "True" : "False";
    case "ordering":
      return (response as ResponseFor["ordering"]).order.map((id, i) => `${i + 1}. ${text(c.items, id)}`).join("  ");
    case "matching": {
      const m = (response as ResponseFor["matching"]).matches;
      return c.prompts.map((p) => `${p.text} → ${text(c.choices, m[p.id])}`).join("; ");
    }
    case "short_text":
      return (response as ResponseFor["short_text"]).text;
    case "numeric":
      return `${(response as ResponseFor["numeric"]).value}${c.unit ? ` ${c.unit}` : ""}`;
    case "classification": {
      const l = (response as ResponseFor["classification"]).labels;
      return c.statements.map((s) => `${s.text} → ${l[s.id] ?? "—"}`).join("; ");
    }
  }
}
