"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions";
import { signInWithPassword } from "@/lib/auth/client";
import { useServerAction } from "@/components/ui/use-server-action";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account. Check them and try again.",
  RateLimited: "Too many failed sign-ins. Wait a minute, then try again.",
};

/** next-auth's sign-in, answering as a server action does, so the form runs it like the others. */
async function signIn(input: unknown): Promise<ActionResult> {
  const { email, password } = input as { email: FormDataEntryValue | null; password: FormDataEntryValue | null };
  const result = await signInWithPassword(String(email ?? ""), String(password ?? "")).catch(() => null);
  if (result?.ok) return { status: "ok", data: null };
  return { status: "invalid", message: MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Check your connection and try again." };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(signIn);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    run({ email: form.get("email"), password: form.get("password") }, () => {
      router.push(callbackUrl);
      router.refresh();
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
      {/* Not `disabled` while pending: that would drop the keyboard's focus to the page. */}
      <button className="button" type="submit" aria-disabled={pending || undefined}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
