/**
 * Pages of a long list, with the page, its size, filters and sort kept in the URL, so
 * a teacher's view of a 1,000-student class can be bookmarked, shared and reloaded.
 */
import { z } from "zod";

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** `page` and `size` from the URL; anything else falls back to the first page of 50. */
export const pagingSchema = {
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_PAGE_SIZE),
};

export type Page<T> = { items: T[]; page: number; pages: number; size: number; total: number; from: number; to: number };

/** One page of `items`, numbered from 1; a page past the end shows the last one. */
export function paginate<T>(items: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: current, pages, size, total: items.length, from: slice.length ? start + 1 : 0, to: start + slice.length };
}

/**
 * A link to the same view with some of its parameters changed. Parameters equal to
 * their default are left out, so the plain URL is the default view.
 */
export function hrefWith(current: Record<string, string | number | undefined>, defaults: Record<string, string | number>, changes: Record<string, string | number | undefined> = {}): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) if (v !== undefined && v !== "" && String(v) !== String(defaults[k] ?? "")) next.set(k, String(v));
  const query = next.toString();
  return query ? `?${query}` : "?";
}

/** The page numbers to offer: the first, the last, and two on each side of the current one, with null for a gap. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
