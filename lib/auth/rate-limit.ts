import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { isPlainText } from "@/lib/validation";

// The counters live in the database (table RateLimiterFlexible), so every instance of the
// app counts together: ten failures spread over two instances are still ten.
const limiter = (keyPrefix: string, points: number) => new RateLimiterPrisma({ storeClient: db, keyPrefix, points, duration: 60 });

/**
 * Failed sign-ins: at most 10 per minute per account and per IP address.
 * Past that, sign-in answers 429 until the minute is over. Nothing is ever
 * locked for good, and a success does not reset the count (so guessing
 * between a known password does not help).
 */
export const MAX_FAILURES_PER_MINUTE = 10;
const failures = limiter("sign-in", MAX_FAILURES_PER_MINUTE);

/** Guest practice answers per IP address: plenty for a person, a brake on a script. */
const guestAnswers = limiter("guest", 120);

/**
 * An address's counter. An address is at most 45 characters; a longer value is junk the client
 * sent as X-Forwarded-For, cut so that its key fits the database's index.
 */
const ipKey = (ip: string) => `ip:${ip.slice(0, 64)}`;

/**
 * A sign-in's counters: its address's, and its account's when the email could name one. An email
 * that cannot (not plain text, or longer than any stored email) is refused before any password is
 * checked, and is never looked up: PostgreSQL refuses a NUL in a query.
 */
const keys = (email: string, ip: string) => {
  const account = email.trim().toLowerCase();
  return [...(account.length <= 254 && isPlainText(account) ? [`email:${account}`] : []), ipKey(ip)];
};

/** The stored counters whose key holds this email: an account deletion removes them with the account. */
export const accountCounterKeys = (email: string): string[] => [failures.getKey(`email:${email.trim().toLowerCase()}`)];

/** Milliseconds until the next sign-in may be tried, or 0 when it may be tried now. */
export async function signInRetryAfterMs(email: string, ip: string): Promise<number> {
  const states = [];
  for (const key of keys(email, ip)) states.push(await failures.get(key));
  const blocked = states.filter((s) => s !== null && s.consumedPoints >= MAX_FAILURES_PER_MINUTE);
  return blocked.length ? Math.max(...blocked.map((s) => s!.msBeforeNext)) : 0;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  for (const key of keys(email, ip)) await failures.penalty(key, 1);
}

/** Whether a guest at this address may have one more answer checked now. */
export async function allowGuestAnswer(ip: string): Promise<boolean> {
  return guestAnswers.consume(ipKey(ip)).then(
    () => true,
    () => false,
  );
}
