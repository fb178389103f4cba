"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";

type Refusal = Exclude<ActionResult<unknown>, { status: "ok" }>;

/**
 * The one way a client form runs a server action: `pending` while it runs; the action's message,
 * and its message per field, when it refuses; `onDone` with the action's data when it succeeds.
 * A new run clears the last refusal.
 */
export function useServerAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  function run(input: unknown, onDone?: (data: T) => void | Promise<void>) {
    setRefusal(null);
    startTransition(async () => {
      const result = await action(input);
      if (result.status === "ok") await onDone?.(result.data);
      else setRefusal(result);
    });
  }

  return {
    run,
    pending,
    error: refusal?.message ?? null,
    fieldErrors: refusal?.status === "invalid" ? (refusal.fieldErrors ?? {}) : ({} as Record<string, string[]>),
  };
}
