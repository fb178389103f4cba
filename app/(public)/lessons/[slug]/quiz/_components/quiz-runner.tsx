"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Feedback } from "@/components/quiz/feedback";
import { QuestionInput, isAnswered } from "@/components/quiz/question-input";
import type { AttemptDTO, FeedbackDTO } from "@/lib/quiz/dto";
import { checkAnswerAction, finishAttemptAction } from "../actions";

type ItemState = { value: unknown; feedback: FeedbackDTO | null; error: string | null; pending: boolean; checks: number };

export function QuizRunner({ attempt, lessonSlug }: { attempt: AttemptDTO; lessonSlug: string }) {
  const router = useRouter();
  const [items, setItems] = useState<Record<string, ItemState>>(() =>
    Object.fromEntries(attempt.items.map((i) => [i.question.id, { value: i.response, feedback: i.feedback, error: null, pending: false, checks: 0 }])),
  );
  const [finishing, startFinish] = useTransition();
  const [finishError, setFinishError] = useState<string | null>(null);

  const update = (id: string, patch: Partial<ItemState>) => setItems((prev) => ({ ...prev, [id]: { ...prev[id]!, ...patch } }));
  const checked = Object.values(items).filter((i) => i.feedback).length;
  const total = attempt.items.length;

  async function check(questionId: string) {
    const item = items[questionId]!;
    const question = attempt.items.find((i) => i.question.id === questionId)!.question;
    const response = item.value ?? (question.content.type === "ordering" ? { order: question.content.items.map((i) => i.id) } : null);
    update(questionId, { pending: true, error: null });
    try {
      const result = await checkAnswerAction({ attemptId: attempt.id, questionVersionId: questionId, response });
      if (result.status === "ok") update(questionId, { pending: false, feedback: result.data, value: response, checks: item.checks + 1 });
      else update(questionId, { pending: false, error: result.message });
    } catch {
      update(questionId, { pending: false, error: "Your answer could not be checked: you may be offline. Try again." });
    }
  }

  function finish() {
    if (checked < total && !window.confirm(`You have answered ${checked} of ${total} questions. Unanswered questions score zero. Finish anyway?`)) return;
    setFinishError(null);
    startFinish(async () => {
      const result = await finishAttemptAction({ attemptId: attempt.id, lessonSlug });
      if (result.status === "ok") {
        router.refresh();
        window.scrollTo({ top: 0 });
      } else setFinishError(result.message);
    });
  }

  return (
    <div style={{ marginTop: "1.5rem" }}>
      <div className="quiz-progress">
        <span aria-live="polite" data-testid="progress-label">
          {checked} of {total} answered
        </span>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${(checked / total) * 100}%` }} />
        </div>
      </div>

      {attempt.items.map(({ question }, index) => {
        const state = items[question.id]!;
        const headingId = `q-${question.id}-prompt`;
        return (
          <section key={question.id} className="question" aria-labelledby={headingId} data-testid="question" data-type={question.type} data-checks={state.checks}>
            <div className="question__head">
              <span>
                Question {index + 1} of {total}
              </span>
              <span>
                {question.points} {question.points === 1 ? "point" : "points"}
              </span>
            </div>
            <fieldset>
              <legend id={headingId}>{question.prompt}</legend>
              <QuestionInput question={question} value={state.value} onChange={(value) => update(question.id, { value, error: null })} disabled={state.pending} />
            </fieldset>
            {question.partialCredit && <p className="partial-rule">{question.partialCredit}</p>}
            <div className="question__actions">
              <button
                type="button"
                className="button"
                disabled={state.pending || !isAnswered(question, state.value)}
                onClick={() => check(question.id)}
              >
                {state.pending ? "Checking…" : state.feedback ? "Check again" : "Check answer"}
              </button>
              {state.error && (
                <span className="field__error" role="alert">
                  {state.error}
                </span>
              )}
            </div>
            {state.feedback && <Feedback feedback={state.feedback} />}
          </section>
        );
      })}

      <div className="card" style={{ marginTop: "1.5rem" }}>
        <p style={{ marginTop: 0 }}>
          {checked === total ? "You have answered every question." : `${total - checked} questions still to answer.`} Finish to save your score.
        </p>
        <button type="button" className="button" onClick={finish} disabled={finishing}>
          {finishing ? "Saving your score…" : "Finish and save my score"}
        </button>
        {finishError && (
          <p className="field__error" role="alert">
            {finishError}
          </p>
        )}
      </div>
    </div>
  );
}
