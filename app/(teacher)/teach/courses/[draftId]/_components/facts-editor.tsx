"use client";

import { useState } from "react";
import type { DraftView } from "@/lib/authoring/drafts";
import { factCitations } from "@/lib/authoring/paragraphs";
import type { DraftFact, FactField } from "@/lib/authoring/schemas";
import { ReviewPeriodField } from "@/components/ui/review-period-field";
import { DEFAULT_REVIEW_PERIOD, isDueForReview, monthsSince } from "@/lib/content/fact-review";
import { formatDay, formatMonths, plural } from "@/lib/format";
import { AutoField, DraftHeader, useDraft } from "./use-draft";

const STATUS_OPTIONS = [
  { value: "verified", label: "Verified: may back an answer key" },
  { value: "unverified", label: "Unverified: context only, never a key" },
] as const;

const FIELDS: { field: FactField; label: string; type?: string; rows?: number; hint?: string }[] = [
  { field: "topic", label: "Topic", hint: "A few words, for the list of facts" },
  { field: "text", label: "Statement", rows: 3, hint: "What students read, as true on the day below" },
  { field: "sourceTitle", label: "Source", hint: "The document, page or report it comes from" },
  { field: "sourceUrl", label: "Source address", type: "url" },
  { field: "asOf", label: "As of", type: "date", hint: "The day the statement was true or checked; students see it beside the fact" },
];

const EMPTY: DraftFact = { topic: "", text: "", sourceTitle: "", sourceUrl: "", asOf: "", status: "verified" };

/** The draft's background facts: each with its source, its "as of" day and whether it is verified. Cited as [fact:n]. */
export function FactsEditor({ initial, now: nowIso }: { initial: DraftView; now: string }) {
  const { draft, state, save, errorFor, epoch, dismiss } = useDraft(initial);
  const [fresh, setFresh] = useState<DraftFact>(EMPTY);
  const [months, setMonths] = useState<number>(DEFAULT_REVIEW_PERIOD);
  const now = new Date(nowIso);
  const due = (fact: DraftFact) => isDueForReview(fact.asOf, now, months);
  const dueCount = draft.facts.filter(due).length;
  const cited = factCitations(draft);

  return (
    <>
      <DraftHeader draft={draft} state={state} current="facts" onDismiss={dismiss} />
      <p className="lede">
        Facts give the context the article lacks. Cite one in a lesson as <code>[fact:1]</code>. Only a verified fact may back an answer key. Students will see each
        fact with its &ldquo;as of&rdquo; day.
      </p>
      {draft.facts.length === 0 ? (
        <p className="alert alert--info">No background facts yet. Add the first below.</p>
      ) : (
        <div className="filter-form">
          <ReviewPeriodField id="review-months" value={months} onChange={setMonths} />
          <p className="muted" role="status" data-testid="facts-due-summary">
            {dueCount === 0 ? "None is due for review." : `${plural(dueCount, "fact")} of ${draft.facts.length} ${dueCount === 1 ? "is" : "are"} due for review: check that ${dueCount === 1 ? "it still holds" : "they still hold"}.`}
          </p>
        </div>
      )}
      <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
        {draft.facts.map((fact, i) => (
          <li key={`${epoch}-${i}`} className="card" id={`fact-${i + 1}`} data-testid="draft-fact">
            <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>Fact {i + 1}</h2>
            {due(fact) && (
              <p className="badge badge--warn" data-testid="fact-due">
                Due for review: as of {formatDay(fact.asOf)}, {formatMonths(monthsSince(fact.asOf, now))} ago
              </p>
            )}
            <p className="field__hint" data-testid="fact-uses">
              {cited.get(i + 1)
                ? `Cited in ${cited.get(i + 1)!.join("; ")}. A correction changes what these teach: once the course is published, publishing it gives the questions new versions, and you choose whether to regrade past answers.`
                : "Not cited yet."}
            </p>
            <div className="form">
              {FIELDS.map(({ field, ...props }) => (
                <AutoField key={field} {...props} value={fact[field]} error={errorFor(`fact.${i + 1}.${field}`)} onSave={(value) => save({ kind: "fact", n: i + 1, field, value })} />
              ))}
              <AutoField label="Status" options={STATUS_OPTIONS} value={fact.status} onSave={(value) => save({ kind: "fact", n: i + 1, field: "status", value })} />
            </div>
          </li>
        ))}
      </ol>

      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="new-fact">
        <h2 id="new-fact" style={{ marginTop: 0 }}>
          Add a fact
        </h2>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({ kind: "addFact", fact: fresh }).then((saved) => saved && setFresh(EMPTY));
          }}
        >
          {FIELDS.map(({ field, label, type, rows, hint }) => (
            <div className="field" key={field}>
              <label htmlFor={`new-fact-${field}`}>{label}</label>
              {rows ? (
                <textarea id={`new-fact-${field}`} className="input" rows={rows} value={fresh[field]} onChange={(e) => setFresh({ ...fresh, [field]: e.target.value })} />
              ) : (
                <input id={`new-fact-${field}`} className="input" type={type ?? "text"} value={fresh[field]} onChange={(e) => setFresh({ ...fresh, [field]: e.target.value })} />
              )}
              {hint && <span className="field__hint">{hint}</span>}
            </div>
          ))}
          <div className="field">
            <label htmlFor="new-fact-status">Status</label>
            <select id="new-fact-status" className="input" value={fresh.status} onChange={(e) => setFresh({ ...fresh, status: e.target.value as DraftFact["status"] })}>
              {STATUS_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="button">
              Add the fact
            </button>
          </div>
          {state.kind === "invalid" && !state.field?.startsWith("fact.") && (
            <p className="field__error">{state.message}</p>
          )}
        </form>
      </section>
    </>
  );
}
