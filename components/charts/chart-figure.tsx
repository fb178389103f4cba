import type { ReactNode } from "react";

export type ChartTable = {
  caption: string;
  columns: string[];
  /** One row per entry; the first cell is the row's header. */
  rows: { key: string; cells: ReactNode[] }[];
};

/**
 * The frame every dashboard chart shares: a figure whose caption holds the title and a
 * one-sentence summary, the chart itself, and the same numbers as a table for anyone who
 * cannot, or would rather not, read the chart. A screen reader hears the sentence once, as the
 * figure's caption: the drawing is hidden from it (it was once an image labelled with the same
 * sentence, which was read twice), and the table has every number.
 * With no data (`chart` null) only the caption is shown.
 */
export function ChartFigure({ testId, title, summary, chart, legend, table }: { testId: string; title: string; summary: string; chart: ReactNode | null; legend?: ReactNode; table: ChartTable }) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        <span className="chart__title">{title}</span> <span className="chart__summary">{summary}</span>
      </figcaption>
      {chart !== null && (
        <>
          <div className="chart__plot" aria-hidden="true">
            {chart}
          </div>
          {legend}
          <details>
            <summary>Show as a table</summary>
            <table className="results-table">
              <caption>{table.caption}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={i}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}

/** Shared chart styling: the app palette, with text colours that reach 4.5:1 on white. */
export const CHART = {
  accent: "#1d5a85",
  text: "#1d2430",
  muted: "#4f5866",
  border: "#dcd7cc",
  bad: "#a1262b",
  warn: "#7a5200",
  good: "#1f6b3a",
  tick: { fill: "#4f5866", fontSize: 12 },
} as const;
