"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signInWithPassword } from "@/lib/auth/client";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account. Check them and try again.",
  RateLimited: "Too many failed sign-ins. Wait a minute, then try again.",
};

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? "")).catch(() => null);
      if (result?.ok) {
        router.push(callbackUrl);
        router.refresh();
      } else {
        setError(MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Check your connection and try again.");
      }
    });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
