import type { QuestionDTO } from "@/lib/quiz/dto";
import type { ResponseFor } from "@/lib/quiz/types";

const text = (choices: { id: string; text: string }[], id: string | undefined) => choices.find((c) => c.id === id)?.text ?? "—";

/** A saved response shown as the student saw the question: every option, in the attempt's order, with the choices marked. */
export function ResponseView({ question, response }: { question: QuestionDTO; response: unknown }) {
  if (response === null || response === undefined) return <p className="muted">Not answered.</p>;
  const c = question.content;
  switch (c.type) {
    case "single":
    case "multiple": {
      const chosen = new Set(c.type === "single" ? [(response as ResponseFor["single"]).optionId] : (response as ResponseFor["multiple"]).optionIds);
      return (
        <ul className="review-options">
          {c.options.map((o) => (
            <li key={o.id} className={chosen.has(o.id) ? "is-chosen" : undefined}>
              {o.text}
              {chosen.has(o.id) && <span className="badge badge--accent">your answer</span>}
            </li>
          ))}
        </ul>
      );
    }
    case "true_false":
      return <p>Your answer: {(response as ResponseFor["true_false"]).value ? "True" : "False"}</p>;
    case "ordering":
      return (
        <ol className="review-options">
          {(response as ResponseFor["ordering"]).order.map((id) => (
            <li key={id}>{text(c.items, id)}</li>
          ))}
        </ol>
      );
    case "matching": {
      const m = (response as ResponseFor["matching"]).matches;
      return (
        <ul className="review-options">
          {c.prompts.map((p) => (
            <li key={p.id}>
              {p.text} → <strong>{text(c.choices, m[p.id])}</strong>
            </li>
          ))}
        </ul>
      );
    }
    case "classification": {
      const l = (response as ResponseFor["classification"]).labels;
      return (
        <ul className="review-options">
          {c.statements.map((s) => (
            <li key={s.id}>
              {s.text} → <strong>{l[s.id] ?? "—"}</strong>
            </li>
          ))}
        </ul>
      );
    }
    case "short_text":
      return <p>Your answer: {(response as ResponseFor["short_text"]).text}</p>;
    case "numeric":
      return (
        <p>
          Your answer: {(response as ResponseFor["numeric"]).value}
          {c.unit ? ` ${c.unit}` : ""}
        </p>
      );
  }
}
