"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import type { ActionResult } from "@/lib/actions";
import { useServerAction } from "./use-server-action";

/** A field of the form: an input, or with `rows` a textarea of that many rows. */
type Field = { name: string; label: string; type?: string; defaultValue?: string; hint?: string; autoComplete?: string; rows?: number };

/**
 * A small form that calls a server action with its fields, shows the action's
 * message when it refuses, and then navigates or refreshes.
 *
 * For the keyboard: the button is never `disabled` while the action runs (a focused button that
 * is disabled drops focus to the page), only marked aria-disabled; a refused field gets the focus,
 * aria-invalid and the message as its description.
 */
export function ActionForm<T>({
  action,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  confirm,
  redirectTo,
  inline = false,
  danger = false,
}: {
  action: (input: unknown) => Promise<ActionResult<T>>;
  fields: Field[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  confirm?: string;
  /** Where to go afterwards; ":key" is replaced by that key of the action's data. Without it, the page refreshes. */
  redirectTo?: string;
  inline?: boolean;
  /** A button that deletes something, in red. */
  danger?: boolean;
}) {
  const router = useRouter();
  const { run, pending, error, invalidField: invalid } = useServerAction(action);
  const errorId = useId();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (confirm && !window.confirm(confirm)) return;
    const form = event.currentTarget;
    const input = { ...hidden, ...Object.fromEntries(fields.map((f) => [f.name, String(new FormData(form).get(f.name) ?? "")])) };
    run(
      input,
      (data) => {
        form.reset();
        if (redirectTo) router.push(redirectTo.replace(/:(\w+)/g, (_, key: string) => String((data as Record<string, unknown>)?.[key] ?? "")));
        else router.refresh();
      },
      form,
    );
  }

  return (
    <form className={inline ? "inline-form" : "form"} onSubmit={onSubmit} noValidate>
      {fields.map((f) => (
        <div className="field" key={f.name}>
          <label htmlFor={`f-${f.name}`}>{f.label}</label>
          {(() => {
            const props = {
              id: `f-${f.name}`,
              name: f.name,
              defaultValue: f.defaultValue,
              autoComplete: f.autoComplete ?? "off",
              className: "input",
              "aria-invalid": invalid === f.name || undefined,
              "aria-describedby": [invalid === f.name && error ? errorId : "", f.hint ? `f-${f.name}-hint` : ""].filter(Boolean).join(" ") || undefined,
            };
            return f.rows ? <textarea {...props} rows={f.rows} /> : <input {...props} type={f.type ?? "text"} />;
          })()}
          {f.hint && (
            <span className="field__hint" id={`f-${f.name}-hint`}>
              {f.hint}
            </span>
          )}
        </div>
      ))}
      <div>
        <button type="submit" className={danger ? "button button--danger" : fields.length ? "button" : "button button--secondary button--small"} aria-disabled={pending || undefined}>
          {pending ? (pendingLabel ?? "Working…") : submitLabel}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </form>
  );
}
