import { formatDay } from "@/lib/format";
import type { CompletionPoint } from "@/lib/stats/distribution";
import { pct, scale, spreadLabels } from "./axes";
import { CHART, ChartFigure } from "./chart-figure";
import { completionSummary, formatPercent } from "./summary";

const TOP = 12;
const PLOT = 194;
const AXIS = 30;
const TICKS = [0, 25, 50, 75, 100];
/** At most this many date labels: the chart may be as narrow as a phone. */
const MAX_LABELS = 6;

/** The share of assigned work completed by the end of each day: an SVG drawn on the server. */
export function CompletionChart({ points, title }: { points: CompletionPoint[]; title: string }) {
  const summary = completionSummary(points);
  const y = (percent: number) => TOP + scale(percent, 100, PLOT);
  // Along the width, in percent of the plot: one day alone stands in the middle.
  const x = (i: number) => (points.length === 1 ? 50 : (i / (points.length - 1)) * 100);
  // The line and the area under it are drawn in a box 100 units wide, stretched to the plot's
  // width; the line keeps its width (non-scaling-stroke), and the dots are drawn outside it.
  const line = points.map((p, i) => `${Math.round(x(i) * 100) / 100},${y(p.percent) - TOP}`).join(" ");

  const chart =
    points.length === 0 ? null : (
      <div className="chart__svg" style={{ paddingLeft: 44, paddingRight: 24 }}>
        <svg width="100%" height={TOP + PLOT + AXIS + 4} overflow="visible" aria-hidden="true">
          <g stroke={CHART.border}>
            {TICKS.slice(1).map((t) => (
              <line key={t} x1="0" x2="100%" y1={y(t)} y2={y(t)} />
            ))}
          </g>
          <svg y={TOP} width="100%" height={PLOT} viewBox={`0 0 100 ${PLOT}`} preserveAspectRatio="none" overflow="visible">
            {points.length > 1 && <polygon points={`0,${PLOT} ${line} 100,${PLOT}`} fill={CHART.accent} fillOpacity={0.12} />}
            <polyline points={line} fill="none" stroke={CHART.accent} strokeWidth={2} vectorEffect="non-scaling-stroke" />
          </svg>
          {points.length <= 31 && (
            <g fill={CHART.accent}>
              {points.map((p, i) => (
                <circle key={p.date} cx={pct(x(i))} cy={y(p.percent)} r={3} />
              ))}
            </g>
          )}
          <g fill={CHART.muted} fontSize={12}>
            <line x1="0" x2="0" y1={TOP} y2={TOP + PLOT} stroke={CHART.muted} />
            {TICKS.map((t) => (
              <g key={t}>
                <line x1="-6" x2="0" y1={y(t)} y2={y(t)} stroke={CHART.muted} />
                <text x="-8" y={y(t)} dy="0.355em" textAnchor="end">
                  {t}%
                </text>
              </g>
            ))}
            <line x1="0" x2="100%" y1={TOP + PLOT} y2={TOP + PLOT} stroke={CHART.muted} />
            {spreadLabels(points.length, MAX_LABELS).map((i) => (
              <text key={i} x={pct(x(i))} y={TOP + PLOT + 8} dy="0.71em" textAnchor="middle">
                {formatDay(points[i]!.date, true)}
              </text>
            ))}
          </g>
        </svg>
      </div>
    );

  return (
    <ChartFigure
      testId="completion-chart"
      title={title}
      summary={summary}
      chart={chart}
      table={{
        caption: title,
        columns: ["Date", "Completed", "Percent of assigned work"],
        rows: points.map((p) => ({ key: p.date, cells: [formatDay(p.date), p.completed, formatPercent(p.percent)] })),
      }}
    />
  );
}
