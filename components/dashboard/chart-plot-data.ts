// What a chart's drawing (ChartPlot, a client component) receives: the layout without its per-point
// objects, and the dots as one compact series (./chart-series) from which the browser draws the
// thin line, the dots and the pointer's labels. Computed on the server, so the browser gets data
// once instead of server markup twice (ADR 0024 and its addenda): ticks as short lists, paths in
// relative coordinates, the series' figures as steps.
import type { ChartSpec } from "@/lib/dashboard/chart-data";
import type { ChartLayout, PlacedPoint, PlacedTick } from "@/lib/dashboard/chart-geometry";
import { formatNumber, MINUS } from "@/lib/dashboard/format";
import { daysBetween } from "@/lib/dates/calendar";
import type { PointerPoint } from "./chart-pointer";
import { type ChartSeries, packSteps, relativePath } from "./chart-series";

/** A date tick: x in percent of the plot, its label and, at the very ends, its alignment (else centred). */
export type XTick = [x: number, label: string, align?: "start" | "end"];

export type PlotData = Pick<
  ChartLayout,
  "height" | "trendPath" | "areas" | "curves" | "goalY" | "adultFromPct" | "labels"
> & {
  /** The value axis's ticks, bottom first: y in CSS px and label. */
  yTicks: [y: number, label: string][];
  /** The narrow and the wide set of date ticks (which shows depends on the chart's width). */
  xTicks: { compact: XTick[]; wide: XTick[] };
  radius: number;
  series: ChartSeries;
};

/** Ticks as short lists rather than objects with their key names (issue 10). */
function xTicksOf(ticks: readonly PlacedTick[]): XTick[] {
  return ticks.map((tick) => (tick.align === "middle" ? [tick.xPct, tick.label] : [tick.xPct, tick.label, tick.align]));
}

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
    day0,
    // As lib/dashboard/chart-geometry's layout: a range of one day still has a width.
    span: Math.max(1, daysBetween(day0, spec.to)),
    d: packSteps(
      points.map((p) => day(p.date)),
      0,
    ),
    y: packSteps(
      points.map((p) => p.y),
      1,
    ),
    v: packSteps(
      points.map((p) => shown(p.value)),
      spec.decimals,
    ),
    t: packSteps(
      points.map((p) => shown(p.trend)),
      spec.decimals,
    ),
    s: means
      ? packSteps(
          points.map((p) => day(means.get(p.id)?.start ?? p.date)),
          0,
        )
      : [],
    n: means ? points.map((p) => means.get(p.id)?.count ?? 1) : [],
    skip: latest === null ? -1 : points.findIndex((p) => p.xPct === latest.xPct && p.y === latest.y),
    latest: latest ? { x: round(latest.xPct, 2), y: round(latest.y, 1), label: latestLabel } : null,
  };
}

export function plotData(layout: ChartLayout, series: ChartSeries): PlotData {
  const { height, yTicks, xTicks, trendPath, areas, curves, goalY, adultFromPct, labels } = layout;
  // The paths in relative coordinates: the same drawing in about a third fewer bytes, here and in the HTML.
  return {
    height,
    yTicks: yTicks.map((tick) => [tick.y, tick.label]),
    xTicks: { compact: xTicksOf(xTicks.compact), wide: xTicksOf(xTicks.wide) },
    trendPath: trendPath ? relativePath(trendPath) : "",
    areas: areas.map(relativePath),
    curves: curves.map((curve) => ({ ...curve, path: relativePath(curve.path) })),
    goalY,
    adultFromPct,
    labels,
    // Dense series get smaller dots so the trend stays readable. (Long ranges draw period means,
    // at most ~120 dots: see lib/dashboard/downsample.)
    radius: layout.points.length > 80 ? 2 : layout.points.length > 30 ? 2.75 : 3.5,
    series,
  };
}
