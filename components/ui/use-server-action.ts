"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";

type Refusal = Exclude<ActionResult<unknown>, { status: "ok" }>;
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The field a refusal is about, for the keyboard: the first of `form`'s fields that the refusal
 * names, or its only field. Focus goes there, so the keyboard is where the fix is.
 */
function refusedField(form: HTMLFormElement, refusal: Refusal): Field | undefined {
  const names = refusal.status === "invalid" ? Object.keys(refusal.fieldErrors ?? {}) : [];
  const fields = [...form.elements].filter(
    (el): el is Field => (el instanceof HTMLInputElement && el.type !== "hidden") || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement,
  );
  return fields.find((f) => names.includes(f.name)) ?? (fields.length === 1 ? fields[0] : undefined);
}

/**
 * The one way a client form runs a server action: `pending` while it runs; the action's message,
 * and its message per field, when it refuses; `onDone` with the action's data when it succeeds.
 * A new run clears the last refusal. Given the `form`, a refusal moves the focus to the field it
 * is about, whose name is then `invalidField` (for aria-invalid and aria-describedby).
 */
export function useServerAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [invalidField, setInvalidField] = useState<string | null>(null);

  function run(input: unknown, onDone?: (data: T) => void | Promise<void>, form?: HTMLFormElement) {
    setRefusal(null);
    setInvalidField(null);
    startTransition(async () => {
      const result = await action(input);
      if (result.status === "ok") return void (await onDone?.(result.data));
      setRefusal(result);
      const field = form && refusedField(form, result);
      setInvalidField(field?.name ?? null);
      field?.focus();
    });
  }

  return {
    run,
    pending,
    error: refusal?.message ?? null,
    fieldErrors: refusal?.status === "invalid" ? (refusal.fieldErrors ?? {}) : ({} as Record<string, string[]>),
    invalidField,
  };
}
