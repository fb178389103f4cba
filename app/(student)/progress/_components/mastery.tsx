import Link from "next/link";
import { MASTERY_RULE } from "@/lib/learning/mastery";
import type { getStudentHome } from "@/lib/learning/queries";
import { ScoreBar } from "./score-bar";

type Home = Awaited<ReturnType<typeof getStudentHome>>;

/** Each lesson with its best score, and mastery for each of its objectives. */
export function Mastery({ lessons }: Pick<Home, "lessons">) {
  return (
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
        {lessons.map((l) => (
          <li key={l.id} className="card">
            <div className="item-card__head">
              <h3 style={{ margin: 0 }}>
                <Link href={`/lessons/${l.slug}`}>
                  {l.position}. {l.title}
                </Link>
              </h3>
              <span className="muted">
                {l.progress?.bestScore != null ? (
                  <ScoreBar percent={l.progress.bestScore} name="Best score" text={`best ${l.progress.bestScore}%`} />
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
  );
}
