"use client";

import { useEffect, useRef, useState } from "react";
import type { DraftView } from "@/lib/authoring/drafts";
import { paragraphCitations, sentenceBreaks } from "@/lib/authoring/paragraphs";
import type { DetailField, DraftEdit } from "@/lib/authoring/schemas";
import { formatDateTime } from "@/lib/format";
import { AutoField, DraftHeader, useDraft } from "./use-draft";

const DETAILS: { field: DetailField; label: string; type?: string; hint?: string }[] = [
  { field: "title", label: "Course title" },
  { field: "articleTitle", label: "Article title" },
  { field: "articleSource", label: "Publication" },
  { field: "articleDate", label: "Published on", type: "date" },
  { field: "articleUrl", label: "Address", type: "url" },
  { field: "language", label: "Language", hint: "A language code: en, uk, fr" },
];

/** The draft's article: its details, and its paragraphs to edit, merge and split. */
export function ArticleEditor({ initial }: { initial: DraftView }) {
  const { draft, state, save, errorFor, epoch, dismiss } = useDraft(initial);
  const cited = paragraphCitations(draft);

  return (
    <>
      <DraftHeader draft={draft} state={state} current="article" onDismiss={dismiss} />
      <p className="lede">Every change is saved as you make it. If a co-author changed the draft meanwhile, yours is not saved over theirs: you are told what they changed.</p>

      <section className="card" aria-labelledby="article-details">
        <h2 id="article-details" style={{ marginTop: 0 }}>
          The article
        </h2>
        <div className="form">
          {DETAILS.map(({ field, label, type, hint }) => (
            <AutoField key={`${epoch}-${field}`} label={label} type={type} hint={hint} value={draft[field]} error={errorFor(field)} onSave={(value) => save({ kind: "details", field, value })} />
          ))}
        </div>
      </section>

      <section style={{ marginTop: "2rem" }} aria-labelledby="paragraphs">
        <h2 id="paragraphs">Paragraphs</h2>
        <p className="muted">
          {draft.paragraphs.length} paragraphs, numbered as lessons and questions cite them. Merge two that the paste broke apart; split one after any of its
          sentences. Once a lesson cites a paragraph, it and the paragraphs before it keep their numbers.
        </p>
        <ol className="draft-paragraphs" style={{ listStyle: "none", padding: 0 }}>
          {draft.paragraphs.map((text, i) => (
            <ParagraphEditor
              key={`${epoch}-${i}`}
              n={i + 1}
              text={text}
              language={draft.language}
              last={i === draft.paragraphs.length - 1}
              citedBy={cited.get(i + 1) ?? []}
              onSave={save}
            />
          ))}
        </ol>
      </section>

      <section style={{ marginTop: "2rem" }} aria-labelledby="changes">
        <h2 id="changes">Latest changes</h2>
        <ol className="muted" data-testid="draft-changes">
          {draft.changes.map((c) => (
            <li key={c.revision} value={c.revision}>
              {c.by ?? "A former author"} {c.summary} · {formatDateTime(new Date(c.at))}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** How long typing must pause before a paragraph's text is saved. */
const TYPING_PAUSE_MS = 1_500;

function ParagraphEditor({
  n,
  text,
  language,
  last,
  citedBy,
  onSave,
}: {
  n: number;
  text: string;
  language: string;
  last: boolean;
  citedBy: string[];
  onSave: (edit: DraftEdit, yours?: string) => Promise<boolean>;
}) {
  // What the author has typed and not yet had saved; null shows the draft's text.
  const [typed, setTyped] = useState<string | null>(null);
  const [splitting, setSplitting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const value = typed ?? text;
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function flush(next: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next === text) return setTyped(null);
    void onSave({ kind: "paragraph", n, text: next }, next).then(() => setTyped((current) => (current === next ? null : current)));
  }

  const breaks = splitting ? sentenceBreaks(text, language) : [];
  const id = `para-${n}`;
  return (
    <li className="card draft-paragraph" data-testid="draft-paragraph" id={`p${n}`}>
      <label htmlFor={id} className="draft-paragraph__number">
        ¶{n}
      </label>
      <textarea
        id={id}
        className="input"
        data-draft-field
        lang={language}
        rows={Math.min(14, Math.max(3, Math.ceil(value.length / 70) + 1))}
        value={value}
        onChange={(e) => {
          const next = e.target.value;
          setTyped(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flush(next), TYPING_PAUSE_MS);
        }}
        onBlur={() => typed !== null && flush(typed)}
      />
      {citedBy.length > 0 && <p className="muted draft-paragraph__cited">Cited in {citedBy.join("; ")}</p>}
      <div className="draft-paragraph__tools">
        {!last && (
          <button type="button" className="button button--secondary button--small" onClick={() => onSave({ kind: "merge", n })}>
            Merge with ¶{n + 1}
          </button>
        )}
        <button type="button" className="button button--secondary button--small" aria-expanded={splitting} onClick={() => setSplitting(!splitting)}>
          {splitting ? "Cancel split" : "Split…"}
        </button>
      </div>
      {splitting &&
        (breaks.length === 0 ? (
          <p className="muted">¶{n} is one sentence: there is nowhere to split it.</p>
        ) : (
          <ul className="draft-paragraph__breaks" aria-label={`Where to split ¶${n}`}>
            {breaks.map((offset) => (
              <li key={offset}>
                <button type="button" className="button button--secondary button--small" onClick={() => void onSave({ kind: "split", n, offset }).then(() => setSplitting(false))}>
                  Split after “…{lastWords(text.slice(0, offset))}”
                </button>
              </li>
            ))}
          </ul>
        ))}
    </li>
  );
}

/** The last few words before a split, to name where it falls. */
function lastWords(text: string, words = 6): string {
  return text.trim().split(/\s+/).slice(-words).join(" ");
}
