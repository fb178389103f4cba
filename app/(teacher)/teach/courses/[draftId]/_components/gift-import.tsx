"use client";

import { useState } from "react";
import type { EditOutcome, GiftReport } from "@/lib/authoring/drafts";
import type { ActionResult } from "@/lib/actions";
import { plural } from "@/lib/format";
import { importGiftAction } from "../../actions";

type Send = (call: (draftId: string, revision: number) => Promise<ActionResult<EditOutcome & { report: GiftReport }>>) => Promise<(EditOutcome & { report: GiftReport }) | null>;

/** Questions pasted in Moodle's GIFT format become questions of the lesson; what has no place here is listed. */
export function GiftImport({ lesson, send }: { lesson: number; send: Send }) {
  const [gift, setGift] = useState("");
  const [report, setReport] = useState<GiftReport | null>(null);
  return (
    <details className="card" style={{ marginTop: "2rem" }} data-testid="gift-import">
      <summary>
        <strong>Import questions from Moodle (GIFT)</strong>
      </summary>
      <p className="muted">
        Paste questions exported from Moodle in GIFT format. True/false, multiple choice, short answer, numerical and matching questions come in; references can come
        as tags (<code>{"// [tag:p3] [tag:fact:1]"}</code>). Each imported question still needs what GIFT cannot say, listed under it.
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send((draftId, revision) => importGiftAction({ draftId, revision, lesson, gift })).then((outcome) => {
            if (!outcome) return;
            setReport(outcome.report);
            if (outcome.saved) setGift("");
          });
        }}
      >
        <div className="field">
          <label htmlFor="gift-text">GIFT questions</label>
          <textarea id="gift-text" className="input" rows={8} value={gift} onChange={(e) => setGift(e.target.value)} spellCheck={false} />
        </div>
        <div>
          <button type="submit" className="button button--secondary">
            Import the questions
          </button>
        </div>
      </form>
      {report && (
        <div role="status" data-testid="gift-report">
          <p>{report.imported === 0 ? "No question was imported." : `Imported ${plural(report.imported, "question")} into this lesson.`}</p>
          {report.skipped.length > 0 && (
            <>
              <p>Not imported:</p>
              <ul>
                {report.skipped.map((s) => (
                  <li key={s.question + s.reason}>
                    “{s.question}”: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.notes.length > 0 && (
            <>
              <p>Imported, with parts left out:</p>
              <ul>
                {report.notes.map((s) => (
                  <li key={s.question + s.reason}>
                    {s.question}: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  );
}
