import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RollUpChart } from "@/components/charts/rollup-chart";
import { FEEDBACK_TEXT } from "@/components/quiz/policy-badges";
import { StatusBadge } from "@/components/ui/status-badge";
import { getAssignmentReport } from "@/lib/assignments/queries";
import { refHref, refLabel } from "@/lib/content/citations";
import { COUNTED_STATEMENT } from "@/lib/assignments/scoring";
import { requireTeacher } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { GradingTools, VoidForm } from "./grading-forms";

export const metadata: Metadata = { title: "Assignment report" };

const VOID_TEXT = { FULL_CREDIT: "Voided: full credit for everyone", EXCLUDE: "Voided: left out of the score" } as const;

export default async function AssignmentReportPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const teacher = await requireTeacher();
  const report = await getAssignmentReport((await params).assignmentId, teacher.id);
  if (!report) notFound();
  const r = report;
  const objectiveLabels = Object.fromEntries(r.quiz.lesson.objectives.map((o, i) => [o.key, `Objective ${i + 1}`]));
  const refLabels = Object.fromEntries([...r.byParagraph, ...r.byFact].map((x) => [x.key, refLabel(x.key)]));

  return (
    <div className="wide">
      <p className="eyebrow">
        <Link href="/teach">Your classes</Link> · <Link href={`/teach/classes/${r.class.id}/gradebook`}>{r.class.name}</Link>
      </p>
      <h1>{r.title}</h1>
      <dl className="facts-grid">
        <dt>Quiz</dt>
        <dd>
          <Link href={`/lessons/${r.quiz.lesson.slug}`}>{r.quiz.title}</Link>
        </dd>
        <dt>Open</dt>
        <dd>{formatDateTime(r.openAt)}</dd>
        <dt>Due</dt>
        <dd>{formatDateTime(r.dueAt)}</dd>
        <dt>Closes</dt>
        <dd>{r.closeAt ? formatDateTime(r.closeAt) : "never: late work is accepted and marked late"}</dd>
        <dt>Rules</dt>
        <dd>
          {r.attemptsAllowed} {r.attemptsAllowed === 1 ? "attempt" : "attempts"}, {r.scoringRule.toLowerCase()} counts
          {r.timeLimitSec ? `, ${Math.round(r.timeLimitSec / 60)} minutes each` : ", no time limit"}, {FEEDBACK_TEXT[r.feedbackPolicy]}
        </dd>
        <dt>For</dt>
        <dd>{r.targeted ? `${r.rows.length} chosen students` : `the whole class (${r.rows.length} students)`}</dd>
      </dl>

      <section aria-labelledby="students-heading">
        <h2 id="students-heading">Students</h2>
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
              {r.rows.map((row) => (
                <tr key={row.student.id} data-student={row.student.email}>
                  <th scope="row">
                    <Link href={`/teach/classes/${r.class.id}/students/${row.student.id}`}>{row.student.name}</Link>
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
                    <GradingTools assignmentId={r.id} studentId={row.student.id} studentName={row.student.name} overridden={row.override !== null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">What the class got wrong</h2>
        <p className="alert alert--info" data-testid="counted-statement">
          {COUNTED_STATEMENT[r.scoringRule]} {r.counted} of {r.rows.length} students have a submitted attempt; students without one are left out.
        </p>
        {r.counted === 0 ? (
          <p>No submitted work yet: the analysis appears when the first student submits.</p>
        ) : (
          <>
            <div className="chart-row">
              <div>
                <RollUpChart rows={r.byParagraph} title="Per article paragraph" labelFor={refLabels} />
                <p className="muted">
                  Percent correct is the mean credit on every question that cites the paragraph, weakest first. <Link href="/article">Read the article</Link>.
                </p>
              </div>
              <div>
                <RollUpChart rows={r.byObjective} title="Per learning objective" labelFor={objectiveLabels} />
                <ol className="objective-key">
                  {r.quiz.lesson.objectives.map((o) => (
                    <li key={o.key}>{o.text}</li>
                  ))}
                </ol>
              </div>
            </div>
            {r.byFact.length > 0 && (
              <details className="card">
                <summary>Per background fact ({r.byFact.length} facts cited)</summary>
                <table className="results-table" data-testid="fact-rollup">
                  <thead>
                    <tr>
                      <th scope="col">Fact</th>
                      <th scope="col">Questions</th>
                      <th scope="col">Responses</th>
                      <th scope="col">Percent correct</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.byFact.map((f) => (
                      <tr key={f.key}>
                        <td>
                          <Link href={refHref(f.key)}>{refLabel(f.key)}</Link>
                        </td>
                        <td>{f.questions}</td>
                        <td>{f.responses}</td>
                        <td>{f.facility === null ? "no responses" : `${f.facility}%`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            )}
            <p>
              <a href={`/api/assignments/${r.id}/questions`} download data-testid="questions-csv">
                Download every answer as CSV
              </a>{" "}
              <span className="muted">(one row per student and question, from the counted attempts)</span>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Question by question</h2>
        <p className="muted">
          Facility is the percent correct. Discrimination compares the top and bottom 27 % of students by total score: near 1, the question separates strong from weak answers; near 0 or below, look at the
          question again.
        </p>
        <ol className="item-list" data-testid="item-analysis">
          {r.items.map((q) => (
            <li key={q.id} className="card item-card" data-question={q.key}>
              <div className="item-card__head">
                <span className="muted">
                  Q{q.position} · {q.type.replace("_", " ")} · cites {q.refs.map(refLabel).join(", ")}
                </span>
                {q.void && <span className="badge badge--warn">{VOID_TEXT[q.void.mode]}</span>}
              </div>
              <p className="item-card__prompt">{q.prompt}</p>
              <dl className="stat-row">
                <div>
                  <dt>Facility</dt>
                  <dd data-testid="facility">{q.stats.facility === null ? "no responses" : `${q.stats.facility}%`}</dd>
                </div>
                <div>
                  <dt>Discrimination</dt>
                  <dd data-testid="discrimination">{q.stats.discrimination.value === null ? `undefined (${q.stats.discrimination.reason})` : q.stats.discrimination.value.toFixed(2)}</dd>
                </div>
                <div>
                  <dt>Responses</dt>
                  <dd>{q.stats.responses}</dd>
                </div>
              </dl>
              {q.options.length > 0 && (
                <table className="results-table option-table">
                  <caption className="sr-only">How often each option was chosen</caption>
                  <thead>
                    <tr>
                      <th scope="col">Option</th>
                      <th scope="col">Chosen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.options.map((o) => (
                      <tr key={o.text}>
                        <td>
                          {o.text} {o.correct && <span className="badge badge--good">correct</span>}
                        </td>
                        <td>{o.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {q.commonWrong.length > 0 && (
                <div>
                  <p className="item-card__label">Most common wrong answers</p>
                  <ul>
                    {q.commonWrong.map((w) => (
                      <li key={w.text}>
                        {w.text} <span className="muted">({w.count})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <details>
                <summary>{q.void ? "Change or restore this question" : "Void this question"}</summary>
                <VoidForm assignmentId={r.id} questionId={q.id} voided={q.void !== null} />
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
