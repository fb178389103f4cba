/**
 * What a class keeps forgetting: the students' review items rolled up per
 * learning objective and per article paragraph. Pure, so the figures can be checked by hand.
 */
import { isDue } from "./schedule";

export type RetentionItem = { userId: string; questionId: string; dueAt: Date; lapses: number; version: number };
export type QuestionMeta = { objective: string; paragraphs: string[]; version: number };
export type RetentionRow = { key: string; students: number; inReview: number; dueNow: number; lapses: number };

export function retentionRollUp(items: RetentionItem[], meta: ReadonlyMap<string, QuestionMeta>, by: "objective" | "paragraph", now: Date): RetentionRow[] {
  const groups = new Map<string, { students: Set<string>; inReview: number; dueNow: number; lapses: number }>();
  for (const item of items) {
    const q = meta.get(item.questionId);
    if (!q) continue;
    for (const key of by === "objective" ? [q.objective] : q.paragraphs) {
      const g = groups.get(key) ?? { students: new Set<string>(), inReview: 0, dueNow: 0, lapses: 0 };
      g.students.add(item.userId);
      g.inReview++;
      if (isDue(item, q.version, now)) g.dueNow++;
      g.lapses += item.lapses;
      groups.set(key, g);
    }
  }
  return sortRetention([...groups.entries()].map(([key, g]) => ({ key, students: g.students.size, inReview: g.inReview, dueNow: g.dueNow, lapses: g.lapses })));
}

/** Most missed again first, then most in review; the same order whether the rows were summed here or in SQL. */
export function sortRetention<R extends RetentionRow>(rows: R[]): R[] {
  return [...rows].sort((a, b) => b.lapses - a.lapses || b.inReview - a.inReview || a.key.localeCompare(b.key));
}
