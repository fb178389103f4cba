"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { RollUp } from "@/lib/stats/item-analysis";
import { CHART, ChartFigure } from "./chart-figure";
import { facilityBand, formatPercent, rollUpSummary } from "./summary";

const MAX_LABEL = 22;
const shorten = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** Percent correct per source paragraph, fact or objective, lowest-scoring first as given. */
export function RollUpChart({ rows, title, labelFor }: { rows: RollUp[]; title: string; labelFor: Record<string, string> }) {
  const label = (key: string) => labelFor[key] ?? key;
  const summary = rollUpSummary(rows, labelFor);
  const drawn = rows.filter((r) => r.facility !== null).map((r) => ({ ...r, label: label(r.key) }));
  // Long labels are cut (the table has them whole) and wrap onto two lines within a narrow axis.
  const axisWidth = Math.min(120, 16 + 7 * Math.max(...drawn.map((r) => shorten(r.label).length), 2));

  const chart =
    drawn.length === 0 ? null : (
      <ResponsiveContainer width="100%" height={48 + 30 * drawn.length}>
        <BarChart data={drawn} layout="vertical" margin={{ top: 4, right: 44, bottom: 4, left: 0 }} barCategoryGap={6} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={CHART.border} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(p: number) => `${p}%`} tick={CHART.tick} stroke={CHART.muted} />
          <YAxis type="category" dataKey="label" interval={0} width={axisWidth} tickFormatter={shorten} tick={CHART.tick} stroke={CHART.muted} tickLine={false} />
          <Bar
            dataKey="facility"
            name="Percent correct"
            isAnimationActive={false}
            shape={(props) => <Rectangle {...props} fill={CHART[facilityBand((props.payload as RollUp).facility ?? 0)]} />}
          >
            <LabelList dataKey="facility" position="right" fill={CHART.text} fontSize={12} formatter={(v) => formatPercent(Number(v))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
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
