"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions";
import { useServerAction } from "@/components/ui/use-server-action";
import { overrideGradeAction, setExtensionAction, voidQuestionAction } from "../../../actions";

/** Runs an action from a form, shows its refusal, refreshes on success. */
function useActionSubmit<T>(action: (input: unknown) => Promise<ActionResult<T>>, build: (form: FormData) => unknown) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(action);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    run(build(new FormData(form)), () => {
      form.reset();
      router.refresh();
    });
  };
  const errorLine = error && (
    <p className="field__error" role="alert">
      {error}
    </p>
  );
  return { onSubmit, pending, errorLine };
}

const num = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
const text = (v: FormDataEntryValue | null) => String(v ?? "");

export function OverrideForm({ assignmentId, studentId, studentName, overridden }: { assignmentId: string; studentId: string; studentName: string; overridden: boolean }) {
  const [remove, setRemove] = useState(false);
  const { onSubmit, pending, errorLine } = useActionSubmit(overrideGradeAction, (f) => ({ assignmentId, studentId, percent: remove ? null : num(f.get("percent")), reason: text(f.get("reason")) }));
  const idFor = (name: string) => `${name}-${studentId}`;
  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate aria-label={`Override ${studentName}'s grade`}>
      {!remove && (
        <div className="field">
          <label htmlFor={idFor("percent")}>Grade (%)</label>
          <input id={idFor("percent")} name="percent" type="number" min={0} max={100} step="0.1" className="input" />
        </div>
      )}
      <div className="field">
        <label htmlFor={idFor("reason")}>Reason (the student sees it)</label>
        <input id={idFor("reason")} name="reason" className="input" />
      </div>
      {overridden && (
        <label className="choice">
          <input type="checkbox" checked={remove} onChange={(e) => setRemove(e.target.checked)} /> Remove the override
        </label>
      )}
      <div>
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? "Saving…" : remove ? "Remove override" : "Set grade"}
        </button>
      </div>
      {errorLine}
    </form>
  );
}

export function ExtensionForm({ assignmentId, studentId, studentName }: { assignmentId: string; studentId: string; studentName: string }) {
  const { onSubmit, pending, errorLine } = useActionSubmit(setExtensionAction, (f) => ({
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
        <input id={idFor("dueAt")} name="dueAt" type="datetime-local" className="input" />
      </div>
      <div className="field">
        <label htmlFor={idFor("extraTimeMin")}>Extra minutes per attempt</label>
        <input id={idFor("extraTimeMin")} name="extraTimeMin" type="number" min={0} max={600} className="input" />
      </div>
      <div className="field">
        <label htmlFor={idFor("extraAttempts")}>Extra attempts</label>
        <input id={idFor("extraAttempts")} name="extraAttempts" type="number" min={0} max={10} className="input" />
      </div>
      <p className="field__hint">All empty removes the extension.</p>
      <div>
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? "Saving…" : "Save extension"}
        </button>
      </div>
      {errorLine}
    </form>
  );
}

export function VoidForm({ assignmentId, questionId, voided }: { assignmentId: string; questionId: string; voided: boolean }) {
  const { onSubmit, pending, errorLine } = useActionSubmit(voidQuestionAction, (f) => ({
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
        <select id={idFor("mode")} name="mode" className="input" defaultValue="FULL_CREDIT">
          <option value="FULL_CREDIT">Give full credit</option>
          <option value="EXCLUDE">Leave it out of the score</option>
          {voided && <option value="RESTORE">Restore it (grade answers again)</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={idFor("reason")}>Reason (students see it)</label>
        <input id={idFor("reason")} name="reason" className="input" />
      </div>
      <div>
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? "Rescoring…" : "Apply"}
        </button>
      </div>
      {errorLine}
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
