/**
 * What the gradebook page shows of a class's gradebook, as a pure function: the
 * teacher's filter, sort and page from the URL, one page of rows, and the figures
 * that stay over the whole class (completion, averages and both charts).
 */
import { z } from "zod";
import { completionOverTime, scoreHistogram } from "@/lib/stats/distribution";
import { filterRows, sortRows, type Gradebook, type SortKey } from "./gradebook";
import { DEFAULT_PAGE_SIZE, hrefWith, paginate, pagingSchema } from "./paging";
import { STATUS_LABEL, type AssignmentStatus } from "./status";

export const STATUSES = ["any", ...(Object.keys(STATUS_LABEL) as AssignmentStatus[])] as const;

export const gradebookQuerySchema = z.object({
  q: z.string().max(100).catch(""),
  status: z.enum(STATUSES).catch("any"),
  assignment: z.string().max(64).optional().catch(undefined),
  sort: z.string().max(80).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  ...pagingSchema,
});

export type GradebookQuery = z.infer<typeof gradebookQuerySchema>;

// Sort and direction are always written, so a link says which way it sorts.
const DEFAULTS = { q: "", status: "any", page: 1, size: DEFAULT_PAGE_SIZE };

export function gradebookView(book: Gradebook, query: GradebookQuery, now: Date) {
  const sort: SortKey = query.sort === "average" || (query.sort.startsWith("a:") && book.columns.some((c) => `a:${c.id}` === query.sort)) ? (query.sort as SortKey) : "name";
  const focus = book.columns.find((c) => c.id === query.assignment);
  const matching = sortRows(filterRows(book.rows, { query: query.q, status: query.status, assignmentId: focus?.id }), sort, query.dir);
  const page = paginate(matching, query.page, query.size);
  // The charts read the whole class, whatever the filter and page.
  const chartColumn = focus ?? [...book.columns].reverse().find((c) => c.completed > 0) ?? book.columns.at(-1);
  const grades = chartColumn ? book.rows.flatMap((r) => (r.cells[chartColumn.id]?.grade ? [r.cells[chartColumn.id]!.grade!.percent] : [])) : [];
  const firstSubmissions = book.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (c.firstSubmittedAt ? [c.firstSubmittedAt] : [])));
  const assigned = book.columns.reduce((n, c) => n + c.assigned, 0);
  const current = { q: query.q, status: query.status, assignment: focus?.id, sort, dir: query.dir, page: page.page, size: page.size };
  return {
    sort,
    dir: query.dir,
    focus,
    filtered: query.q !== "" || query.status !== "any" || focus !== undefined,
    page,
    classSize: book.rows.length,
    chartColumn,
    histogram: scoreHistogram(grades),
    completion: completionOverTime(firstSubmissions, assigned, now),
    /** A link to this view with some parameters changed; a new filter, sort or size starts again at page 1. */
    href: (changes: Partial<Record<keyof typeof current, string | number | undefined>>) => hrefWith(current, DEFAULTS, { ...("page" in changes ? {} : { page: 1 }), ...changes }),
  };
}

export type GradebookView = ReturnType<typeof gradebookView>;
