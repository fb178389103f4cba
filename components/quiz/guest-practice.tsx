"use client";

import Link from "next/link";
import { useState } from "react";
import { countGuestAnswers, recordGuestAnswer } from "@/lib/learning/guest-store";
import type { FeedbackDTO, QuestionDTO } from "@/lib/quiz/dto";
import { Feedback } from "./feedback";
import { QuestionCard } from "./question-card";
import { isAnswered, responseToSend } from "./question-input";
import { newClaimId, readGuestState, useGuestState, writeGuestState } from "./use-guest-store";

type Props = { lessonSlug: string; questions: QuestionDTO[]; signUpHref: string };

const MESSAGES: Record<number, string> = {
  404: "This question has changed since the page was loaded. Reload the page to practise the current version.",
  429: "That was a lot of checks in one minute. Wait a moment, then check again.",
};

/**
 * A practice quiz for a visitor without an account. Each answer is graded on
 * the server when the guest checks it; the answer and its feedback are kept
 * in this browser only (lib/learning/guest-store.ts), to be added to an
 * account when the guest signs up.
 */
export function GuestPractice({ lessonSlug, questions, signUpHref }: Props) {
  const stored = useGuestState();
  // Answers being edited and not yet checked; a checked answer lives in the store.
  const [edits, setEdits] = useState<Record<string, unknown>>({});
  const [checking, setChecking] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const ids = questions.map((q) => q.id);
  const { answered, right } = countGuestAnswers(stored, ids);
  const onDevice = countGuestAnswers(stored).answered;
  const valueOf = (q: QuestionDTO) => (q.id in edits ? edits[q.id] : (stored?.answers[q.id]?.response ?? null));

  async function check(question: QuestionDTO) {
    const id = question.id;
    const value = responseToSend(question, valueOf(question));
    setChecking((c) => ({ ...c, [id]: true }));
    setErrors((e) => ({ ...e, [id]: "" }));
    try {
      const res = await fetch("/api/guest/answers", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ questionVersionId: id, response: value }),
      });
      const body = (await res.json().catch(() => ({}))) as { feedback?: FeedbackDTO; error?: string };
      if (!res.ok || !body.feedback) {
        setErrors((e) => ({ ...e, [id]: MESSAGES[res.status] ?? body.error ?? "This answer could not be checked. Try again." }));
        return;
      }
      const { feedback } = body;
      writeGuestState(
        recordGuestAnswer(readGuestState(), id, { lessonSlug, response: value, correct: feedback.correct, credit: feedback.credit, answeredAt: new Date().toISOString(), feedback }, newClaimId),
      );
      setEdits((e) => {
        // An answer changed while it was being checked stays an edit.
        if (e[id] !== value) return e;
        const rest = { ...e };
        delete rest[id];
        return rest;
      });
    } catch {
      setErrors((e) => ({ ...e, [id]: "Could not reach the server: check your connection and try again." }));
    } finally {
      setChecking((c) => ({ ...c, [id]: false }));
    }
  }

  const total = questions.length;

  return (
    <div style={{ marginTop: "1.5rem" }} data-testid="guest-practice">
      {/* The margin clears the sticky score line's cover strip (.quiz-progress's box-shadow). */}
      <p className="alert alert--info" style={{ marginBottom: "2rem" }} data-testid="guest-note">
        You are practising as a guest: your answers are kept on this device only. <Link href={signUpHref}>Create a free account</Link> to keep them.
      </p>
      <div className="quiz-progress">
        <span aria-live="polite" data-testid="guest-score">
          {right} of {total} right on this device
        </span>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${total ? (answered / total) * 100 : 0}%` }} />
        </div>
        <span className="muted" data-testid="guest-checked">
          {answered} of {total} checked
        </span>
      </div>

      {questions.map((question, index) => {
        const saved = stored?.answers[question.id];
        const edited = question.id in edits;
        const busy = checking[question.id] ?? false;
        const state = busy ? "checking" : saved && !edited ? "checked" : "idle";
        return (
          <QuestionCard
            key={question.id}
            question={question}
            label={`Question ${index + 1} of ${total}`}
            value={valueOf(question)}
            onChange={(v) => setEdits((e) => ({ ...e, [question.id]: v }))}
            data={{ "data-testid": "question", "data-state": state }}
            error={errors[question.id]}
            actions={
              <>
                <button type="button" className="button" disabled={busy || !isAnswered(question, valueOf(question))} onClick={() => void check(question)}>
                  {busy ? "Checking…" : saved ? "Check again" : "Check answer"}
                </button>
                <span className={`save-state${state === "checked" ? " save-state--saved" : ""}`} role="status" data-testid="save-state">
                  {state === "checked" ? "Kept on this device" : ""}
                </span>
              </>
            }
          >
            {saved?.feedback && !edited && <Feedback feedback={saved.feedback} lessonSlug={lessonSlug} />}
            {saved && !saved.feedback && !edited && (
              <p className="muted" data-testid="verdict">
                {saved.correct ? "Correct." : saved.credit > 0 ? `Partly correct: ${Math.round(saved.credit * 100)}% credit.` : "Not quite."} Check again to see why.
              </p>
            )}
          </QuestionCard>
        );
      })}

      <div className="card" style={{ marginTop: "1.5rem" }}>
        <p style={{ marginTop: 0 }} data-testid="guest-summary">
          {onDevice === 0
            ? "Your answers are checked on our server and kept on this device."
            : `${onDevice} ${onDevice === 1 ? "answer is" : "answers are"} kept on this device.`}{" "}
          Create a free account to keep your score: when you sign up on this device, you can add these answers to your account.
        </p>
        <Link className="button" href={signUpHref}>
          Create a free account
        </Link>
      </div>
    </div>
  );
}
