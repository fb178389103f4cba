import { refLabel } from "@/lib/content/citations";
import type { reportAnalysis } from "@/lib/assignments/report";
import { VoidForm } from "./grading-forms";

const VOID_TEXT = { FULL_CREDIT: "Voided: full credit for everyone", EXCLUDE: "Voided: left out of the score" } as const;

type Item = ReturnType<typeof reportAnalysis>["items"][number];

/** Question by question over the whole class: facility, discrimination, options chosen, common wrong answers, and the void tool. */
export function ItemList({ assignmentId, items }: { assignmentId: string; items: Item[] }) {
  return (
    <ol className="item-list" data-testid="item-analysis">
      {items.map((q) => (
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
            <VoidForm assignmentId={assignmentId} questionId={q.id} voided={q.void !== null} />
          </details>
        </li>
      ))}
    </ol>
  );
}
