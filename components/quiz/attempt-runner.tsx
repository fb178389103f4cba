"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AttemptDTO, FeedbackDTO } from "@/lib/quiz/dto";
import { Feedback } from "./feedback";
import { QuestionCard } from "./question-card";
import { isAnswered, responseToSend } from "./question-input";
import { Countdown } from "./countdown";

type SaveState = "idle" | "saving" | "saved" | "unsaved" | "refused";
type Pending = Record<string, { response: unknown; seq: number }>;
type Stored = { seq: number; pending: Pending };

const storageKey = (attemptId: string) => `ihl.attempt.${attemptId}`;

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

function readStored(attemptId: string, serverSeq: number): Stored {
  try {
    const raw = window.localStorage.getItem(storageKey(attemptId));
    const stored = raw ? (JSON.parse(raw) as Stored) : null;
    return { seq: Math.max(serverSeq, stored?.seq ?? 0), pending: stored?.pending ?? {} };
  } catch {
    return { seq: serverSeq, pending: {} };
  }
}

const STATUS_TEXT: Record<SaveState, string> = { idle: "", saving: "Saving…", saved: "Saved", unsaved: "Not saved yet: kept on this device", refused: "Not saved" };

/**
 * Runs an attempt. Every answer is sent to the server as it is given, with a
 * sequence number; the status beside each question says what the server
 * acknowledged, never more. Answers given offline are kept in this browser
 * and sent when the connection returns.
 */
export function AttemptRunner({ attempt }: { attempt: AttemptDTO }) {
  const router = useRouter();
  const practice = attempt.mode === "PRACTICE";
  const [values, setValues] = useState<Record<string, unknown>>(() => Object.fromEntries(attempt.items.map((i) => [i.question.id, i.response])));
  const [saveState, setSaveState] = useState<Record<string, SaveState>>(() =>
    Object.fromEntries(attempt.items.map((i) => [i.question.id, i.response === null ? "idle" : "saved"])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<Record<string, FeedbackDTO | null>>(() => Object.fromEntries(attempt.items.map((i) => [i.question.id, i.feedback])));
  const [checks, setChecks] = useState<Record<string, number>>({});
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [banner, setBanner] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const store = useRef<Stored>({ seq: attempt.lastSeq, pending: {} });
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});

  const persist = () => {
    try {
      window.localStorage.setItem(storageKey(attempt.id), JSON.stringify(store.current));
    } catch {
      // Storage full or blocked: the answer still goes to the server.
    }
  };
  const mark = (id: string, state: SaveState) => setSaveState((s) => ({ ...s, [id]: state }));

  const send = useCallback(
    async (questionId: string): Promise<void> => {
      // At most two rounds: a second one only when another device saved this question with higher numbers.
      for (let round = 0; round < 2; round++) {
        const entry = store.current.pending[questionId];
        if (!entry) return;
        if (!navigator.onLine) return mark(questionId, "unsaved");
        mark(questionId, "saving");
        let res: Response;
        try {
          res = await fetch(`/api/attempts/${attempt.id}/answers`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ questionVersionId: questionId, response: entry.response, seq: entry.seq }),
          });
        } catch {
          return mark(questionId, "unsaved");
        }
        const body = (await res.json().catch(() => ({}))) as { status?: string; seq?: number; feedback?: FeedbackDTO | null; error?: string };
        const latest = store.current.pending[questionId];
        if (res.ok && body.status === "stale" && latest?.seq === entry.seq) {
          // Still the newest answer on this device: send it again, numbered above the other device's.
          store.current.seq = Math.max(store.current.seq, body.seq ?? 0) + 1;
          latest.seq = store.current.seq;
          persist();
          continue;
        }
        if (res.ok) {
          if (latest?.seq === entry.seq) delete store.current.pending[questionId];
          persist();
          mark(questionId, latest && latest.seq !== entry.seq ? "saving" : "saved");
          // Only a save that was written brings feedback. A stale reply (this answer was sent twice, the
          // retry timer firing while the first was on its way) carries none, and must not wipe what came.
          if (body.status === "saved" && body.feedback !== undefined) {
            setFeedback((f) => ({ ...f, [questionId]: body.feedback ?? null }));
            setChecks((c) => ({ ...c, [questionId]: (c[questionId] ?? 0) + 1 }));
          }
          return;
        }
        if (res.status === 409) {
          delete store.current.pending[questionId];
          persist();
          setBanner(body.error ?? "This attempt is already submitted.");
          router.refresh();
          return mark(questionId, "refused");
        }
        if (res.status === 401) {
          setBanner("Your session has ended. Sign in again in another tab; your answers are kept on this device meanwhile.");
          return mark(questionId, "unsaved");
        }
        delete store.current.pending[questionId];
        persist();
        setErrors((e) => ({ ...e, [questionId]: body.error ?? "This answer could not be saved." }));
        return mark(questionId, "refused");
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [attempt.id, router],
  );

  const flush = useCallback(() => {
    const ids = Object.entries(store.current.pending)
      .sort((a, b) => a[1].seq - b[1].seq)
      .map(([id]) => id);
    ids.forEach((id) => void send(id));
  }, [send]);

  useEffect(() => {
    store.current = readStored(attempt.id, attempt.lastSeq);
    const pendingIds = Object.keys(store.current.pending);
    if (pendingIds.length) {
      setValues((v) => ({ ...v, ...Object.fromEntries(pendingIds.map((id) => [id, store.current.pending[id]!.response])) }));
      pendingIds.forEach((id) => mark(id, "unsaved"));
      flush();
    }
    const goOnline = () => flush();
    const goOffline = () => {
      for (const id of Object.keys(store.current.pending)) mark(id, "unsaved");
    };
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const retry = setInterval(() => navigator.onLine && flush(), 10_000);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      clearInterval(retry);
    };
  }, [attempt.id, attempt.lastSeq, flush]);

  /** Records an answer locally and queues it for the server. */
  function record(questionId: string, response: unknown, delayMs: number) {
    store.current.seq += 1;
    store.current.pending[questionId] = { response, seq: store.current.seq };
    persist();
    setErrors((e) => ({ ...e, [questionId]: "" }));
    mark(questionId, navigator.onLine ? "saving" : "unsaved");
    clearTimeout(timers.current[questionId]);
    timers.current[questionId] = setTimeout(() => void send(questionId), delayMs);
  }

  function onChange(questionId: string, type: string, value: unknown) {
    setValues((v) => ({ ...v, [questionId]: value }));
    if (practice) return; // practice answers are sent with "Check answer"
    const question = attempt.items.find((i) => i.question.id === questionId)!.question;
    if (isAnswered(question, value)) record(questionId, value, type === "short_text" || type === "numeric" ? 600 : 0);
  }

  function check(questionId: string) {
    const question = attempt.items.find((i) => i.question.id === questionId)!.question;
    const value = responseToSend(question, values[questionId]);
    setValues((v) => ({ ...v, [questionId]: value }));
    record(questionId, value, 0);
  }

  async function submit() {
    const answered = attempt.items.filter((i) => saveState[i.question.id] === "saved").length;
    const unsaved = Object.keys(store.current.pending).length;
    if (unsaved > 0 && !window.confirm(`${unsaved} answers are not saved yet. Submit anyway? Unsaved answers will not count.`)) return;
    if (answered < attempt.items.length && !window.confirm(`You have answered ${answered} of ${attempt.items.length} questions. Unanswered questions score zero. Submit anyway?`)) return;
    setSubmitting(true);
    try {
      const res = await fetch(`/api/attempts/${attempt.id}/submit`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
      if (!res.ok && res.status !== 409) throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? "");
      window.localStorage.removeItem(storageKey(attempt.id));
      router.push(`/attempts/${attempt.id}`);
      router.refresh();
    } catch (error) {
      setSubmitting(false);
      setBanner(error instanceof Error && error.message ? error.message : "Could not submit: check your connection and try again. Your saved answers are safe.");
    }
  }

  const savedCount = attempt.items.filter((i) => saveState[i.question.id] === "saved").length;
  const total = attempt.items.length;
  const unsavedCount = Object.values(saveState).filter((s) => s === "unsaved").length;

  return (
    <div style={{ marginTop: "1.5rem" }} data-testid="attempt" data-attempt-id={attempt.id}>
      <div className="quiz-progress">
        <span aria-live="polite" data-testid="progress-label">
          {savedCount} of {total} {practice ? "checked" : "saved"}
        </span>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${(savedCount / total) * 100}%` }} />
        </div>
        {attempt.remainingMs !== null && <Countdown remainingMs={attempt.remainingMs} onExpire={() => router.refresh()} />}
      </div>
      {!online && (
        <p className="alert alert--warn" role="status" data-testid="offline-banner">
          You are offline. {unsavedCount > 0 ? `${unsavedCount} answers are` : "New answers are"} kept on this device and will be sent when you reconnect.
        </p>
      )}
      {banner && (
        <p className="alert alert--error" role="alert">
          {banner}
        </p>
      )}

      {attempt.items.map(({ question }, index) => {
        const state = saveState[question.id] ?? "idle";
        const fb = feedback[question.id];
        return (
          <QuestionCard
            key={question.id}
            question={question}
            label={`Question ${index + 1} of ${total}`}
            value={values[question.id] ?? null}
            onChange={(v) => onChange(question.id, question.type, v)}
            data={{ "data-testid": "question", "data-save-state": state, "data-checks": checks[question.id] ?? 0 }}
            error={errors[question.id]}
            actions={
              <>
                {practice && (
                  <button type="button" className="button" disabled={state === "saving" || !isAnswered(question, values[question.id] ?? null)} onClick={() => check(question.id)}>
                    {state === "saving" ? "Checking…" : fb ? "Check again" : "Check answer"}
                  </button>
                )}
                <span className={`save-state save-state--${state}`} role="status" data-testid="save-state">
                  {STATUS_TEXT[state]}
                </span>
              </>
            }
          >
            {fb && <Feedback feedback={fb} lessonSlug={question.lessonSlug} />}
          </QuestionCard>
        );
      })}

      <div className="card" style={{ marginTop: "1.5rem" }}>
        <p style={{ marginTop: 0 }}>
          {savedCount === total ? "Every answer is saved." : `${total - savedCount} of ${total} questions have no saved answer yet.`}{" "}
          {practice ? "Finish to record your score." : "Submit when you are ready: you cannot change your answers afterwards."}
        </p>
        <button type="button" className="button" onClick={submit} disabled={submitting}>
          {submitting ? "Submitting…" : practice ? "Finish and save my score" : "Submit my answers"}
        </button>
      </div>
    </div>
  );
}
