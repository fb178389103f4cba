import Link from "next/link";
import { RollUpChart } from "@/components/charts/rollup-chart";
import { coursePath, refHref, refLabel } from "@/lib/content/citations";
import type { RollUp } from "@/lib/stats/item-analysis";

type Analysis = { id: string; byParagraph: RollUp[]; byFact: RollUp[]; byObjective: RollUp[]; quiz: { lesson: { course: { slug: string }; objectives: { key: string; text: string }[] } } };

/** The whole class's results rolled up per article paragraph, learning objective and background fact. */
export function RollUps({ r }: { r: Analysis }) {
  const base = coursePath(r.quiz.lesson.course.slug);
  const objectiveLabels = Object.fromEntries(r.quiz.lesson.objectives.map((o, i) => [o.key, `Objective ${i + 1}`]));
  const refLabels = Object.fromEntries([...r.byParagraph, ...r.byFact].map((x) => [x.key, refLabel(x.key)]));
  return (
    <>
      <div className="chart-row">
        <div>
          <RollUpChart rows={r.byParagraph} title="Per article paragraph" labelFor={refLabels} />
          <p className="muted">
            Percent correct is the mean credit on every question that cites the paragraph, weakest first. <Link href={`${base}/article`}>Read the article</Link>.
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
                    <Link href={refHref(f.key, base)}>{refLabel(f.key)}</Link>
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
  );
}
