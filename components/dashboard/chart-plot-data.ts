// What a chart's drawing (ChartPlot, a client component) receives: the layout without its per-point
// objects, the dots as one path and the pointer's targets with their labels. Computed on the
// server, so the browser gets data once instead of server markup twice (ADR 0024).
import { type ChartLayout, type PlacedPoint, X_UNITS } from "@/lib/dashboard/chart-geometry";
import type { PointerPoint } from "./chart-pointer";

export type PlotData = Pick<
  ChartLayout,
  "height" | "yTicks" | "xTicks" | "linePath" | "trendPath" | "areas" | "curves" | "goalY" | "adultFromPct" | "labels"
> & {
  /** The dots but the latest, as zero-length segments in viewBox units ("" when none). */
  dotPath: string;
  radius: number;
  latest: { xPct: number; y: number } | null;
  targets: PointerPoint[];
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

export function plotData(layout: ChartLayout, pointLabel: (point: PlacedPoint, isLatest: boolean) => string): PlotData {
  const { height, yTicks, xTicks, linePath, trendPath, areas, curves, goalY, adultFromPct, labels } = layout;
  return {
    height,
    yTicks,
    xTicks,
    linePath,
    trendPath,
    areas,
    curves,
    goalY,
    adultFromPct,
    labels,
    dotPath: plainDots(layout)
      .map((point) => `M${round(point.xPct * (X_UNITS / 100), 1)} ${round(point.y, 1)}h0`)
      .join(""),
    // Dense series get smaller dots so the trend stays readable. (Long ranges draw period means,
    // at most ~120 dots: see lib/dashboard/downsample.)
    radius: layout.points.length > 80 ? 2 : layout.points.length > 30 ? 2.75 : 3.5,
    latest: layout.latest ? { xPct: layout.latest.xPct, y: layout.latest.y } : null,
    targets: pointerTargets(layout, pointLabel),
  };
}
