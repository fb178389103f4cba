"use client";

import { useRouter } from "next/navigation";
import { useServerAction } from "@/components/ui/use-server-action";
import { signInWithPassword } from "@/lib/auth/client";
import { clearGuestState, readGuestState, useGuestState } from "@/components/quiz/use-guest-store";
import { countGuestAnswers, toClaimPayload } from "@/lib/learning/guest-store";
import { claimGuestProgressAction, signUpAction } from "./actions";
import { plural } from "@/lib/format";

/**
 * Adds the practice a guest kept in this browser to the new account. The
 * device's copy is cleared once the server has answered, also when it says the
 * claim was taken before; a failure keeps it for another try.
 */
async function claimGuestAnswers() {
  const state = readGuestState();
  if (!state || countGuestAnswers(state).answered === 0) return;
  try {
    const result = await claimGuestProgressAction(toClaimPayload(state));
    if (result.status === "ok") clearGuestState();
  } catch {
    // The answers stay on this device; the account is made either way.
  }
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { run, pending, error: message, fieldErrors } = useServerAction(signUpAction);
  const guestAnswers = countGuestAnswers(useGuestState()).answered;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const element = event.currentTarget;
    const form = new FormData(element);
    const input = { name: form.get("name"), email: form.get("email"), password: form.get("password"), role: form.get("role") };
    const claim = form.get("claimGuest") === "on";
    run(input, async () => {
      const signedIn = await signInWithPassword(String(input.email ?? ""), String(input.password ?? "")).catch(() => null);
      if (signedIn?.ok) {
        if (claim) await claimGuestAnswers();
        router.push(callbackUrl);
        router.refresh();
      } else router.push("/sign-in");
    }, element);
  }

  const error = (field: string) =>
    fieldErrors[field]?.[0] ? (
      <span className="field__error" id={`${field}-error`}>
        {fieldErrors[field][0]}
      </span>
    ) : null;
  const describedBy = (field: string, hint?: string) => [fieldErrors[field] ? `${field}-error` : null, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {message && (
        <p className="alert alert--error" role="alert">
          {message}
        </p>
      )}
      <fieldset className="field" style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>I am a</legend>
        <div className="choice-row">
          <label className="choice-pill">
            <input type="radio" name="role" value="STUDENT" defaultChecked /> Student
          </label>
          <label className="choice-pill">
            <input type="radio" name="role" value="TEACHER" /> Teacher
          </label>
        </div>
        {error("role")}
      </fieldset>
      <div className="field">
        <label htmlFor="name">Display name</label>
        <input id="name" name="name" type="text" autoComplete="nickname" required maxLength={80} aria-invalid={!!fieldErrors.name} aria-describedby={describedBy("name")} />
        {error("name")}
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={!!fieldErrors.email} aria-describedby={describedBy("email")} />
        {error("email")}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          aria-invalid={!!fieldErrors.password}
          aria-describedby={describedBy("password", "password-hint")}
        />
        <span className="field__hint" id="password-hint">
          At least 8 characters, and not a common password. A long passphrase is best.
        </span>
        {error("password")}
      </div>
      {guestAnswers > 0 && (
        <label className="option" data-testid="guest-claim">
          <input type="checkbox" name="claimGuest" defaultChecked />
          <span>
            Add the practice answers from this device to my account ({plural(guestAnswers, "answer")})
          </span>
        </label>
      )}
      {/* Not `disabled` while pending: that would drop the keyboard's focus to the page. */}
      <button className="button" type="submit" aria-disabled={pending || undefined}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
