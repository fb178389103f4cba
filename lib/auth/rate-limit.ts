import { RateLimiterMemory } from "rate-limiter-flexible";

/**
 * Failed sign-ins: at most 10 per minute per account and per IP address.
 * Past that, sign-in answers 429 until the minute is over. Nothing is ever
 * locked for good, and a success does not reset the count (so guessing
 * between a known password does not help).
 */
export const MAX_FAILURES_PER_MINUTE = 10;
const limiter = new RateLimiterMemory({ points: MAX_FAILURES_PER_MINUTE, duration: 60 });

const keys = (email: string, ip: string) => [`email:${email.trim().toLowerCase()}`, `ip:${ip}`];

/** Milliseconds until the next sign-in may be tried, or 0 when it may be tried now. */
export async function signInRetryAfterMs(email: string, ip: string): Promise<number> {
  const states = await Promise.all(keys(email, ip).map((k) => limiter.get(k)));
  const blocked = states.filter((s) => s !== null && s.consumedPoints >= MAX_FAILURES_PER_MINUTE);
  return blocked.length ? Math.max(...blocked.map((s) => s!.msBeforeNext)) : 0;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  await Promise.all(keys(email, ip).map((k) => limiter.penalty(k, 1)));
}

export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? undefined;
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "unknown";
}
