"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions";
import { useServerAction } from "@/components/ui/use-server-action";

/** Starts (or resumes) an attempt through a server action, then shows it by refreshing the page. */
export function StartButton<T>({ action, input, label }: { action: (input: unknown) => Promise<ActionResult<T>>; input: Record<string, string>; label: string }) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(action);
  return (
    <div>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() => run(input, () => router.refresh())}
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
