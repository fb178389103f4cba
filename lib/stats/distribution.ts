/** Figures behind the dashboard charts, as pure functions so the charts and their tables agree. */
import { isoDay } from "@/lib/format";

export type Bin = { label: string; from: number; to: number; count: number };

/** Scores in ten bands of 10 points: 0–9, 10–19, …, 90–100 (100 falls in the last band). */
export function scoreHistogram(percents: number[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`, from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  for (const p of percents) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]!.count++;
  return bins;
}

export type CompletionPoint = { date: string; completed: number; percent: number };

/**
 * For each day from the first to the last (UTC), how many of the `assigned`
 * student–assignment pairs had been completed by the end of it. `firstSubmissions`
 * holds one date per completed pair: its first submission.
 */
export function completionOverTime(firstSubmissions: Date[], assigned: number, until: Date): CompletionPoint[] {
  if (firstSubmissions.length === 0 || assigned === 0) return [];
  // Days as whole numbers since the epoch (UTC): thousands of dates are counted without formatting each.
  const DAY = 86_400_000;
  const perDay = new Map<number, number>();
  for (const d of firstSubmissions) {
    const n = Math.floor(d.getTime() / DAY);
    perDay.set(n, (perDay.get(n) ?? 0) + 1);
  }
  const first = Math.min(...perDay.keys());
  const last = Math.max(Math.floor(until.getTime() / DAY), ...perDay.keys());
  const points: CompletionPoint[] = [];
  let completed = 0;
  for (let n = first; n <= last; n++) {
    completed += perDay.get(n) ?? 0;
    points.push({ date: isoDay(new Date(n * DAY)), completed, percent: Math.round((completed / assigned) * 1000) / 10 });
    if (points.length > 366) break;
  }
  return points;
}
