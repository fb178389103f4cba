import Link from "next/link";
import { FactStatusBadge } from "@/components/ui/fact-status-badge";
import type { FactUse } from "@/lib/content/fact-uses";
import { monthsSince } from "@/lib/content/fact-review";
import { formatDay, formatMonths, plural } from "@/lib/format";

type Fact = { number: number; topic: string; status: string; asOf: string | null };

/** One fact: its date and age, whether it is due, and what rests on it (sections, questions in use). */
export function FactReviewCard({ fact, use, now, due }: { fact: Fact; use: FactUse | undefined; now: Date; due: boolean }) {
  const sections = use?.sections ?? [];
  const questions = use?.questions ?? [];
  return (
    <li className="card fact" data-testid="fact-review" data-fact={fact.number}>
      <div className="fact__head">
        <h3 style={{ margin: 0, fontSize: "1.05rem" }}>
          <Link href={`/facts#fact-${fact.number}`}>Fact {fact.number}</Link> · {fact.topic}
        </h3>
        <FactStatusBadge status={fact.status} />
        {due && <span className="badge badge--warn">Review</span>}
      </div>
      <p className="muted" style={{ margin: "0.25rem 0" }}>
        {fact.asOf ? `As of ${formatDay(fact.asOf)}, ${formatMonths(monthsSince(fact.asOf, now))} ago.` : "No “as of” day: add one."}
      </p>
      {sections.length + questions.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>
          Nothing in the course cites it.
        </p>
      ) : (
        <details>
          <summary>
            Rests on it: {plural(sections.length, "section")}, {plural(questions.length, "question")}
          </summary>
          {sections.length > 0 && (
            <ul aria-label="Sections">
              {sections.map((s) => (
                <li key={`${s.lessonSlug}/${s.key}`}>
                  <Link href={`/lessons/${s.lessonSlug}#${s.key}`}>{s.heading}</Link> <span className="muted">in {s.lessonTitle}</span>
                </li>
              ))}
            </ul>
          )}
          {questions.length > 0 && (
            <ul aria-label="Questions">
              {questions.map((q) => (
                <li key={q.key}>
                  <code>{q.key}</code> ({q.type.replace("_", " ")}) {q.prompt} <span className="muted">in {q.lessonTitle}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}
