import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { PAGE_SIZES } from "@/lib/assignments/paging";
import type { ReportQuery, ReportRow, ReportStudentsView } from "@/lib/assignments/report";
import { STATUS_LABEL, type AssignmentStatus } from "@/lib/assignments/status";
import { formatDateTime } from "@/lib/format";
import { PageSizeField, PageSummary, Pager } from "../../../_components/pager";
import { GradingTools } from "./grading-forms";

/** The assigned students, a page at a time, each with their grading tools; filtered by name and status in the URL. */
export function StudentsSection({ assignmentId, classId, view, query, classSize }: { assignmentId: string; classId: string; view: ReportStudentsView; query: ReportQuery; classSize: number }) {
  return (
    <section aria-labelledby="students-heading">
      <h2 id="students-heading">Students</h2>
      <form className="filter-form" method="get" role="search" aria-label="Filter students" action="#students-heading">
        <div className="field">
          <label htmlFor="q">Student</label>
          <input id="q" name="q" className="input" defaultValue={query.q} placeholder="Name or email" />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" className="input" defaultValue={query.status}>
            <option value="any">Any</option>
            {(Object.keys(STATUS_LABEL) as AssignmentStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]} ({view.counts[s]})
              </option>
            ))}
          </select>
        </div>
        <PageSizeField id="size" size={view.page.size} sizes={PAGE_SIZES} />
        <button type="submit" className="button button--secondary">
          Filter
        </button>
        {view.filtered && <Link href={view.href({ q: "", status: "any" })}>Clear</Link>}
      </form>
      <p className="muted" aria-live="polite" data-testid="students-count">
        <PageSummary page={view.page} noun="students" of={classSize} />
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Students, scrolls sideways">
        <table className="results-table" data-testid="assignment-students">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Status</th>
              <th scope="col">Grade</th>
              <th scope="col">Attempts</th>
              <th scope="col">Due</th>
              <th scope="col">Grading tools</th>
            </tr>
          </thead>
          <tbody>
            {view.page.items.map((row) => (
              <StudentRow key={row.student.id} row={row} assignmentId={assignmentId} classId={classId} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={view.page} href={view.href} label="Pages of students" />
    </section>
  );
}

function StudentRow({ row, assignmentId, classId }: { row: ReportRow; assignmentId: string; classId: string }) {
  return (
    <tr data-student={row.student.email}>
      <th scope="row">
        <Link href={`/teach/classes/${classId}/students/${row.student.id}`}>{row.student.name}</Link>
      </th>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td data-testid="student-grade">
        {row.grade ? `${row.grade.percent}%` : "–"}
        {row.override && <span className="muted"> ✎ set by a teacher: “{row.override.reason}”</span>}
      </td>
      <td>
        {row.attempts.length === 0
          ? "none"
          : row.attempts.map((a, i) => (
              <span key={a.id} className="attempt-chip">
                <Link href={`/teach/attempts/${a.id}`}>
                  #{i + 1}: {a.percent}%
                </Link>
                {a.late && <span className="badge badge--warn">late</span>}
              </span>
            ))}
      </td>
      <td>
        {formatDateTime(row.dueAt)}
        {row.extension && (
          <span className="muted">
            {" "}
            (extension{row.extension.extraTimeSec ? `, +${row.extension.extraTimeSec / 60} min` : ""}
            {row.extension.extraAttempts ? `, +${row.extension.extraAttempts} attempts` : ""})
          </span>
        )}
      </td>
      <td className="tools-cell">
        <GradingTools assignmentId={assignmentId} studentId={row.student.id} studentName={row.student.name} overridden={row.override !== null} />
      </td>
    </tr>
  );
}
