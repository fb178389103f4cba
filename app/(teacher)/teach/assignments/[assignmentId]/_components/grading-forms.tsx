"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/actions";
import { useServerAction } from "@/components/ui/use-server-action";
import { overrideGradeAction, setExtensionAction, voidQuestionAction } from "../../../actions";

/**
 * Runs an action from a form, shows its refusal, refreshes on success. For the keyboard, focus
 * never drops to the page: the button is only aria-disabled while the action runs, a refused
 * field takes the focus (aria-invalid, described by the message), and success is said in a
 * status line while focus stays where it was.
 */
function useActionSubmit<T>(action: (input: unknown) => Promise<ActionResult<T>>, build: (form: FormData) => unknown) {
  const router = useRouter();
  const { run, pending, error: message, invalidField } = useServerAction(action);
  const [saved, setSaved] = useState(false);
  const errorId = useId();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setSaved(false);
    run(
      build(new FormData(form)),
      () => {
        form.reset();
        setSaved(true);
        router.refresh();
      },
      form,
    );
  };
  /** aria-invalid and the message as the description, for the field the refusal is about. */
  const fieldProps = (name: string) => (invalidField === name ? { "aria-invalid": true, "aria-describedby": errorId } : {});
  const messages = (
    <>
      {message && (
        <p className="field__error" role="alert" id={errorId}>
          {message}
        </p>
      )}
      <p role="status" className={saved ? "save-state save-state--saved" : "sr-only"}>
        {saved ? "Saved." : ""}
      </p>
    </>
  );
  return { onSubmit, pending, fieldProps, messages };
}

const num = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
const text = (v: FormDataEntryValue | null) => String(v ?? "");

export function OverrideForm({ assignmentId, studentId, studentName, overridden }: { assignmentId: string; studentId: string; studentName: string; overridden: boolean }) {
  const [remove, setRemove] = useState(false);
  const { onSubmit, pending, fieldProps, messages } = useActionSubmit(overrideGradeAction, (f) => ({ assignmentId, studentId, percent: remove ? null : num(f.get("percent")), reason: text(f.get("reason")) }));
  const idFor = (name: string) => `${name}-${studentId}`;
  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label={`Override ${studentName}'s grade`}>
      {!remove && (
        <div className="field">
          <label htmlFor={idFor("percent")}>Grade (%)</label>
          <input id={idFor("percent")} name="percent" {...fieldProps("percent")} type="number" min={0} max={100} step="0.1" className="input" />
        </div>
      )}
      <div className="field">
        <label htmlFor={idFor("reason")}>Reason (the student sees it)</label>
        <input id={idFor("reason")} name="reason" {...fieldProps("reason")} className="input" />
      </div>
      {overridden && (
        <label className="choice">
          <input type="checkbox" checked={remove} onChange={(e) => setRemove(e.target.checked)} /> Remove the override
        </label>
      )}
      <div>
        <button type="submit" className="button button--small" aria-disabled={pending || undefined}>
          {pending ? "Saving…" : remove ? "Remove override" : "Set grade"}
        </button>
      </div>
      {messages}
    </form>
  );
}

export function ExtensionForm({ assignmentId, studentId, studentName }: { assignmentId: string; studentId: string; studentName: string }) {
  const { onSubmit, pending, fieldProps, messages } = useActionSubmit(setExtensionAction, (f) => ({
    assignmentId,
    studentId,
    dueAt: f.get("dueAt") ? new Date(text(f.get("dueAt"))).toISOString() : null,
    extraTimeMin: num(f.get("extraTimeMin")) ?? 0,
    extraAttempts: num(f.get("extraAttempts")) ?? 0,
  }));
  const idFor = (name: string) => `${name}-ext-${studentId}`;
  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label={`Extension for ${studentName}`}>
      <div className="field">
        <label htmlFor={idFor("dueAt")}>New due date</label>
        <input id={idFor("dueAt")} name="dueAt" {...fieldProps("dueAt")} type="datetime-local" className="input" />
      </div>
      <div className="field">
        <label htmlFor={idFor("extraTimeMin")}>Extra minutes per attempt</label>
        <input id={idFor("extraTimeMin")} name="extraTimeMin" {...fieldProps("extraTimeMin")} type="number" min={0} max={600} className="input" />
      </div>
      <div className="field">
        <label htmlFor={idFor("extraAttempts")}>Extra attempts</label>
        <input id={idFor("extraAttempts")} name="extraAttempts" {...fieldProps("extraAttempts")} type="number" min={0} max={10} className="input" />
      </div>
      <p className="field__hint">All empty removes the extension.</p>
      <div>
        <button type="submit" className="button button--small" aria-disabled={pending || undefined}>
          {pending ? "Saving…" : "Save extension"}
        </button>
      </div>
      {messages}
    </form>
  );
}

export function VoidForm({ assignmentId, questionId, voided }: { assignmentId: string; questionId: string; voided: boolean }) {
  const { onSubmit, pending, fieldProps, messages } = useActionSubmit(voidQuestionAction, (f) => ({
    assignmentId,
    questionId,
    mode: f.get("mode") === "RESTORE" ? null : text(f.get("mode")),
    reason: text(f.get("reason")),
  }));
  const idFor = (name: string) => `${name}-void-${questionId}`;
  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label="Void this question">
      <div className="field">
        <label htmlFor={idFor("mode")}>For everyone</label>
        <select id={idFor("mode")} name="mode" {...fieldProps("mode")} className="input" defaultValue="FULL_CREDIT">
          <option value="FULL_CREDIT">Give full credit</option>
          <option value="EXCLUDE">Leave it out of the score</option>
          {voided && <option value="RESTORE">Restore it (grade answers again)</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={idFor("reason")}>Reason (students see it)</label>
        <input id={idFor("reason")} name="reason" {...fieldProps("reason")} className="input" />
      </div>
      <div>
        <button type="submit" className="button button--small" aria-disabled={pending || undefined}>
          {pending ? "Rescoring…" : "Apply"}
        </button>
      </div>
      {messages}
    </form>
  );
}

/**
 * A student's grading tools in the report's table. The forms mount only when
 * their section is opened, so a class of 1,000 does not send 2,000 forms.
 */
export function GradingTools({ assignmentId, studentId, studentName, overridden }: { assignmentId: string; studentId: string; studentName: string; overridden: boolean }) {
  const [open, setOpen] = useState<{ override: boolean; extension: boolean }>({ override: false, extension: false });
  return (
    <>
      <details onToggle={(e) => setOpen((o) => ({ ...o, override: (e.target as HTMLDetailsElement).open }))}>
        <summary>Override grade</summary>
        {open.override && <OverrideForm assignmentId={assignmentId} studentId={studentId} studentName={studentName} overridden={overridden} />}
      </details>
      <details onToggle={(e) => setOpen((o) => ({ ...o, extension: (e.target as HTMLDetailsElement).open }))}>
        <summary>Extension</summary>
        {open.extension && <ExtensionForm assignmentId={assignmentId} studentId={studentId} studentName={studentName} />}
      </details>
    </>
  );
}
