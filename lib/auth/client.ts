/**
 * Signing in from the browser, without next-auth/react: its client (a session provider, a
 * broadcast channel and the Babel runtime, some 15 KB gzipped) would otherwise load on the
 * pages that sign in. This is the same exchange with next-auth's own endpoints: a CSRF token,
 * then the credentials posted with `json=true`, so that next-auth answers with the URL it would
 * have redirected to; an `error` parameter in that URL says why a sign-in failed
 * (`CredentialsSignin`, or the message the authorize callback threw, such as `RateLimited`).
 */
export type SignInResult = { ok: true } | { ok: false; error: string | null };

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken?: string };
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken ?? "", callbackUrl: window.location.href, json: "true" }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : null;
  return res.ok && data.url && !error ? { ok: true } : { ok: false, error };
}
