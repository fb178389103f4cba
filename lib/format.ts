/**
 * Dates as people read them: "14 Mar 2025", "14 Mar 2025, 17:00 UTC". The
 * server does not know the reader's time zone, so times are in UTC and say so.
 * Written by hand rather than with Intl, so the server and the browser print
 * the same text whatever their ICU version (en-GB September is "Sep" in some and "Sept" in others).
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-03-14" → "14 Mar 2025", or "14 Mar" with `short`; anything else comes back unchanged. */
export function formatDay(iso: string, short = false): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1];
  if (!y || !month || !d) return iso;
  return short ? `${Number(d)} ${month}` : `${Number(d)} ${month} ${y}`;
}

export function formatDate(d: Date): string {
  return formatDay(d.toISOString().slice(0, 10));
}

export function formatDateTime(d: Date): string {
  return `${formatDate(d)}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** "1 question", "3 questions"; `many` when the plural is not `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
