/**
 * The one-sentence text summaries (and small formatters) behind the dashboard charts.
 * Pure functions, so the sentence a screen reader hears is checked in tests/unit/chart-summary.test.ts.
 */
import { formatDay } from "@/lib/format";
import type { Bin, CompletionPoint } from "@/lib/stats/distribution";
import type { RollUp } from "@/lib/stats/item-analysis";
import { plural } from "@/lib/format";


/** "a", "a and b", "a, b and c". */
function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A percentage to at most one decimal place: 75 → "75%", 33.333 → "33.3%". */
export function formatPercent(p: number): string {
  return `${Math.round(p * 10) / 10}%`;
}

export function histogramSummary(bins: Bin[]): string {
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return "No submitted work yet.";
  const max = Math.max(...bins.map((b) => b.count));
  const top = bins.filter((b) => b.count === max).map((b) => b.label);
  if (total === 1) return `1 student: their score is in the ${top[0]} band.`;
  if (top.length === 1) return `${total} students: the most common band is ${top[0]} (${plural(max, "student", "students")}).`;
  return `${total} students: the most common bands are ${listJoin(top)} (${plural(max, "student", "students")} each).`;
}

export function completionSummary(points: CompletionPoint[]): string {
  const last = points.at(-1);
  if (!last) return "No submissions yet.";
  const work = last.completed === 1 ? "1 piece of assigned work" : `${last.completed} pieces of assigned work`;
  return `By ${formatDay(last.date)}, ${work} had been completed: ${formatPercent(last.percent)} of all assigned work.`;
}

/** Which colour band a percent-correct falls in: below 50, 50 up to 80, 80 or more. */
export function facilityBand(facility: number): "bad" | "warn" | "good" {
  if (facility < 50) return "bad";
  if (facility < 80) return "warn";
  return "good";
}

export function rollUpSummary(rows: RollUp[], labelFor: Record<string, string>): string {
  const answered = rows.filter((r): r is RollUp & { facility: number } => r.facility !== null);
  if (answered.length === 0) return "No responses yet.";
  const label = (r: RollUp) => labelFor[r.key] ?? r.key;
  if (answered.length === 1) return `${label(answered[0]!)}: ${formatPercent(answered[0]!.facility)} correct.`;
  let low = answered[0]!;
  let high = answered[0]!;
  for (const r of answered) {
    if (r.facility < low.facility) low = r;
    if (r.facility > high.facility) high = r;
  }
  const below = answered.filter((r) => r.facility < 50).length;
  if (low.facility === high.facility) return `All ${answered.length} at ${formatPercent(low.facility)} correct.`;
  return `Percent correct ranges from ${formatPercent(low.facility)} (${label(low)}) to ${formatPercent(high.facility)} (${label(high)}); ${below} of ${answered.length} below 50%.`;
}
