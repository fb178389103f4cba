import type { ReactNode } from "react";
import type { QuestionDTO } from "@/lib/quiz/dto";
import { QuestionInput } from "./question-input";
import { plural } from "@/lib/format";

/**
 * One question as every quiz shows it: a header, the prompt as the legend of
 * its inputs, the partial-credit rule, then the caller's actions, any error and feedback.
 * Used by the attempt runner, guest practice and review sessions.
 */
export function QuestionCard({
  question,
  label,
  aside,
  value,
  onChange,
  disabled = false,
  idPrefix = "q",
  data = {},
  actions,
  error,
  children,
}: {
  question: QuestionDTO;
  label: ReactNode;
  aside?: ReactNode;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean;
  idPrefix?: string;
  /** data-* attributes for the section, e.g. { "data-save-state": "saved" }. */
  data?: Record<`data-${string}`, string | number>;
  actions: ReactNode;
  /** Why the last check or save was refused, shown beside the actions. */
  error?: string;
  children?: ReactNode;
}) {
  const headingId = `${idPrefix}-${question.id}-prompt`;
  return (
    <section className="question" aria-labelledby={headingId} data-type={question.type} {...data}>
      <div className="question__head">
        {/* Said as part of the legend instead, so each question's name is its own ("Question 4 of 16: …"), also where two share a prompt. */}
        <span aria-hidden="true">{label}</span>
        <span>{aside ?? plural(question.points, "point")}</span>
      </div>
      <fieldset disabled={disabled}>
        <legend id={headingId}>
          <span className="sr-only">{label}: </span>
          {question.prompt}
        </legend>
        <QuestionInput question={question} value={value} onChange={onChange} />
      </fieldset>
      {question.partialCredit && <p className="partial-rule">{question.partialCredit}</p>}
      <div className="question__actions">
        {actions}
        {error && (
          <span className="field__error" role="alert">
            {error}
          </span>
        )}
      </div>
      {children}
    </section>
  );
}
