import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CompletionChart } from "@/components/charts/completion-chart";
import { ScoreHistogram } from "@/components/charts/score-histogram";
import { StatusBadge } from "@/components/ui/status-badge";
import { filterRows, sortRows, type SortKey } from "@/lib/assignments/gradebook";
import { getGradebook } from "@/lib/assignments/queries";
import { STATUS_LABEL } from "@/lib/assignments/status";
import { requireTeacher } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { completionOverTime, scoreHistogram } from "@/lib/stats/distribution";
import { now as clockNow } from "@/lib/clock";
import { getClassRetention } from "@/lib/learning/queries";
import { ClassNav } from "../_components/class-nav";

export const metadata: Metadata = { title: "Gradebook" };

const STATUSES = ["any", ...(Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[])] as const;
const searchSchema = z.object({
  q: z.string().max(100).catch(""),
  status: z.enum(STATUSES).catch("any"),
  assignment: z.string().max(64).optional().catch(undefined),
  sort: z.string().max(80).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});

export default async function GradebookPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const teacher = await requireTeacher();
  const { classId } = await params;
  const search = searchSchema.parse(await searchParams);
  const now = new Date();
  const [book, retention] = await Promise.all([getGradebook(classId, teacher.id, now), getClassRetention(classId, teacher.id, clockNow())]);
  if (!book || !retention) notFound();

  const sort: SortKey = search.sort === "average" || (search.sort.startsWith("a:") && book.columns.some((c) => `a:${c.id}` === search.sort)) ? (search.sort as SortKey) : "name";
  const focus = book.columns.find((c) => c.id === search.assignment);
  const rows = sortRows(filterRows(book.rows, { query: search.q, status: search.status, assignmentId: focus?.id }), sort, search.dir);
  const chartColumn = focus ?? [...book.columns].reverse().find((c) => c.completed > 0) ?? book.columns.at(-1);
  const grades = chartColumn ? book.rows.flatMap((r) => (r.cells[chartColumn.id]?.grade ? [r.cells[chartColumn.id]!.grade!.percent] : [])) : [];
  const firstSubmissions = book.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (c.firstSubmittedAt ? [c.firstSubmittedAt] : [])));
  const assigned = book.columns.reduce((n, c) => n + c.assigned, 0);

  const hrefWith = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: search.q, status: search.status, assignment: search.assignment, sort, dir: search.dir, ...changes }))
      if (v && !(k === "status" && v === "any") && !(k === "q" && v === "")) next.set(k, v);
    return `?${next.toString()}`;
  };
  const sortLink = (key: SortKey, label: React.ReactNode) => {
    const active = sort === key;
    const dir = active && search.dir === "asc" ? "desc" : active ? "asc" : key === "name" ? "asc" : "desc";
    return (
      <Link href={hrefWith({ sort: key, dir })} className="sort-link">
        {label}
        <span aria-hidden="true">{active ? (search.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">{active ? ` (sorted ${search.dir === "asc" ? "ascending" : "descending"}; activate to reverse)` : " (activate to sort)"}</span>
      </Link>
    );
  };
  const ariaSort = (key: SortKey) => (sort === key ? (search.dir === "asc" ? "ascending" : "descending") : undefined);

  return (
    <div className="wide">
      <ClassNav classId={book.id} name={book.name} current="gradebook" />
      {book.columns.length === 0 ? (
        <p className="alert alert--info">
          Nothing assigned yet. <Link href={`/teach/classes/${book.id}/assignments/new`}>Assign a lesson check</Link> and the grid fills in as students work.
        </p>
      ) : (
        <>
          <div className="toolbar">
            <form className="filter-form" method="get" role="search" aria-label="Filter students">
              <input type="hidden" name="sort" value={sort} />
              <input type="hidden" name="dir" value={search.dir} />
              <div className="field">
                <label htmlFor="q">Student</label>
                <input id="q" name="q" className="input" defaultValue={search.q} placeholder="Name or email" />
              </div>
              <div className="field">
                <label htmlFor="status">Status</label>
                <select id="status" name="status" className="input" defaultValue={search.status}>
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
                <select id="assignment" name="assignment" className="input" defaultValue={focus?.id ?? ""}>
                  <option value="">Any assignment</option>
                  {book.columns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary">
                Filter
              </button>
              {(search.q || search.status !== "any" || focus) && <Link href={hrefWith({ q: "", status: "any", assignment: undefined })}>Clear</Link>}
            </form>
            <a className="button button--secondary" href={`/api/classes/${book.id}/gradebook`} download data-testid="gradebook-csv">
              Download CSV
            </a>
          </div>

          <p className="muted" aria-live="polite" data-testid="gradebook-count">
            Showing {rows.length} of {book.rows.length} students. Grades are percentages: a teacher&apos;s override replaces the counted score and is marked ✎.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Gradebook, scrolls sideways">
            <table className="results-table gradebook" data-testid="gradebook">
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort("name")}>
                    {sortLink("name", "Student")}
                  </th>
                  {book.columns.map((c) => (
                    <th scope="col" key={c.id} aria-sort={ariaSort(`a:${c.id}`)}>
                      {sortLink(`a:${c.id}`, c.title)}
                      <span className="gradebook__due">
                        due {formatDate(c.dueAt)} · <Link href={`/teach/assignments/${c.id}`}>analysis</Link>
                      </span>
                    </th>
                  ))}
                  <th scope="col" aria-sort={ariaSort("average")}>
                    {sortLink("average", "Average")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.student.id} data-student={r.student.email}>
                    <th scope="row">
                      <Link href={`/teach/classes/${book.id}/students/${r.student.id}`}>{r.student.name}</Link>
                    </th>
                    {book.columns.map((c) => {
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
                  <th scope="row">Completion</th>
                  {book.columns.map((c) => (
                    <td key={c.id} data-testid="completion">
                      {c.completed}/{c.assigned} ({c.completion ?? 0}%){c.late > 0 && ` · ${c.late} late`}
                      {c.missing > 0 && ` · ${c.missing} missing`}
                    </td>
                  ))}
                  <td />
                </tr>
                <tr>
                  <th scope="row">Average</th>
                  {book.columns.map((c) => (
                    <td key={c.id} data-testid="average">
                      {c.average === null ? "–" : `${c.average}%`}
                    </td>
                  ))}
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>

          <div className="chart-row">
            {chartColumn && <ScoreHistogram bins={scoreHistogram(grades)} title={`Score distribution: ${chartColumn.title}`} caption="Choose another assignment in the filter above to see its distribution." />}
            <CompletionChart points={completionOverTime(firstSubmissions, assigned, now)} title="Completion over time, all assignments" />
          </div>
        </>
      )}
      <Retention retention={retention} />
    </div>
  );
}

function Retention({ retention }: { retention: NonNullable<Awaited<ReturnType<typeof getClassRetention>>> }) {
  const tables = [
    { id: "objective", title: "Per learning objective", rows: retention.byObjective.slice(0, 10) },
    { id: "paragraph", title: "Per article paragraph", rows: retention.byParagraph },
  ];
  return (
    <section aria-labelledby="retention-heading" data-testid="retention">
      <h2 id="retention-heading">What the class keeps forgetting</h2>
      {retention.byObjective.length === 0 ? (
        <p className="muted">No student has questions in spaced review yet. Questions a student misses enter it, and come back over days until they are remembered.</p>
      ) : (
        <>
          <p className="muted">
            From the students&apos; spaced review: questions they missed, how many are due again now, and how often they were missed again in review. Most missed first.
          </p>
          <div className="chart-row">
            {tables.map((t) => (
              <div key={t.id} className="table-scroll">
                <table className="results-table" data-testid={`retention-${t.id}`}>
                  <caption className="table-caption">{t.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.id === "objective" ? "Objective" : "Paragraph"}</th>
                      <th scope="col">Students</th>
                      <th scope="col">In review</th>
                      <th scope="col">Due now</th>
                      <th scope="col">Missed again</th>
                    </tr>
                  </thead>
                  <tbody>
                    {t.rows.map((r) => (
                      <tr key={r.key}>
                        <th scope="row" className="retention-label">
                          {r.label}
                        </th>
                        <td>{r.students}</td>
                        <td>{r.inReview}</td>
                        <td>{r.dueNow}</td>
                        <td>{r.lapses}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
