"use client";

import type { QuestionDTO } from "@/lib/quiz/dto";
import { CATEGORIES, type Category } from "@/lib/quiz/types";

type Props = {
  question: QuestionDTO;
  /** A response in the shape lib/quiz/types.ts ResponseFor gives, or null before any answer. */
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean;
};

const CATEGORY_LABEL: Record<Category, string> = { fact: "Fact", claim: "Claim", opinion: "Opinion" };

/**
 * One input per question type. Every type works with the keyboard alone:
 * radios and checkboxes, selects for matching, and move-up / move-down
 * buttons for ordering (no drag and drop).
 */
export function QuestionInput({ question, value, onChange, disabled }: Props) {
  const c = question.content;
  const name = `q-${question.id}`;
  switch (c.type) {
    case "single":
    case "true_false": {
      const options = c.type === "single" ? c.options : [{ id: "true", text: "True" }, { id: "false", text: "False" }];
      const current = c.type === "single" ? (value as { optionId?: string } | null)?.optionId : String((value as { value?: boolean } | null)?.value ?? "");
      return (
        <div className="options">
          {options.map((o) => (
            <label key={o.id} className="option">
              <input
                type="radio"
                name={name}
                value={o.id}
                checked={current === o.id}
                disabled={disabled}
                onChange={() => onChange(c.type === "single" ? { optionId: o.id } : { value: o.id === "true" })}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      );
    }
    case "multiple": {
      const chosen = new Set((value as { optionIds?: string[] } | null)?.optionIds ?? []);
      return (
        <div className="options">
          {c.options.map((o) => (
            <label key={o.id} className="option">
              <input
                type="checkbox"
                name={name}
                value={o.id}
                checked={chosen.has(o.id)}
                disabled={disabled}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(o.id);
                  else next.delete(o.id);
                  onChange({ optionIds: c.options.map((x) => x.id).filter((id) => next.has(id)) });
                }}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      );
    }
    case "ordering": {
      const order = (value as { order?: string[] } | null)?.order ?? c.items.map((i) => i.id);
      const move = (from: number, to: number) => {
        const next = [...order];
        const [item] = next.splice(from, 1);
        next.splice(to, 0, item!);
        onChange({ order: next });
      };
      return (
        <>
        <p className="sr-only" aria-live="polite">
          {value ? `Order now: ${order.map((id, i) => `${i + 1}, ${c.items.find((x) => x.id === id)?.text ?? ""}`).join("; ")}` : ""}
        </p>
        <ol className="order-list" aria-label="Items in your order, first at the top">
          {order.map((id, i) => {
            const item = c.items.find((x) => x.id === id);
            return (
              <li key={id} className="order-item">
                <span className="order-item__pos" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="order-item__text">{item?.text}</span>
                <span className="order-item__buttons">
                  <button type="button" className="button button--secondary button--small" disabled={disabled || i === 0} onClick={() => move(i, i - 1)} aria-label={`Move up: ${item?.text}`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={disabled || i === order.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Move down: ${item?.text}`}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        </>
      );
    }
    case "matching": {
      const matches = (value as { matches?: Record<string, string> } | null)?.matches ?? {};
      return (
        <div>
          {c.prompts.map((p) => (
            <div key={p.id} className="match-row">
              <label htmlFor={`${name}-${p.id}`}>{p.text}</label>
              <select
                id={`${name}-${p.id}`}
                className="select"
                value={matches[p.id] ?? ""}
                disabled={disabled}
                onChange={(e) => {
                  const next = { ...matches };
                  if (e.target.value) next[p.id] = e.target.value;
                  else delete next[p.id];
                  onChange({ matches: next });
                }}
              >
                <option value="">Choose…</option>
                {c.choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case "short_text":
      return (
        <input
          type="text"
          className="input"
          aria-label="Your answer"
          placeholder={c.placeholder ?? "Type your answer"}
          value={(value as { text?: string } | null)?.text ?? ""}
          maxLength={500}
          disabled={disabled}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      );
    case "numeric":
      return (
        <div style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
          <input
            type="text"
            inputMode="decimal"
            className="input"
            style={{ maxWidth: "10rem" }}
            aria-label={c.unit ? `Your answer, in ${c.unit}` : "Your answer, a number"}
            value={(value as { value?: string } | null)?.value ?? ""}
            maxLength={40}
            disabled={disabled}
            onChange={(e) => onChange({ value: e.target.value })}
          />
          {c.unit && <span>{c.unit}</span>}
        </div>
      );
    case "classification": {
      const labels = (value as { labels?: Record<string, Category> } | null)?.labels ?? {};
      return (
        <div>
          {c.statements.map((s) => (
            <fieldset key={s.id} className="class-row">
              <legend className="sr-only">{s.text}</legend>
              <span aria-hidden="true">{s.text}</span>
              <span className="choice-row">
                {CATEGORIES.map((cat) => (
                  <label key={cat} className="choice-pill">
                    <input
                      type="radio"
                      name={`${name}-${s.id}`}
                      value={cat}
                      checked={labels[s.id] === cat}
                      disabled={disabled}
                      onChange={() => onChange({ labels: { ...labels, [s.id]: cat } })}
                    />
                    {CATEGORY_LABEL[cat]}
                  </label>
                ))}
              </span>
            </fieldset>
          ))}
        </div>
      );
    }
  }
}

/**
 * The response to send for a question: what the student gave, or for an ordering question left
 * untouched the order it was shown in (an ordering question is answered as soon as it is shown).
 */
export function responseToSend(question: QuestionDTO, value: unknown): unknown {
  if (value !== null && value !== undefined) return value;
  return question.content.type === "ordering" ? { order: question.content.items.map((i) => i.id) } : null;
}

/** Whether a response is complete enough to check. */
export function isAnswered(question: QuestionDTO, value: unknown): boolean {
  if (value === null || value === undefined) return question.content.type === "ordering";
  const c = question.content;
  const v = value as Record<string, unknown>;
  switch (c.type) {
    case "multiple":
      return Array.isArray(v.optionIds) && v.optionIds.length > 0;
    case "matching":
      return Object.keys((v.matches as object) ?? {}).length === c.prompts.length;
    case "classification":
      return Object.keys((v.labels as object) ?? {}).length === c.statements.length;
    case "short_text":
      return typeof v.text === "string" && v.text.trim() !== "";
    case "numeric":
      return typeof v.value === "string" && v.value.trim() !== "";
    default:
      return true;
  }
}
