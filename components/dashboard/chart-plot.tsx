"use client";

import { type EdgeLabel, X_UNITS } from "@/lib/dashboard/chart-geometry";
import type { PlotData, XTick } from "./chart-plot-data";
import { ChartPointer } from "./chart-pointer";
import { seriesPaths, seriesTargets } from "./chart-series";

/*
 * The drawing of a trend chart. Axis and edge labels are HTML positioned in CSS pixels (y) and
 * percentages (x); the plot is an SVG whose paths live in a stretched 0–1000 viewBox with
 * non-scaling strokes, while circles use percentage positions so they stay round. Text therefore
 * keeps its size from a 360px phone to a desktop, without JavaScript or a second rendering.
 * Which set of date ticks shows depends on the chart's own width (container queries), so a
 * half-width card on a desktop gets the narrow set too.
 *
 * The drawing is one role="img" with the chart's summary sentence. Over it one target (ChartPointer)
 * shows the value of the point nearest the pointer, or of the point the arrow keys move it to (ADR
 * 0024: one shared tooltip instead of one per dot). The dots are one path of zero-length round-capped
 * segments in the stretched viewBox: with a non-scaling stroke they stay round, at ~10 bytes a dot
 * instead of a <circle> each. The reference shading is clipped to the plot, since the y axis is
 * fitted to the data and the healthy band often reaches beyond it.
 *
 * A client component with no state of its own: its data (./chart-plot-data) travels once, and its
 * markup is in the HTML once, where a server component's would also be in the React payload. The
 * thin line, the dots and the pointer's labels are built here from one compact series
 * (./chart-series), so their shared coordinates and figures travel once. What repeats per label or
 * path is styled once in app/styles/dashboard.css (`.chart…`, and `.plot` for the non-scaling strokes); grid
 * lines and date ticks are one path each; paths use relative coordinates (ADR 0024, third-pass addendum).
 */

const EDGE_TONE: Record<EdgeLabel["tone"], string> = {
  healthy: "text-emerald-800",
  curve: "text-emerald-800",
  risk: "text-orange-700",
  goal: "text-stone-700",
};

export function ChartPlot({
  layout,
  unit,
  emptyMessage,
  summary,
  pointsName,
}: {
  layout: PlotData;
  unit: string;
  emptyMessage: string | null;
  /** The whole chart in one sentence (the image's name). */
  summary: string;
  /** The point target's name ("BMI values"). */
  pointsName: string;
}) {
  const { height, radius, series } = layout;
  const latest = series.latest;
  const { linePath, dotPath } = seriesPaths(series);
  const targets = seriesTargets(series);
  const bottom = layout.yTicks[0]?.[0] ?? height;

  // Grid lines, and the date ticks under the axis, as one path each in the stretched viewBox.
  const grid = layout.yTicks
    .filter(([y]) => y !== bottom)
    .map(([y]) => `M0 ${y}H${X_UNITS}`)
    .join("");
  const ticks = (list: readonly XTick[]) => list.map(([x]) => `M${Math.round(x * 100) / 10} ${bottom}v4`).join("");
  const viewBox = `0 0 ${X_UNITS} ${height}`;

  // The labels' and ticks' styles are app/styles/dashboard.css's `.chart…` classes, set once (issue 10).
  return (
    <div className="chart">
      <div className="chart-unit" aria-hidden="true">
        {unit}
      </div>
      <div />
      <div />

      <div className="chart-y" style={{ height }} aria-hidden="true">
        {layout.yTicks.map(([y, label]) => (
          <span key={y} style={{ top: y }}>
            {label}
          </span>
        ))}
      </div>

      <div className="relative" style={{ height }}>
        <svg
          width="100%"
          height={height}
          className="block overflow-visible"
          focusable="false"
          role="img"
          aria-label={summary}
        >
          {/* Clipped to the plot: the reference often reaches beyond the data-fitted axis. */}
          <svg
            viewBox={viewBox}
            preserveAspectRatio="none"
            width="100%"
            height={height}
            overflow="hidden"
            className="plot"
          >
            {grid ? <path d={grid} className="stroke-stone-100" /> : null}
            {layout.yTicks.length > 0 ? <path d={`M0 ${bottom}H${X_UNITS}`} className="stroke-stone-300" /> : null}
            {layout.areas.map((d, i) => (
              <path key={i} d={d} className="fill-emerald-100/70" />
            ))}
            {layout.curves.map((curve) => (
              <path
                key={curve.percentile}
                d={curve.path}
                className={curve.percentile === 95 ? "stroke-orange-500" : "stroke-emerald-600/70"}
                strokeWidth={curve.percentile === 95 ? 1.5 : 1}
                strokeDasharray={curve.percentile === 95 ? "5 4" : undefined}
              />
            ))}
            {layout.goalY !== null ? (
              <line
                x1={0}
                x2={X_UNITS}
                y1={layout.goalY}
                y2={layout.goalY}
                className="stroke-stone-700"
                strokeWidth={1.25}
                strokeDasharray="2 4"
                strokeLinecap="round"
              />
            ) : null}
            {linePath ? <path d={linePath} className="stroke-stone-400" strokeLinejoin="round" /> : null}
          </svg>
          {layout.adultFromPct !== null ? (
            <g>
              <line
                x1={`${layout.adultFromPct}%`}
                x2={`${layout.adultFromPct}%`}
                y1={0}
                y2={bottom}
                className="stroke-stone-400"
                strokeDasharray="3 3"
              />
              <text x={`${layout.adultFromPct}%`} y={10} dx={4} className="fill-stone-500 text-[10px]">
                Age 20
              </text>
            </g>
          ) : null}
          {/* The trend goes over the dots: it is the line to read; the latest measurement stays on top. */}
          <svg
            viewBox={viewBox}
            preserveAspectRatio="none"
            width="100%"
            height={height}
            overflow="visible"
            className="plot"
          >
            {dotPath ? (
              <path d={dotPath} strokeLinecap="round" className="stroke-stone-400" strokeWidth={radius * 2} />
            ) : null}
            {layout.trendPath ? (
              <path
                d={layout.trendPath}
                className="stroke-brand-600"
                strokeWidth={3}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            ) : null}
            {layout.xTicks.wide.length > 0 ? (
              <path d={ticks(layout.xTicks.wide)} className="stroke-stone-400 @max-lg:hidden" />
            ) : null}
            {layout.xTicks.compact.length > 0 ? (
              <path d={ticks(layout.xTicks.compact)} className="stroke-stone-400 @lg:hidden" />
            ) : null}
          </svg>
          {latest ? (
            <circle
              cx={`${latest.x}%`}
              cy={latest.y}
              r={radius + 1.5}
              className="fill-brand-600 stroke-white"
              strokeWidth={2}
            />
          ) : null}
        </svg>
        {/* Keyed by its points, so another range starts again from its own latest point. */}
        {targets.length > 0 ? (
          <ChartPointer key={`${targets.length}:${targets[0]?.label}`} points={targets} name={pointsName} />
        ) : null}
        {emptyMessage ? (
          <p className="absolute inset-0 flex items-center justify-center px-4 text-center text-sm text-stone-600">
            <span className="rounded-lg bg-white/90 px-3 py-2">{emptyMessage}</span>
          </p>
        ) : null}
      </div>

      <div className="chart-edge" style={{ height }} aria-hidden="true">
        {layout.labels.map((label) => (
          <span key={label.key} className={EDGE_TONE[label.tone]} style={{ top: label.y }}>
            {label.text}
          </span>
        ))}
      </div>

      <div className="col-start-2" aria-hidden="true">
        <TickLabels ticks={layout.xTicks.wide} className="@max-lg:hidden" />
        <TickLabels ticks={layout.xTicks.compact} className="@lg:hidden" />
      </div>
    </div>
  );
}

function TickLabels({ ticks, className }: { ticks: readonly XTick[]; className: string }) {
  return (
    <div className={`chart-x ${className}`}>
      {ticks.map(([x, label, align]) => (
        <span key={x} data-align={align} style={{ left: `${x}%` }}>
          {label}
        </span>
      ))}
    </div>
  );
}
