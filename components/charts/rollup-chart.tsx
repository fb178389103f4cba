import type { RollUp } from "@/lib/stats/item-analysis";
import { pct, wrapLabel } from "./axes";
import { CHART, ChartFigure } from "./chart-figure";
import { facilityBand, formatPercent, rollUpSummary } from "./summary";

const MAX_LABEL = 22;
const shorten = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);
const TOP = 4;
const ROW = 30;
const GAP = 6;
const AXIS = 30;
const TICKS = [0, 25, 50, 75, 100];

/** Percent correct per source paragraph, fact or objective, lowest-scoring first as given: an SVG drawn on the server. */
export function RollUpChart({ rows, title, labelFor }: { rows: RollUp[]; title: string; labelFor: Record<string, string> }) {
  const label = (key: string) => labelFor[key] ?? key;
  const summary = rollUpSummary(rows, labelFor);
  const drawn = rows.filter((r): r is RollUp & { facility: number } => r.facility !== null).map((r) => ({ ...r, label: shorten(label(r.key)) }));
  // Long labels are cut (the table has them whole) and wrap onto two lines within a narrow axis.
  const axisWidth = Math.min(120, 16 + 7 * Math.max(...drawn.map((r) => r.label.length), 2));
  const plot = 10 + ROW * drawn.length;
  const band = plot / Math.max(1, drawn.length);
  const middle = (i: number) => TOP + band * i + band / 2;

  const chart =
    drawn.length === 0 ? null : (
      <div className="chart__svg" style={{ paddingLeft: axisWidth, paddingRight: 44 }}>
        <svg width="100%" height={TOP + plot + AXIS + 4} overflow="visible" aria-hidden="true">
          <g stroke={CHART.border}>
            {TICKS.slice(1).map((t) => (
              <line key={t} x1={`${t}%`} x2={`${t}%`} y1={TOP} y2={TOP + plot} />
            ))}
          </g>
          {drawn.map((r, i) => (
            <g key={r.key}>
              <rect x="0" width={pct(r.facility)} y={TOP + band * i + GAP} height={Math.max(0, band - 2 * GAP)} fill={CHART[facilityBand(r.facility)]} />
              <text x={pct(r.facility)} dx="5" y={middle(i)} dy="0.355em" fill={CHART.text} fontSize={12}>
                {formatPercent(r.facility)}
              </text>
            </g>
          ))}
          <g fill={CHART.muted} fontSize={12}>
            <line x1="0" x2="0" y1={TOP} y2={TOP + plot} stroke={CHART.muted} />
            {drawn.map((r, i) => {
              const lines = wrapLabel(r.label, axisWidth - 10);
              return (
                <text key={r.key} x="-8" y={middle(i)} dy={`${0.355 - ((lines.length - 1) * 1.2) / 2}em`} textAnchor="end">
                  {lines.map((l, j) => (
                    <tspan key={j} x="-8" dy={j === 0 ? undefined : "1.2em"}>
                      {l}
                    </tspan>
                  ))}
                </text>
              );
            })}
            <line x1="0" x2="100%" y1={TOP + plot} y2={TOP + plot} stroke={CHART.muted} />
            {TICKS.map((t) => (
              <g key={t}>
                <line x1={`${t}%`} x2={`${t}%`} y1={TOP + plot} y2={TOP + plot + 6} stroke={CHART.muted} />
                <text x={`${t}%`} y={TOP + plot + 8} dy="0.71em" textAnchor="middle">
                  {t}%
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
    );

  const legend = (
    <p className="chart__legend">
      <span className="chart__key">
        <span className="chart__swatch" style={{ background: CHART.bad }} aria-hidden="true" /> red: below 50% correct;
      </span>{" "}
      <span className="chart__key">
        <span className="chart__swatch" style={{ background: CHART.warn }} aria-hidden="true" /> amber: 50–79%;
      </span>{" "}
      <span className="chart__key">
        <span className="chart__swatch" style={{ background: CHART.good }} aria-hidden="true" /> green: 80% or more.
      </span>{" "}
      Each bar is labelled with its value.
    </p>
  );

  return (
    <ChartFigure
      testId="rollup-chart"
      title={title}
      summary={summary}
      chart={chart}
      legend={legend}
      table={{
        caption: title,
        columns: ["Source", "Questions", "Responses", "Percent correct"],
        rows: rows.map((r) => ({ key: r.key, cells: [label(r.key), r.questions, r.responses, r.facility === null ? "no responses" : formatPercent(r.facility)] })),
      }}
    />
  );
}
