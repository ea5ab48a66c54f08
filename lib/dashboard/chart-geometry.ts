/**
 * Turns a chart spec into drawing coordinates. The chart stretches to any width without
 * JavaScript: x is a fraction of the plot width (percentages for circles and HTML labels, 0–1000
 * units for paths in an SVG with preserveAspectRatio="none"), y is in CSS pixels of a fixed-height
 * plot. So text never scales with the screen, and one markup fits a 360px phone and a desktop.
 */
import { dayNumber } from "@/lib/dates/calendar";
import { formatNumber } from "./format";
import type { CurveSample, ReferenceSegment } from "./reference";
import { dateTicks, niceScale, type NiceScale } from "./scales";

/** Plot height in CSS pixels, and the inset that keeps the end ticks' labels inside it. */
export const PLOT_HEIGHT = 240;
export const PLOT_INSET = 8;
/** Path x coordinates run 0 to X_UNITS across the plot (viewBox width). */
export const X_UNITS = 1000;
/** Date tick budgets: narrow (phones, half-width cards) and wide containers. */
export const COMPACT_DATE_TICKS = 4;
export const WIDE_DATE_TICKS = 8;
/** Right-hand labels closer than this (px) are pushed apart. */
export const LABEL_GAP = 13;

type InputPoint = { id: string; date: string; value: number; trend: number };

/** Trend vertices closer than this (CSS px, vertically) to the line through their neighbours are dropped. */
export const TREND_TOLERANCE_PX = 0.5;

export type GeometryInput = {
  /** Every entry in the range, oldest first: the trend line and the latest point. */
  points: readonly InputPoint[];
  /** The dots and the thin line, when not every entry is drawn (period means); default `points`. */
  display?: readonly InputPoint[];
  reference: readonly ReferenceSegment[];
  goal: number | null;
  from: string;
  to: string;
  minSpan: number;
  adultFrom: string | null;
};

export type PlacedPoint = { id: string; date: string; value: number; trend: number; xPct: number; y: number };
export type PlacedTick = { label: string; xPct: number; align: "start" | "middle" | "end" };
export type EdgeLabel = { key: string; text: string; y: number; tone: "healthy" | "curve" | "risk" | "goal" };

export type ChartLayout = {
  height: number;
  scale: NiceScale;
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { compact: PlacedTick[]; wide: PlacedTick[] };
  /** The dots: `display` (or every entry), placed. */
  points: PlacedPoint[];
  /** The latest entry, exact even when the dots are period means; null for an empty range. */
  latest: PlacedPoint | null;
  /** Thin line through the dots, in order; "" when fewer than two. */
  linePath: string;
  /**
   * Bold smoothed trend through every entry; "" when fewer than two entries. Vertices within
   * TREND_TOLERANCE_PX of the line through their neighbours are left out (see simplifyPath): the
   * drawing is the same to the eye, without thousands of vertices for a long daily history.
   */
  trendPath: string;
  /** Filled healthy areas: the adult band and the P5–P85 area of the curves. */
  areas: string[];
  /** Percentile curve lines. */
  curves: { percentile: 5 | 85 | 95; path: string }[];
  /** Null when the goal lies outside the axis (it is then named by an edge label with an arrow). */
  goalY: number | null;
  /** Where the curves give way to the adult band, when inside the chart. */
  adultFromPct: number | null;
  /** Labels for the right-hand edge: what the shading and lines are at the latest date. */
  labels: EdgeLabel[];
};

function referenceValues(reference: readonly ReferenceSegment[]): number[] {
  const values: number[] = [];
  for (const segment of reference) {
    if (segment.kind === "band") values.push(segment.lower, segment.upper);
    else for (const s of segment.samples) values.push(s.p5, s.p85, s.p95);
  }
  return values;
}

/**
 * Every value the y axis must show. The axis is fitted to the data (the dots, the latest entry and
 * the trend), so a 5 kg loss fills the plot instead of looking flat against the whole healthy band.
 * The reference and the goal are context: their values are included only when they lie within
 * half the data's span of it (the goal within a whole span, as the target the person set);
 * otherwise they are clipped, and the edge labels point to them with an arrow. An empty range fits
 * the reference and the goal, so the plot still shows where healthy is.
 */
export function valuesToFit(input: GeometryInput): number[] {
  const values = (input.display ?? input.points).map((p) => p.value);
  for (const p of input.points) values.push(p.trend);
  const latest = input.points.at(-1);
  if (latest !== undefined) values.push(latest.value);
  const context = referenceValues(input.reference);
  if (values.length === 0) return input.goal === null ? context : [...context, input.goal];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(hi - lo, input.minSpan);
  for (const value of context) if (value >= lo - span / 2 && value <= hi + span / 2) values.push(value);
  if (input.goal !== null && input.goal >= lo - span && input.goal <= hi + span) values.push(input.goal);
  return values;
}

export function layoutChart(input: GeometryInput): ChartLayout {
  const scale = niceScale(valuesToFit(input), { minSpan: input.minSpan });
  const fromDay = dayNumber(input.from);
  const span = Math.max(1, dayNumber(input.to) - fromDay);
  const fx = (date: string) => (dayNumber(date) - fromDay) / span;
  const y = (value: number) =>
    round1(PLOT_INSET + ((scale.max - value) / (scale.max - scale.min)) * (PLOT_HEIGHT - 2 * PLOT_INSET));
  const px = (date: string) => round1(fx(date) * X_UNITS);

  const place = (p: InputPoint): PlacedPoint => ({
    id: p.id,
    date: p.date,
    value: p.value,
    trend: p.trend,
    xPct: round2(fx(p.date) * 100),
    y: y(p.value),
  });
  const points = (input.display ?? input.points).map(place);
  const last = input.points.at(-1);
  const areas: string[] = [];
  const curves: ChartLayout["curves"] = [];
  for (const segment of input.reference) {
    if (segment.kind === "band") {
      const top = [
        { x: px(segment.from), y: y(segment.upper) },
        { x: px(segment.to), y: y(segment.upper) },
      ];
      const bottom = [
        { x: px(segment.from), y: y(segment.lower) },
        { x: px(segment.to), y: y(segment.lower) },
      ];
      areas.push(areaPath(top, bottom));
    } else {
      const samples = segment.samples;
      const line = (pick: (s: CurveSample) => number) => samples.map((s) => ({ x: px(s.date), y: y(pick(s)) }));
      areas.push(
        areaPath(
          line((s) => s.p85),
          line((s) => s.p5),
        ),
      );
      curves.push({ percentile: 5, path: linePath(line((s) => s.p5)) });
      curves.push({ percentile: 85, path: linePath(line((s) => s.p85)) });
      curves.push({ percentile: 95, path: linePath(line((s) => s.p95)) });
    }
  }

  const placeTicks = (max: number): PlacedTick[] =>
    dateTicks(input.from, input.to, max).map((tick) => {
      const xPct = round2(fx(tick.date) * 100);
      // Labels at the very ends would hang outside the plot: align them inward instead.
      return { label: tick.label, xPct, align: xPct < 6 ? "start" : xPct > 94 ? "end" : "middle" };
    });

  const inside = (value: number) => value >= scale.min && value <= scale.max;
  const goalY = input.goal === null || !inside(input.goal) ? null : y(input.goal);
  return {
    height: PLOT_HEIGHT,
    scale,
    yTicks: scale.ticks.map((value) => ({ value, y: y(value), label: formatNumber(value, scale.decimals) })),
    xTicks: { compact: placeTicks(COMPACT_DATE_TICKS), wide: placeTicks(WIDE_DATE_TICKS) },
    points,
    latest: last === undefined ? null : place(last),
    linePath: points.length > 1 ? linePath(points.map((p) => ({ x: px(p.date), y: p.y }))) : "",
    trendPath:
      input.points.length > 1
        ? linePath(
            simplifyPath(
              input.points.map((p) => ({ x: px(p.date), y: y(p.trend) })),
              TREND_TOLERANCE_PX,
            ),
          )
        : "",
    areas,
    curves,
    goalY,
    adultFromPct: input.adultFrom === null ? null : round2(fx(input.adultFrom) * 100),
    labels: spreadLabels(edgeLabels(input.reference.at(-1), input.goal, scale, y), LABEL_GAP, 0, PLOT_HEIGHT),
  };
}

/**
 * What the shading and lines are at the right edge. Something above or below the axis is named at
 * the top or bottom edge with an arrow ("Healthy ↓"), so the context stays readable after the axis
 * has been fitted to the data.
 */
function edgeLabels(
  last: ReferenceSegment | undefined,
  goal: number | null,
  scale: NiceScale,
  y: (value: number) => number,
): EdgeLabel[] {
  const top = PLOT_INSET;
  const bottom = PLOT_HEIGHT - PLOT_INSET;
  const at = (value: number, text: string): { text: string; y: number } =>
    value > scale.max
      ? { text: `${text} ↑`, y: top }
      : value < scale.min
        ? { text: `${text} ↓`, y: bottom }
        : { text, y: y(value) };
  const labels: EdgeLabel[] = [];
  if (last?.kind === "band") {
    const lower = Math.max(last.lower, scale.min);
    const upper = Math.min(last.upper, scale.max);
    // The middle of the part that is drawn, or the edge it lies beyond.
    const place =
      lower <= upper ? { text: "Healthy", y: y((lower + upper) / 2) } : at((last.lower + last.upper) / 2, "Healthy");
    labels.push({ key: "band", ...place, tone: "healthy" });
  }
  const sample = last?.kind === "curves" ? last.samples.at(-1) : undefined;
  if (sample) {
    labels.push({ key: "p95", ...at(sample.p95, "95th"), tone: "risk" });
    labels.push({ key: "p85", ...at(sample.p85, "85th"), tone: "curve" });
    labels.push({ key: "p5", ...at(sample.p5, "5th"), tone: "curve" });
  }
  if (goal !== null) labels.push({ key: "goal", ...at(goal, "Goal"), tone: "goal" });
  return labels;
}

/** "M x y L x y …": one point per input point. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${round1(p.x)} ${round1(p.y)}`).join(" ");
}

/**
 * The polyline without the vertices that lie within `tolerance` (vertically) of the straight line
 * between the vertices kept around them: Ramer–Douglas–Peucker, measuring the vertical distance
 * rather than the perpendicular one. The chart stretches x to any width but never y, and a
 * vertical distance does not change when x stretches, so the result is within `tolerance` pixels
 * of the full line on every screen. The first and last points are always kept.
 */
export function simplifyPath<T extends { x: number; y: number }>(points: readonly T[], tolerance: number): T[] {
  const n = points.length;
  if (n <= 2) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() ?? [0, 0];
    const pa = points[a];
    const pb = points[b];
    if (pa === undefined || pb === undefined || b - a < 2) continue;
    const dx = pb.x - pa.x;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const p = points[i];
      if (p === undefined) continue;
      // Same x (several entries on one day): compare with the start point.
      const lineY = dx === 0 ? pa.y : pa.y + ((p.x - pa.x) / dx) * (pb.y - pa.y);
      const distance = Math.abs(p.y - lineY);
      if (distance > worstDistance) {
        worst = i;
        worstDistance = distance;
      }
    }
    if (worst !== -1) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed area: along `upper` forward, back along `lower`. */
export function areaPath(
  upper: readonly { x: number; y: number }[],
  lower: readonly { x: number; y: number }[],
): string {
  if (upper.length === 0) return "";
  return `${linePath([...upper, ...[...lower].reverse()])} Z`;
}

/**
 * Moves labels apart so none is closer than `gap` to the next, keeping them within [top, bottom]
 * and in their original vertical order; each moves as little as a simple two-pass sweep allows.
 */
export function spreadLabels<T extends { y: number }>(
  labels: readonly T[],
  gap: number,
  top: number,
  bottom: number,
): T[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y).map((label) => ({ ...label }));
  let previous = top + gap / 2 - gap;
  for (const label of sorted) {
    label.y = Math.max(label.y, previous + gap);
    previous = label.y;
  }
  let next = bottom - gap / 2 + gap;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const label = sorted[i];
    if (label === undefined) continue;
    label.y = Math.min(label.y, next - gap);
    next = label.y;
  }
  return sorted.map((label) => ({ ...label, y: round1(label.y) }));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
