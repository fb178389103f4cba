"use client";

import { useState, useTransition } from "react";
import { Feedback } from "@/components/quiz/feedback";
import { QuestionCard } from "@/components/quiz/question-card";
import { isAnswered, responseToSend } from "@/components/quiz/question-input";
import type { ReviewAnswerResult, ReviewItemDTO } from "@/lib/learning/review";
import { answerReviewAction } from "./actions";
import { formatWeekday } from "@/lib/format";

function scheduleText(item: ReviewItemDTO, result: ReviewAnswerResult): string {
  if (!result.schedule) return "Right, and it stays out of your review.";
  const when = `${formatWeekday(new Date(result.schedule.dueAt))} (box ${result.schedule.box} of 5)`;
  if (item.kind === "related" && !result.correct) return `Added to your review: due ${when}.`;
  return result.correct ? `Next review: ${when}.` : `Back to box 1: due again ${when}.`;
}

/** One review session: each question is checked on the server, which moves it in the schedule. */
export function ReviewSession({ items }: { items: ReviewItemDTO[] }) {
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [results, setResults] = useState<Record<string, ReviewAnswerResult>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const done = Object.keys(results).length;

  function check(question: ReviewItemDTO["question"]) {
    const id = question.id;
    setPending(id);
    startTransition(async () => {
      const result = await answerReviewAction({ questionVersionId: id, response: responseToSend(question, values[id]) });
      setPending(null);
      if (result.status !== "ok") return setErrors((e) => ({ ...e, [id]: result.message }));
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => key !== id)));
      setResults((r) => ({ ...r, [id]: result.data }));
    });
  }

  return (
    <div data-testid="review-session">
      <p className="muted" aria-live="polite" data-testid="review-progress">
        {done} of {items.length} answered
      </p>
      {items.map((item, index) => {
        const { question } = item;
        const result = results[question.id];
        return (
          <QuestionCard
            key={question.id}
            question={question}
            idPrefix="r"
            label={`${index + 1} of ${items.length} · ${item.kind === "due" ? `due for review (box ${item.box})` : `a related question, ${item.source ? `also on ${item.source}` : "on the same objective"}`}`}
            aside={item.lessonTitle}
            value={values[question.id] ?? null}
            onChange={(v) => setValues((s) => ({ ...s, [question.id]: v }))}
            disabled={!!result}
            data={{ "data-testid": "review-item", "data-kind": item.kind, "data-result": result ? (result.correct ? "right" : "wrong") : "open" }}
            error={errors[question.id]}
            actions={
              <>
                {!result && (
                  <button type="button" className="button" disabled={pending === question.id || !isAnswered(question, values[question.id] ?? null)} onClick={() => check(question)}>
                    {pending === question.id ? "Checking…" : "Check answer"}
                  </button>
                )}
                {result && (
                  <span role="status" data-testid="schedule-line" className={result.correct ? "save-state save-state--saved" : "save-state save-state--refused"}>
                    {scheduleText(item, result)}
                  </span>
                )}
              </>
            }
          >
            {result?.feedback && <Feedback feedback={result.feedback} lessonSlug={question.lessonSlug} />}
          </QuestionCard>
        );
      })}
    </div>
  );
}
