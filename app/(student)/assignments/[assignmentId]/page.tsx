import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptRunner } from "@/components/quiz/attempt-runner";
import { PolicyBadges } from "@/components/quiz/policy-badges";
import { StartButton } from "@/components/quiz/start-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeChange } from "@/lib/assignments/audit";
import { getAssignmentForStudent } from "@/lib/assignments/student-queries";
import { acceptsWork } from "@/lib/assignments/status";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime, plural, pluralWord } from "@/lib/format";
import { getOpenAttemptForStudent } from "@/lib/attempts/read";
import { startAssignmentAttemptAction } from "../actions";
import { currentTime } from "@/lib/clock";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUser(`/assignments/${assignmentId}`);
  const now = currentTime();
  // Read the open attempt first: one left past its deadline is finalised by this read, and the assignment then shows it submitted.
  const attempt = await getOpenAttemptForStudent(user.id, { assignmentId }, now);
  const a = await getAssignmentForStudent(user.id, assignmentId, now);
  if (!a) notFound();
  const attemptsLeft = Math.max(0, a.attemptsAllowed - a.submitted.length);
  const open = acceptsWork(now, a.openAt, a.closeAt);
  const lesson = a.quiz.lesson;

  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/classes">{a.class.name}</Link> · Assignment
      </p>
      <h1>{a.title}</h1>
      <p className="muted">
        On <Link href={`/lessons/${lesson.slug}`}>lesson {lesson.position}: {lesson.title}</Link>. Read it first; every question cites the paragraph or fact it tests.
      </p>

      <dl className="facts-grid" data-testid="assignment-dates">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={a.status} />
        </dd>
        <dt>Due</dt>
        <dd data-testid="due-at">
          {formatDateTime(a.dueAt)}
          {a.extension?.dueAt && " (extended for you)"}
        </dd>
        {a.closeAt && (
          <>
            <dt>Late work accepted until</dt>
            <dd>{formatDateTime(a.closeAt)}</dd>
          </>
        )}
        {now < a.openAt && (
          <>
            <dt>Opens</dt>
            <dd>{formatDateTime(a.openAt)}</dd>
          </>
        )}
      </dl>
      <PolicyBadges timeLimitSec={a.timeLimitSec} attemptsAllowed={a.attemptsAllowed} scoringRule={a.scoringRule} feedbackPolicy={a.feedbackPolicy} />

      {a.grade && (
        <section className="card score-card" aria-labelledby="grade-heading" data-testid="grade-card">
          <div>
            <p className="eyebrow" id="grade-heading" style={{ margin: 0 }}>
              Your grade
            </p>
            <p className="score-card__big" data-testid="grade">
              {a.grade.percent}%
            </p>
          </div>
          <p style={{ margin: 0 }}>{a.grade.source === "override" ? "Set by your teacher: see the changes below." : `From your ${pluralWord(a.submitted.length, "attempt")} below.`}</p>
        </section>
      )}

      {a.submitted.length > 0 && (
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading">Your attempts</h2>
          <table className="results-table">
            <thead>
              <tr>
                <th scope="col">Submitted</th>
                <th scope="col">Score</th>
                <th scope="col">
                  <span className="sr-only">Review</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {a.submitted.map((t) => (
                <tr key={t.id}>
                  <td>
                    {formatDateTime(t.submittedAt)} {t.late && <span className="badge badge--warn">late</span>}
                  </td>
                  <td>{t.percent}%</td>
                  <td>
                    <Link href={`/attempts/${t.id}`}>Review</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {a.changes.length > 0 && (
        <section aria-labelledby="changes-heading" data-testid="grade-changes">
          <h2 id="changes-heading">Changes your teacher made</h2>
          <ul className="stack">
            {a.changes.map((c) => (
              <li key={c.id}>
                <span className="muted">{formatDateTime(c.createdAt)}:</span> {describeChange(c)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {attempt ? (
        <AttemptRunner attempt={attempt} />
      ) : now < a.openAt ? (
        <p className="alert alert--info">This assignment opens on {formatDateTime(a.openAt)}.</p>
      ) : !open ? (
        <p className="alert alert--info">This assignment closed on {formatDateTime(a.closeAt!)}. Ask your teacher if you need an extension.</p>
      ) : attemptsLeft === 0 ? (
        <p className="alert alert--info">You have used all your attempts at this assignment.</p>
      ) : (
        <div className="stack" style={{ marginTop: "1.5rem" }}>
          <p>
            {a.status === "missing" ? "The due date has passed: you can still submit, and it will be marked late. " : ""}
            Each answer is saved on our server the moment you give it. {plural(attemptsLeft, "attempt")} left.
          </p>
          <StartButton action={startAssignmentAttemptAction} input={{ assignmentId: a.id }} label={a.submitted.length ? "Start another attempt" : "Start the assignment"} />
        </div>
      )}
    </div>
  );
}
