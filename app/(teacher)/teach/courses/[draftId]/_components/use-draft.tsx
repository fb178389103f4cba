"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions";
import type { DraftView, EditOutcome } from "@/lib/authoring/drafts";
import type { DraftEdit } from "@/lib/authoring/schemas";
import { saveDraftEditAction } from "../../actions";
import { DraftNav } from "./draft-nav";

export type SaveState =
  | { kind: "idle" | "saving" | "saved" }
  | { kind: "refused"; message: string; yours?: string }
  | { kind: "invalid"; message: string; field?: string };

/**
 * A draft being edited. Each edit is sent on its own, after the ones before it, naming the
 * revision it was made on; the server's answer (the draft as saved, or a refusal with what a
 * co-author changed, and the draft as it now is) replaces what the page shows.
 */
export function useDraft(initial: DraftView) {
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const latest = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  // Counts the edits refused because a co-author had changed the draft: an edit made before such a
  // refusal was made on the draft as it was, so it is not sent on top of theirs.
  const refusals = useRef(0);
  // Bumped with each such refusal: the editors are keyed by it, so that none keeps text typed on
  // the draft as it was (a paragraph typed in could now stand at another's number).
  const [epoch, setEpoch] = useState(0);

  // Leaving the page while an edit is on its way asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /**
   * Runs one call that edits the draft, after those before it, with the revision the page shows;
   * resolves to the call's outcome once shown, or null when it was refused before saving.
   */
  function send<T extends EditOutcome>(call: (draftId: string, revision: number) => Promise<ActionResult<T>>, yours?: string): Promise<T | null> {
    pending.current++;
    setState({ kind: "saving" });
    const madeAfter = refusals.current;
    const sent = queue.current.then(async () => {
      if (refusals.current !== madeAfter) {
        pending.current--;
        setState((s) => (s.kind === "refused" ? { ...s, yours: [s.yours, yours].filter(Boolean).join("\n\n") || undefined } : s));
        return null;
      }
      let result;
      const revision = latest.current.revision;
      try {
        result = await call(latest.current.id, revision);
      } catch {
        setState({ kind: "refused", message: "The change could not be sent: check the connection, then make it again.", yours });
        return null;
      } finally {
        pending.current--;
      }
      if (result.status !== "ok") {
        setState({ kind: "invalid", message: result.message, field: result.status === "invalid" ? Object.keys(result.fieldErrors ?? {})[0] : undefined });
        return null;
      }
      const outcome = result.data;
      let handedBack = yours;
      if (!outcome.saved && outcome.draft.revision !== revision) {
        refusals.current++;
        setEpoch(refusals.current);
        // Text being typed in a field that has not been sent yet is handed back too.
        const typing = document.activeElement?.closest("[data-draft-field]") ? (document.activeElement as HTMLInputElement | HTMLTextAreaElement).value : undefined;
        handedBack = [...new Set([yours, typing].filter((t): t is string => !!t))].join("\n\n") || undefined;
      }
      latest.current = outcome.draft;
      setDraft(outcome.draft);
      setState(outcome.saved ? { kind: pending.current > 0 ? "saving" : "saved" } : { kind: "refused", message: outcome.message, yours: handedBack });
      return outcome;
    });
    queue.current = sent;
    return sent;
  }

  /** Sends one edit; resolves to whether it was saved. `yours` is text to hand back if it is refused. */
  const save = (edit: DraftEdit, yours?: string): Promise<boolean> =>
    send((draftId, revision) => saveDraftEditAction({ draftId, revision, edit }), yours).then((outcome) => outcome?.saved ?? false);

  /** The message for one field, when the last refusal was about it. */
  const errorFor = (field: string) => (state.kind === "invalid" && state.field === field ? state.message : null);

  return { draft, state, save, send, errorFor, epoch, dismiss: () => setState({ kind: "idle" }) };
}

/** The top of every draft page: where it is, its title, its parts, and whether the last edit was saved. */
export function DraftHeader({ draft, state, current, onDismiss }: { draft: DraftView; state: SaveState; current: "article" | "facts" | "lessons" | "checklist"; onDismiss: () => void }) {
  return (
    <>
      <p className="eyebrow">
        <Link href="/teach/courses">Your courses</Link> · Draft
      </p>
      <h1>{draft.title}</h1>
      <DraftNav draftId={draft.id} current={current} />
      <div className="draft-status" data-testid="draft-status">
        <SaveLine state={state} revision={draft.revision} onDismiss={onDismiss} />
      </div>
    </>
  );
}

function SaveLine({ state, revision, onDismiss }: { state: SaveState; revision: number; onDismiss: () => void }) {
  if (state.kind === "refused")
    return (
      <div className="alert alert--error" role="alert" data-testid="draft-refused">
        <p style={{ margin: 0 }}>{state.message}</p>
        {state.yours && (
          <>
            <p style={{ margin: "0.5rem 0 0.25rem" }}>Your text, not saved, to copy from:</p>
            <textarea className="input" readOnly rows={3} value={state.yours} aria-label="Your text, not saved" />
          </>
        )}
        <button type="button" className="button button--secondary button--small" style={{ marginTop: "0.5rem" }} onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  if (state.kind === "invalid")
    return (
      <p className="alert alert--error" role="alert" style={{ margin: 0 }}>
        {state.message}
      </p>
    );
  return (
    <p className="muted" role="status" style={{ margin: 0 }}>
      {state.kind === "saving" ? "Saving…" : `All changes saved (revision ${revision}).`}
    </p>
  );
}

type AutoFieldProps = {
  label: string;
  value: string;
  onSave: (value: string) => unknown;
  error?: string | null;
  hint?: string;
  type?: string;
  rows?: number;
  options?: readonly { value: string; label: string }[];
  lang?: string;
};

/**
 * A field saved when it loses focus (a select: when it changes). A value saved meanwhile by a
 * co-author shows here unless the field is being edited.
 */
export function AutoField({ label, value, onSave, error, hint, type, rows, options, lang }: AutoFieldProps) {
  const id = useId();
  // What the author has typed and not yet had saved; null shows the draft's value.
  const [edit, setEdit] = useState<string | null>(null);
  const shown = edit ?? value;
  const commit = (next: string) => {
    if (next === value) return setEdit(null);
    void Promise.resolve(onSave(next)).then(() => setEdit(null));
  };
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    className: "input",
    "data-draft-field": true,
    value: shown,
    lang,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  const typed = { ...common, onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setEdit(e.target.value), onBlur: () => edit !== null && commit(edit) };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select
          {...common}
          onChange={(e) => {
            setEdit(e.target.value);
            commit(e.target.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : rows ? (
        <textarea {...typed} rows={rows} />
      ) : (
        <input {...typed} type={type ?? "text"} />
      )}
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
