"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startPracticeAction } from "../actions";

export function StartButton({ quizSlug, lessonSlug, label }: { quizSlug: string; lessonSlug: string; label: string }) {
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
            const result = await startPracticeAction({ quizSlug, lessonSlug });
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
