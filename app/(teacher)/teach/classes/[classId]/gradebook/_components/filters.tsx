import Link from "next/link";
import type { GradebookColumn } from "@/lib/assignments/gradebook";
import type { GradebookView } from "@/lib/assignments/gradebook-view";
import { STATUSES } from "@/lib/assignments/gradebook-view";
import { PAGE_SIZES } from "@/lib/assignments/paging";
import { STATUS_LABEL } from "@/lib/assignments/status";
import { PageSizeField } from "../../../../_components/pager";

/** Filter by name, status and assignment, and choose the page size: a GET form, so the view stays in the URL. */
export function GradebookFilters({ classId, columns, view, query }: { classId: string; columns: GradebookColumn[]; view: GradebookView; query: { q: string; status: string } }) {
  return (
    <div className="toolbar">
      <form className="filter-form" method="get" role="search" aria-label="Filter students">
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <div className="field">
          <label htmlFor="q">Student</label>
          <input id="q" name="q" className="input" defaultValue={query.q} placeholder="Name or email" />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" className="input" defaultValue={query.status}>
            <option value="any">Any</option>
            {STATUSES.slice(1).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s as keyof typeof STATUS_LABEL]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="assignment">In</label>
          <select id="assignment" name="assignment" className="input" defaultValue={view.focus?.id ?? ""}>
            <option value="">Any assignment</option>
            {columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <PageSizeField id="size" size={view.page.size} sizes={PAGE_SIZES} />
        <button type="submit" className="button button--secondary">
          Filter
        </button>
        {view.filtered && <Link href={view.href({ q: "", status: "any", assignment: undefined })}>Clear</Link>}
      </form>
      <a className="button button--secondary" href={`/api/classes/${classId}/gradebook`} download data-testid="gradebook-csv">
        Download CSV
      </a>
    </div>
  );
}
