"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";

/** Starts (or resumes) an attempt through a server action, then shows it by refreshing the page. */
export function StartButton<T>({ action, input, label }: { action: (input: unknown) => Promise<ActionResult<T>>; input: Record<string, string>; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action(input);
            if (result.status === "ok") router.refresh();
            else setError(result.message);
          })
        }
      >
        {pending ? "Starting…" : label}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
