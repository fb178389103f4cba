/**
 * Every date, number and plural the app prints, built on Intl in one locale (`LOCALE`), so that a
 * second language is one more locale here. The server does not know the reader's time zone, so
 * dates and times are in UTC, and times say so. Server and browser both format with Intl: a
 * client component that prints a date gets the same text on both so long as their ICU data agree
 * (Node 20's ICU 78 and current Chromium both print September as "Sept" in en-GB).
 */
export const LOCALE = "en-GB";

const utc = { timeZone: "UTC" } as const;
const day = new Intl.DateTimeFormat(LOCALE, { ...utc, day: "numeric", month: "short", year: "numeric" });
const dayShort = new Intl.DateTimeFormat(LOCALE, { ...utc, day: "numeric", month: "short" });
const weekday = new Intl.DateTimeFormat(LOCALE, { ...utc, weekday: "short", day: "numeric", month: "short" });
const time = new Intl.DateTimeFormat(LOCALE, { ...utc, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const integer = new Intl.NumberFormat(LOCALE);
const plurals = new Intl.PluralRules(LOCALE);

/** "2025-03-14" → "14 Mar 2025", or "14 Mar" with `short`; anything that is not such a day comes back unchanged. */
export function formatDay(iso: string, short = false): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return (short ? dayShort : day).format(d);
}

/** "14 Mar 2025". */
export function formatDate(d: Date): string {
  return day.format(d);
}

/** "14 Mar 2025, 17:00 UTC". */
export function formatDateTime(d: Date): string {
  return `${day.format(d)}, ${time.format(d)} UTC`;
}

/** "Fri 14 Mar", for a calendar of the next days. */
export function formatWeekday(d: Date): string {
  return weekday.format(d);
}

/** The calendar day in UTC as data: "2025-03-14" (for CSV files, chart keys and date inputs). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A count with the locale's grouping: 1,000. */
export function formatNumber(n: number): string {
  return integer.format(n);
}

/** "1 question", "3 questions", "1,000 students"; `many` when the plural is not `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${plurals.select(n) === "one" ? one : many}`;
}

/** Just the word: "attempt" or "attempts", for sentences that print the number apart. */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return plurals.select(n) === "one" ? one : many;
}

/** An age in whole months, as a reader counts it: "less than a month", "5 months", "3 years" (from 24 months on). */
export function formatMonths(months: number): string {
  if (months < 1) return "less than a month";
  return months < 24 ? plural(months, "month") : plural(Math.floor(months / 12), "year");
}
