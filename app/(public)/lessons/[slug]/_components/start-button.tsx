"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startAttemptAction } from "../actions";

export function StartButton({ quizSlug, path, label }: { quizSlug: string; path: string; label: string }) {
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
            const result = await startAttemptAction({ quizSlug, path });
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
