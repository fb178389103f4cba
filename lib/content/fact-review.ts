/**
 * When a background fact is due for review: its "as of" day is at least the teacher's period
 * (in calendar months) before today. A fact without a day is always due. Pure, for the teacher's
 * course page; the period is the teacher's choice among REVIEW_PERIODS.
 */
export const REVIEW_PERIODS = [3, 6, 12, 18, 24] as const;
export type ReviewPeriod = (typeof REVIEW_PERIODS)[number];
export const DEFAULT_REVIEW_PERIOD: ReviewPeriod = 12;

/** The day `months` calendar months after `iso` ("2025-03-14"), as a UTC Date; the 31st moves back to the month's last day. */
function addMonths(iso: string, months: number): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target;
}

/** Whole calendar months from the day `iso` to `now` (0 within the first month). */
export function monthsSince(iso: string, now: Date): number {
  let months = (now.getUTCFullYear() - Number(iso.slice(0, 4))) * 12 + (now.getUTCMonth() + 1 - Number(iso.slice(5, 7)));
  if (addMonths(iso, months) > now) months--;
  return Math.max(0, months);
}

/** Whether a fact "as of" `asOf` is due for review at `now` with a period of `months`. */
export function isDueForReview(asOf: string | null, now: Date, months: number): boolean {
  return asOf === null || addMonths(asOf, months) <= now;
}

/** The page's `?months=` (a period it offers), or the default for anything else. */
export function reviewPeriod(value: unknown): ReviewPeriod {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return (REVIEW_PERIODS as readonly number[]).includes(n) ? (n as ReviewPeriod) : DEFAULT_REVIEW_PERIOD;
}

type FactFields = { number: number; text: string; status: string; asOf: string | null };
export type FactCorrection = { number: number; fields: ("text" | "status" | "asOf")[] };

/**
 * The stored facts that `incoming` corrects: a changed statement, status or "as of" day, what a
 * student is taught. A fact that is new in `incoming` corrects nothing.
 */
export function factCorrections(stored: FactFields[], incoming: FactFields[]): FactCorrection[] {
  const before = new Map(stored.map((f) => [f.number, f]));
  return incoming.flatMap((f) => {
    const old = before.get(f.number);
    if (!old) return [];
    const fields = (["text", "status", "asOf"] as const).filter((k) => old[k] !== f[k]);
    return fields.length ? [{ number: f.number, fields: [...fields] }] : [];
  });
}
