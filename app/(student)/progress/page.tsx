import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { formatDate, formatDateTime } from "@/lib/format";
import { MASTERY_RULE } from "@/lib/learning/mastery";
import { getStudentHome } from "@/lib/learning/queries";

export const metadata: Metadata = { title: "My progress" };

function Bar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="bar" role="img" aria-label={label}>
      <span style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </span>
  );
}

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const home = await getStudentHome(user.id, now());
  const { review } = home;
  const upcoming = review.upcoming.filter((d) => d.count > 0);

  return (
    <div className="narrow">
      <p className="eyebrow">Student</p>
      <h1>My progress</h1>

      <section className="card review-card" aria-labelledby="review-heading" data-testid="review-card">
        <h2 id="review-heading">Review</h2>
        {review.total === 0 ? (
          <p>Nothing to review yet. Questions you miss in a quiz come back here, spaced out over days, until you know them.</p>
        ) : (
          <>
            <p className="review-card__due" data-testid="due-now">
              {review.dueNow === 0 ? "Nothing due now." : `${review.dueNow} ${review.dueNow === 1 ? "question is" : "questions are"} due now.`}{" "}
              <span className="muted">{review.total} in review in all.</span>
            </p>
            {review.dueNow > 0 && (
              <Link className="button" href="/review">
                Review now
              </Link>
            )}
            <h3>Coming up</h3>
            {upcoming.length === 0 && review.laterToday === 0 ? (
              <p className="muted">Nothing more in the next 7 days.</p>
            ) : (
              <ul className="due-list" data-testid="due-upcoming">
                {review.laterToday > 0 && <li>Later today: {review.laterToday}</li>}
                {upcoming.map((d) => (
                  <li key={d.date.toISOString()}>
                    {formatDate(d.date)}: {d.count} {d.count === 1 ? "question" : "questions"}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {home.suggestions.map((s) => (
          <p key={s.assignmentId} className="alert alert--info" data-testid="review-suggestion">
            <strong>{s.title}</strong> is due {formatDateTime(s.dueAt)}. Review the {s.questions} {s.questions === 1 ? "question" : "questions"} from {s.lessonTitle} in your queue first
            {s.dueNow > 0 ? ` (${s.dueNow} due now)` : ""}.
          </p>
        ))}
      </section>

      <section aria-labelledby="work-heading">
        <h2 id="work-heading">Assignments</h2>
        {home.assignments.length === 0 ? (
          <p className="muted">
            No assignments. <Link href="/classes">Join a class</Link> with your teacher&apos;s code.
          </p>
        ) : (
          <ul className="assignment-list" data-testid="home-assignments">
            {home.assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/assignments/${a.id}`}>{a.title}</Link>
                <span className="muted">
                  {a.class.name} · due {formatDateTime(a.dueAt)}
                </span>
                <StatusBadge status={a.status} />
                {a.grade && (
                  <span className="grade-bar">
                    <Bar percent={a.grade.percent} label={`Grade ${a.grade.percent}%`} /> {a.grade.percent}%
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Lessons and mastery</h2>
        <details className="rule">
          <summary>How mastery works</summary>
          <ul>
            {MASTERY_RULE.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
        <ol className="mastery-lessons" data-testid="mastery">
          {home.lessons.map((l) => (
            <li key={l.id} className="card">
              <div className="item-card__head">
                <h3 style={{ margin: 0 }}>
                  <Link href={`/lessons/${l.slug}`}>
                    {l.position}. {l.title}
                  </Link>
                </h3>
                <span className="muted">
                  {l.progress?.bestScore != null ? (
                    <span className="grade-bar">
                      <Bar percent={l.progress.bestScore} label={`Best score ${l.progress.bestScore}%`} /> best {l.progress.bestScore}%
                    </span>
                  ) : (
                    "not started"
                  )}
                </span>
              </div>
              <ul className="objective-list">
                {l.objectives.map((o) => (
                  <li key={o.id} data-level={o.level}>
                    <span className="mastery-meter" aria-hidden="true">
                      {[1, 2, 3].map((step) => (
                        <span key={step} className={o.level >= step ? "is-on" : undefined} />
                      ))}
                    </span>
                    <span className={`mastery-label mastery-label--${o.level}`} data-testid="mastery-level">
                      {o.label}
                    </span>
                    <span>
                      {o.text}
                      {o.attempted > 0 && (
                        <span className="muted">
                          {" "}
                          ({o.correct} of {o.attempted} right)
                        </span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent attempts</h2>
        {home.recent.length === 0 ? (
          <p className="muted">None yet. Start with a lesson&apos;s practice quiz.</p>
        ) : (
          <ul className="assignment-list">
            {home.recent.map((r) => (
              <li key={r.attemptId}>
                <Link href={`/attempts/${r.attemptId}`}>{r.title.replace(/^Practice: |^Check: /, "")}</Link>
                <span className="muted">
                  {r.kind} · {formatDateTime(new Date(r.submittedAt))}
                </span>
                <span>{r.percent}%</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
