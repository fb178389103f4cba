"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { Bin } from "@/lib/stats/distribution";
import { CHART, ChartFigure } from "./chart-figure";
import { histogramSummary } from "./summary";

/** Below this chart width the ten band labels no longer fit side by side, so they are slanted. */
const NARROW = 520;

/** How many students scored in each band of 10 percentage points. */
export function ScoreHistogram({ bins, title, caption }: { bins: Bin[]; title: string; caption?: string }) {
  const [narrow, setNarrow] = useState(false);
  const summary = histogramSummary(bins);
  const empty = bins.every((b) => b.count === 0);

  const chart = empty ? null : (
    <ResponsiveContainer width="100%" height={narrow ? 270 : 250} onResize={(width) => setNarrow(width < NARROW)}>
      <BarChart data={bins} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={CHART.border} />
        <XAxis
          dataKey="label"
          interval={0}
          tick={narrow ? { ...CHART.tick, fontSize: 11, angle: -45, textAnchor: "end" } : CHART.tick}
          height={narrow ? 68 : 44}
          tickLine={false}
          stroke={CHART.muted}
          label={{ value: "Score (%)", position: "insideBottom", offset: 0, fill: CHART.muted, fontSize: 12 }}
        />
        <YAxis allowDecimals={false} width={36} tick={CHART.tick} stroke={CHART.muted} label={{ value: "Students", angle: -90, position: "insideLeft", offset: 10, fill: CHART.muted, fontSize: 12 }} />
        <Bar dataKey="count" name="Students" fill={CHART.accent} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" fill={CHART.text} fontSize={12} formatter={(v) => (v === 0 ? "" : v)} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
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
