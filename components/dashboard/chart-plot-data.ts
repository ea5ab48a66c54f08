// What a chart's drawing (ChartPlot, a client component) receives: the layout without its per-point
// objects, and the dots as one compact series (./chart-series) from which the browser draws the
// thin line, the dots and the pointer's labels. Computed on the server, so the browser gets data
// once instead of server markup twice (ADR 0024 and its addendum).
import type { ChartSpec } from "@/lib/dashboard/chart-data";
import type { ChartLayout, PlacedPoint } from "@/lib/dashboard/chart-geometry";
import { formatNumber, MINUS } from "@/lib/dashboard/format";
import { daysBetween } from "@/lib/dates/calendar";
import type { PointerPoint } from "./chart-pointer";
import type { ChartSeries } from "./chart-series";

export type PlotData = Pick<
  ChartLayout,
  "height" | "yTicks" | "xTicks" | "trendPath" | "areas" | "curves" | "goalY" | "adultFromPct" | "labels"
> & {
  radius: number;
  series: ChartSeries;
};

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The dots other than the latest measurement's (which gets its own, also when a period mean sits on it). */
function plainDots(layout: ChartLayout): PlacedPoint[] {
  const latest = layout.latest;
  return layout.points.filter((point) => latest === null || point.xPct !== latest.xPct || point.y !== latest.y);
}

/** A dot's place for the pointer, rounded: the positions travel to the browser as data. */
function toTarget(point: PlacedPoint, label: string): PointerPoint {
  return { x: round(point.xPct, 2), y: round(point.y, 1), label };
}

/** What the pointer reaches, in x order: every dot, the latest measurement last, each with its label. */
export function pointerTargets(
  layout: ChartLayout,
  pointLabel: (point: PlacedPoint, isLatest: boolean) => string,
): PointerPoint[] {
  const dots = plainDots(layout).map((point) => toTarget(point, pointLabel(point, false)));
  return layout.latest ? [...dots, toTarget(layout.latest, pointLabel(layout.latest, true))] : dots;
}

/** The dots as one compact series; `latestLabel` names the latest measurement (its own dot). */
export function chartSeries(layout: ChartLayout, spec: ChartSpec, latestLabel: string): ChartSeries {
  const { latest, points } = layout;
  const means = spec.period === null ? null : new Map(spec.display.map((d) => [d.id, d]));
  const day0 = spec.from;
  const day = (iso: string) => daysBetween(day0, iso);
  // Values as shown: a full-precision trend was most of the series' bytes.
  const shown = (value: number) => Number(formatNumber(value, spec.decimals).replace(MINUS, "-"));
  return {
    metric: spec.metric,
    unit: spec.unit,
    decimals: spec.decimals,
    period: spec.period,
    x: points.map((p) => round(p.xPct, 2)),
    y: points.map((p) => round(p.y, 1)),
    day0,
    d: points.map((p) => day(p.date)),
    v: points.map((p) => shown(p.value)),
    t: points.map((p) => shown(p.trend)),
    s: means ? points.map((p) => day(means.get(p.id)?.start ?? p.date)) : [],
    n: means ? points.map((p) => means.get(p.id)?.count ?? 1) : [],
    skip: latest === null ? -1 : points.findIndex((p) => p.xPct === latest.xPct && p.y === latest.y),
    latest: latest ? { x: round(latest.xPct, 2), y: round(latest.y, 1), label: latestLabel } : null,
  };
}

export function plotData(layout: ChartLayout, series: ChartSeries): PlotData {
  const { height, yTicks, xTicks, trendPath, areas, curves, goalY, adultFromPct, labels } = layout;
  return {
    height,
    yTicks,
    xTicks,
    trendPath,
    areas,
    curves,
    goalY,
    adultFromPct,
    labels,
    // Dense series get smaller dots so the trend stays readable. (Long ranges draw period means,
    // at most ~120 dots: see lib/dashboard/downsample.)
    radius: layout.points.length > 80 ? 2 : layout.points.length > 30 ? 2.75 : 3.5,
    series,
  };
}
