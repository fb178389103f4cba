// Scenarios 19 and 20 through the real route and action: sign-up refuses the most common
// passwords, and at sign-in an unknown email and a wrong password get the same answer (status,
// body, redirect, cookies) and the same rate-limit accounting. Timings are compared in the bench
// (`npm run bench -- --only=sign-in-timing`), never asserted here.
import "../support/next-request";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_MINUTE } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { callAction, inRequestScope, nextRequest, ORIGIN } from "../support/next-request";

const PASSWORD = "a long passphrase nobody guesses";
let account: { email: string };
let second: { email: string };
let csrf: { token: string; cookie: string };
let route: typeof import("@/app/api/auth/[...nextauth]/route");

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  account = await db.user.create({ data: { email: "known@example.test", name: "Known", passwordHash }, select: { email: true } });
  second = await db.user.create({ data: { email: "known-too@example.test", name: "Known too", passwordHash }, select: { email: true } });
  route = await import("@/app/api/auth/[...nextauth]/route");
  const request = nextRequest("/api/auth/csrf");
  const { result } = await inRequestScope(request, () => route.GET(request, { params: Promise.resolve({ nextauth: ["csrf"] }) }));
  const response = result as Response;
  csrf = { token: ((await response.json()) as { csrfToken: string }).csrfToken, cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
});

/** A sign-in as the sign-in page sends it (json: true, as next-auth's client does) or as a plain form post. */
async function signIn(email: string, password: string, ip: string, { json = true } = {}) {
  const body = new URLSearchParams({ csrfToken: csrf.token, email, password, ...(json ? { json: "true" } : {}) }).toString();
  const request = nextRequest("/api/auth/callback/credentials", {
    method: "POST",
    cookie: csrf.cookie,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, "x-forwarded-for": ip },
    body,
  });
  const result = (await inRequestScope(request, () => route.POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) }))).result as Response;
  const headers = Object.fromEntries([...result.headers].filter(([name]) => name !== "set-cookie" && name !== "date"));
  return { status: result.status, body: await result.text(), headers, cookies: result.headers.getSetCookie().map((c) => c.split("=")[0]!) };
}

const points = async (key: string) => (await db.rateLimiterFlexible.findUnique({ where: { key: `sign-in:${key}` }, select: { points: true } }))?.points ?? 0;

describe("sign-up (scenario 20)", () => {
  it("refuses the most common passwords with a clear message and creates nothing; takes a 64-character passphrase", async () => {
    const { signUpAction } = await import("@/app/(auth)/sign-up/actions");
    for (const password of ["password1", "12345678", "qwertyuiop", "Iloveyou"]) {
      const { result } = await callAction(() => signUpAction({ name: "New", email: "new@example.test", password, role: "STUDENT" }));
      expect(result, password).toEqual({ status: "invalid", message: expect.stringMatching(/one of the most common passwords/), fieldErrors: { password: [expect.any(String)] } });
    }
    expect(await db.user.count({ where: { email: "new@example.test" } })).toBe(0);
    const passphrase = "rain over the ottawa convention makes the mines list grow longer";
    expect(passphrase).toHaveLength(64);
    const { result } = await callAction(() => signUpAction({ name: "New", email: "new@example.test", password: passphrase, role: "STUDENT" }));
    expect(result).toEqual({ status: "ok", data: null });
  });
});

describe("sign-in: an unknown email and a wrong password (scenario 19)", () => {
  it("get the same answer: status, body, headers and cookies, for the page's request and a plain form post", async () => {
    for (const json of [true, false]) {
      const unknown = await signIn("nobody@example.test", PASSWORD, `203.0.113.${json ? 1 : 2}`, { json });
      const wrong = await signIn(account.email, "not the password", `203.0.113.${json ? 3 : 4}`, { json });
      expect(wrong).toEqual(unknown);
      // What that answer is: no session, and next-auth's "credentials" error.
      expect(unknown.cookies.filter((c) => c.includes("session-token"))).toEqual([]);
      if (json) expect({ status: unknown.status, body: JSON.parse(unknown.body) }).toEqual({ status: 401, body: { url: expect.stringMatching(/error=CredentialsSignin/) } });
      else expect({ status: unknown.status, location: unknown.headers.location }).toEqual({ status: 302, location: expect.stringMatching(/error=CredentialsSignin/) });
    }
    // The right password, for contrast: a session.
    expect((await signIn(account.email, PASSWORD, "203.0.113.5")).cookies).toContain("next-auth.session-token");
  });

  it("count the same against the rate limit, and are refused alike once over it", async () => {
    const [ghost, ghostIp, known, knownIp] = ["ghost@example.test", "198.51.100.1", second.email, "198.51.100.2"];
    for (let i = 1; i <= MAX_FAILURES_PER_MINUTE; i++) {
      await signIn(ghost, `guess ${i}`, ghostIp);
      await signIn(known, `guess ${i}`, knownIp);
      expect([await points(`email:${ghost}`), await points(`ip:${ghostIp}`)]).toEqual([i, i]);
      expect([await points(`email:${known}`), await points(`ip:${knownIp}`)]).toEqual([i, i]);
    }
    // The eleventh: 429 with the same body for both, before next-auth or the password is looked at.
    const [a, b] = [await signIn(ghost, "guess 11", "192.0.2.1"), await signIn(known, PASSWORD, "192.0.2.2")];
    expect(b.status).toBe(429);
    expect(a.status).toBe(429);
    expect(b.body).toBe(a.body);
    expect(JSON.parse(a.body)).toEqual({ url: expect.stringMatching(/error=RateLimited/), error: "Too many failed sign-ins. Try again in a minute." });
    for (const r of [a, b]) expect(Number(r.headers["retry-after"])).toBeGreaterThan(0);
    for (const r of [a, b]) expect(Number(r.headers["retry-after"])).toBeLessThanOrEqual(60);
  });
});
