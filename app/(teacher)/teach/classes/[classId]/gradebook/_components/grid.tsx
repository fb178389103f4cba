import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { GradebookColumn, SortKey } from "@/lib/assignments/gradebook";
import type { GradebookView } from "@/lib/assignments/gradebook-view";
import { formatDate } from "@/lib/format";

/** A column heading that sorts by it; a second activation reverses the order. */
function SortLink({ view, sortKey, children }: { view: GradebookView; sortKey: SortKey; children: React.ReactNode }) {
  const active = view.sort === sortKey;
  const dir = active && view.dir === "asc" ? "desc" : active ? "asc" : sortKey === "name" ? "asc" : "desc";
  return (
    <Link href={view.href({ sort: sortKey, dir })} className="sort-link">
      {children}
      <span aria-hidden="true">{active ? (view.dir === "asc" ? " ▲" : " ▼") : ""}</span>
      <span className="sr-only">{active ? ` (sorted ${view.dir === "asc" ? "ascending" : "descending"}; activate to reverse)` : " (activate to sort)"}</span>
    </Link>
  );
}

/** Students × assignments for one page of students; the footer's completion and averages are the whole class's. */
export function GradebookGrid({ classId, columns, view }: { classId: string; columns: GradebookColumn[]; view: GradebookView }) {
  const ariaSort = (key: SortKey) => (view.sort === key ? (view.dir === "asc" ? "ascending" : "descending") : undefined);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Gradebook, scrolls sideways">
      <table className="results-table gradebook" data-testid="gradebook">
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort("name")}>
              <SortLink view={view} sortKey="name">
                Student
              </SortLink>
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.id} aria-sort={ariaSort(`a:${c.id}`)}>
                <SortLink view={view} sortKey={`a:${c.id}`}>
                  {c.title}
                </SortLink>
                <span className="gradebook__due">
                  due {formatDate(c.dueAt)} · <Link href={`/teach/assignments/${c.id}`}>analysis</Link>
                </span>
              </th>
            ))}
            <th scope="col" aria-sort={ariaSort("average")}>
              <SortLink view={view} sortKey="average">
                Average
              </SortLink>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.page.items.map((r) => (
            <tr key={r.student.id} data-student={r.student.email}>
              <th scope="row">
                <Link href={`/teach/classes/${classId}/students/${r.student.id}`}>{r.student.name}</Link>
              </th>
              {columns.map((c) => {
                const cell = r.cells[c.id];
                return (
                  <td key={c.id} data-assignment={c.id} data-status={cell?.status ?? "not_assigned"}>
                    {!cell ? (
                      <span className="muted">not assigned</span>
                    ) : (
                      <span className="gradebook__cell">
                        <strong>{cell.grade ? `${cell.grade.percent}%` : "–"}</strong>
                        {cell.grade?.source === "override" && (
                          <span title="Grade set by a teacher" aria-label="grade set by a teacher">
                            ✎
                          </span>
                        )}
                        <StatusBadge status={cell.status} />
                      </span>
                    )}
                  </td>
                );
              })}
              <td>{r.average === null ? "–" : `${r.average}%`}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Completion, whole class</th>
            {columns.map((c) => (
              <td key={c.id} data-testid="completion">
                {c.completed}/{c.assigned} ({c.completion ?? 0}%){c.late > 0 && ` · ${c.late} late`}
                {c.missing > 0 && ` · ${c.missing} missing`}
              </td>
            ))}
            <td />
          </tr>
          <tr>
            <th scope="row">Average, whole class</th>
            {columns.map((c) => (
              <td key={c.id} data-testid="average">
                {c.average === null ? "–" : `${c.average}%`}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
