import type { Bin } from "@/lib/stats/distribution";
import { countTicks, pct, scale } from "./axes";
import { CHART, ChartFigure } from "./chart-figure";
import { histogramSummary } from "./summary";

/** The plot's height in pixels, above it room for the bars' labels, below it for the band labels. */
const PLOT = 182;
const TOP = 20;
const AXIS = 44;

/**
 * How many students scored in each band of 10 percentage points: an SVG drawn on the server.
 * Where the chart is narrower than 520 px the band labels are slanted (a container query in
 * globals.css, .histogram), as they no longer fit side by side.
 */
export function ScoreHistogram({ bins, title, caption }: { bins: Bin[]; title: string; caption?: string }) {
  const summary = histogramSummary(bins);
  const empty = bins.every((b) => b.count === 0);
  const ticks = countTicks(Math.max(...bins.map((b) => b.count)));
  const top = ticks.at(-1)!;
  const y = (count: number) => TOP + scale(count, top, PLOT);
  const band = 100 / bins.length;

  const chart = empty ? null : (
    <div className="chart__svg histogram" style={{ paddingLeft: 36, paddingRight: 8 }}>
      <svg width="100%" height={TOP + PLOT + AXIS + 4} overflow="visible" aria-hidden="true" className="histogram__svg">
        <g stroke={CHART.border}>
          {ticks.slice(1).map((t) => (
            <line key={t} x1="0" x2="100%" y1={y(t)} y2={y(t)} />
          ))}
        </g>
        {bins.map((b, i) =>
          b.count === 0 ? null : (
            <g key={b.label}>
              <rect x={pct(i * band + band / 10)} width={pct((band * 8) / 10)} y={y(b.count)} height={TOP + PLOT - y(b.count)} fill={CHART.accent} />
              <text x={pct(i * band + band / 2)} y={y(b.count) - 5} textAnchor="middle" fill={CHART.text} fontSize={12}>
                {b.count}
              </text>
            </g>
          ),
        )}
        {/* The y axis: its line, ticks and numbers, and its title. */}
        <g fill={CHART.muted} fontSize={12}>
          <line x1="0" x2="0" y1={TOP} y2={TOP + PLOT} stroke={CHART.muted} />
          {ticks.map((t) => (
            <g key={t}>
              <line x1="-6" x2="0" y1={y(t)} y2={y(t)} stroke={CHART.muted} />
              <text x="-8" y={y(t)} dy="0.355em" textAnchor="end">
                {t}
              </text>
            </g>
          ))}
          <text transform={`translate(-22 ${TOP + PLOT / 2}) rotate(-90)`} textAnchor="middle">
            Students
          </text>
        </g>
        {/* The x axis: its line, the band labels and its title. */}
        <g fill={CHART.muted} fontSize={12}>
          <line x1="0" x2="100%" y1={TOP + PLOT} y2={TOP + PLOT} stroke={CHART.muted} />
          {bins.map((b, i) => (
            <text key={b.label} className="histogram__band" x={pct(i * band + band / 2)} y={TOP + PLOT + 8} dy="0.71em" textAnchor="middle">
              {b.label}
            </text>
          ))}
          <text className="histogram__title" x="50%" y={TOP + PLOT + AXIS} textAnchor="middle">
            Score (%)
          </text>
        </g>
      </svg>
    </div>
  );

  return (
    <ChartFigure
      testId="score-histogram"
      title={title}
      summary={summary}
      chart={chart}
      table={{
        caption: caption ?? title,
        columns: ["Score band", "Students"],
        rows: bins.map((b) => ({ key: b.label, cells: [`${b.label}%`, b.count] })),
      }}
    />
  );
}
