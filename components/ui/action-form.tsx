"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions";
import { useServerAction } from "./use-server-action";

type Field = { name: string; label: string; type?: string; defaultValue?: string; hint?: string; autoComplete?: string };

/**
 * A small form that calls a server action with its fields, shows the action's
 * message when it refuses, and then navigates or refreshes.
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
  const { run, pending, error } = useServerAction(action);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const form = event.currentTarget;
    const input = { ...hidden, ...Object.fromEntries(fields.map((f) => [f.name, String(new FormData(form).get(f.name) ?? "")])) };
    run(input, (data) => {
      form.reset();
      if (redirectTo) router.push(redirectTo.replace(/:(\w+)/g, (_, key: string) => String((data as Record<string, unknown>)?.[key] ?? "")));
      else router.refresh();
    });
  }

  return (
    <form className={inline ? "inline-form" : "form"} onSubmit={onSubmit} noValidate>
      {fields.map((f) => (
        <div className="field" key={f.name}>
          <label htmlFor={`f-${f.name}`}>{f.label}</label>
          <input id={`f-${f.name}`} name={f.name} type={f.type ?? "text"} defaultValue={f.defaultValue} autoComplete={f.autoComplete ?? "off"} className="input" />
          {f.hint && <span className="field__hint">{f.hint}</span>}
        </div>
      ))}
      <div>
        <button type="submit" className={danger ? "button button--danger" : fields.length ? "button" : "button button--secondary button--small"} disabled={pending}>
          {pending ? (pendingLabel ?? "Working…") : submitLabel}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
