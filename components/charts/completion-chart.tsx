"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { CompletionPoint } from "@/lib/stats/distribution";
import { CHART, ChartFigure } from "./chart-figure";
import { formatDay } from "@/lib/format";
import { completionSummary, formatPercent } from "./summary";

/** The share of assigned work completed by the end of each day. */
export function CompletionChart({ points, title }: { points: CompletionPoint[]; title: string }) {
  const summary = completionSummary(points);

  const chart =
    points.length === 0 ? null : (
      <ResponsiveContainer width="100%" height={240}>
        <AreaChart data={points} margin={{ top: 12, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={CHART.border} />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d, true)} tick={CHART.tick} stroke={CHART.muted} minTickGap={16} tickLine={false} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(p: number) => `${p}%`} width={44} tick={CHART.tick} stroke={CHART.muted} />
          <Area
            type="linear"
            dataKey="percent"
            name="Percent of assigned work"
            stroke={CHART.accent}
            strokeWidth={2}
            fill={CHART.accent}
            fillOpacity={0.12}
            dot={points.length <= 31 ? { r: 3, fill: CHART.accent, fillOpacity: 1, strokeWidth: 0 } : false}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
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
