// A chart's dots as one compact series (issue 10, ADR 0024 addenda): each dot's place, date and
// figures travel once, as small whole-number steps, and the browser builds from them the thin
// line, the dots, the pointer's labels and the "Show the numbers" rows. Before, the same
// coordinates went three times (line, dots, targets) and every label and table cell as its own
// preformatted string. Pure: shared by the server (which fills it) and the client components.
import { addDays } from "@/lib/dates/calendar";
import { formatDate, formatMonthYear, formatNumber } from "@/lib/dashboard/format";
import type { Period } from "@/lib/dashboard/downsample";
import type { PointerPoint } from "./chart-pointer";

export type ChartSeries = {
  metric: "bmi" | "weight";
  unit: string;
  decimals: number;
  /** Null: one dot per measurement; otherwise period means. */
  period: Period | null;
  /** The dates are days after this one (ISO): a few bytes each instead of a quoted date. */
  day0: string;
  /** Days from `day0` to the range's last day: a dot's x is its day's share of them (percent, 2 decimals). */
  span: number;
  /*
   * Per dot, oldest first, each list as steps (see packSteps): the first item, then each one's
   * difference from the one before, in whole units of its precision. Neighbouring dots are close
   * in date, height and value, so the steps are one or two digits where the figures were four or five.
   */
  /** The dot's date, as days after `day0`. */
  d: number[];
  /** Its height, in tenths of a CSS px from the plot's top. */
  y: number[];
  /** The value, and the trend as it is shown (rounded to `decimals`), in display units of the last decimal. */
  v: number[];
  t: number[];
  /** Period means only (else empty): the period's first day (days after `day0`, as steps) and its count. */
  s: number[];
  n: number[];
  /** The dot drawn as the latest measurement instead (-1 when none coincides). */
  skip: number;
  /** The latest measurement's place and label (its own dot, last for the pointer). */
  latest: { x: number; y: number; label: string } | null;
};

/** The series' dots as figures: x in percent (2 decimals), y in px (1 decimal), day, value, trend, period start. */
export type Dots = { x: number[]; y: number[]; d: number[]; v: number[]; t: number[]; s: number[] };

/** Values with `decimals` decimals as steps in whole units of the last decimal: [62.3, 62.5, 62.4] → [623, 2, -1]. */
export function packSteps(values: readonly number[], decimals: number): number[] {
  const factor = 10 ** decimals;
  let previous = 0;
  return values.map((value) => {
    const whole = Math.round(value * factor);
    const step = whole - previous;
    previous = whole;
    return step;
  });
}

/** The values again: [623, 2, -1] → [62.3, 62.5, 62.4] (the same numbers as parsing "62.3", "62.5", "62.4"). */
export function unpackSteps(steps: readonly number[], decimals: number): number[] {
  const factor = 10 ** decimals;
  let whole = 0;
  return steps.map((step) => {
    whole += step;
    return whole / factor;
  });
}

const unpacked = new WeakMap<ChartSeries, Dots>();

/** The dots' figures (computed once per series object). */
export function seriesDots(series: ChartSeries): Dots {
  const known = unpacked.get(series);
  if (known) return known;
  const d = unpackSteps(series.d, 0);
  // As lib/dashboard/chart-geometry places them: the same operations, so the same numbers.
  const x = d.map((day) => {
    const percent = (day / series.span) * 100;
    return Math.round(percent * 100) / 100;
  });
  const dots = {
    x,
    y: unpackSteps(series.y, 1),
    d,
    v: unpackSteps(series.v, series.decimals),
    t: unpackSteps(series.t, series.decimals),
    s: unpackSteps(series.s, 0),
  };
  unpacked.set(series, dots);
  return dots;
}

/** The period's name: "3 Nov 2026" (a week's Monday), "Nov 2026" or "2026". */
export function periodName(start: string, period: Period): string {
  if (period === "week") return formatDate(start);
  return period === "month" ? formatMonthYear(start) : start.slice(0, 4);
}

function valueText(series: ChartSeries, value: number): string {
  return `${formatNumber(value, series.decimals)}${series.metric === "weight" ? ` ${series.unit}` : ""}`;
}

/** Dot `i`'s label: "21 Nov 2026: 82.4 kg", or "Week of 3 Nov 2026: mean 82.4 kg (5 measurements)". */
export function dotLabel(series: ChartSeries, i: number): string {
  const dots = seriesDots(series);
  const what = series.metric === "bmi" ? "BMI " : "";
  const value = valueText(series, dots.v[i]!);
  const count = series.n[i] ?? 1;
  if (series.period !== null && count > 1) {
    const name = periodName(addDays(series.day0, dots.s[i]!), series.period);
    return `${series.period === "week" ? `Week of ${name}` : name}: mean ${what}${value} (${count} measurements)`;
  }
  return `${formatDate(addDays(series.day0, dots.d[i]!))}: ${what}${value}`;
}

const X_SCALE = 10; // percent → the paths' 0–1000 viewBox units

/** Tenths as the shortest SVG number: 1256 → "125.6", -3 → "-.3", 140 → "14". */
function tenths(value: number): string {
  const text = (Math.abs(value) / 10).toString().replace(/^0\./, ".");
  return value < 0 ? `-${text}` : text;
}

/** A coordinate pair (x whole, y in tenths) after a command or a pair: a space only where no sign separates. */
function pair(dx: number, dy: number, first: boolean): string {
  const x = String(dx);
  const y = tenths(dy);
  return `${first || dx < 0 ? "" : " "}${x}${y.startsWith("-") ? "" : " "}${y}`;
}

/*
 * Paths in relative coordinates, x in whole viewBox units ("l11-14" instead of " L111.1 97.6"):
 * half the bytes for the same drawing (issue 10). A viewBox unit is a thousandth of the plot's
 * width, under half a pixel on any screen, so rounding x to it moves nothing visibly; y keeps its
 * tenth of a pixel. The steps are taken between the rounded absolute points, so rounding never
 * accumulates.
 */

/** Points (viewBox units) as a polyline: "M0 125.6l11-14 11-14". */
export function relativeLine(points: readonly (readonly [number, number])[]): string {
  let path = "";
  let [px, py] = [0, 0];
  for (const [index, [x, y]] of points.entries()) {
    const [tx, ty] = [Math.round(x), Math.round(y * 10)];
    const step = index === 0 ? `M${pair(tx, ty, true)}` : pair(tx - px, ty - py, index === 1);
    path += index === 1 ? `l${step}` : step;
    [px, py] = [tx, ty];
  }
  return path;
}

/** An absolute "M x y L x y … [Z]" path (lib/dashboard/chart-geometry's linePath) in relative form. */
export function relativePath(path: string): string {
  const numbers = path.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  return `${relativeLine(points)}${/Z\s*$/.test(path) ? "z" : ""}`;
}

/**
 * The thin line through every dot ("" for fewer than two) and the dots but the skipped one, as one
 * path of zero-length segments ("M0 125.6h0m11-14h0").
 */
export function seriesPaths(series: ChartSeries): { linePath: string; dotPath: string } {
  const dots = seriesDots(series);
  const points = dots.x.map((x, i) => [x * X_SCALE, dots.y[i]!] as const);
  const linePath = points.length > 1 ? relativeLine(points) : "";
  let dotPath = "";
  let last: readonly [number, number] | null = null;
  for (const [i, [x, y]] of points.entries()) {
    if (i === series.skip) continue;
    const [tx, ty] = [Math.round(x), Math.round(y * 10)];
    dotPath += last === null ? `M${pair(tx, ty, true)}h0` : `m${pair(tx - last[0], ty - last[1], true)}h0`;
    last = [tx, ty];
  }
  return { linePath, dotPath };
}

/** What the pointer reaches, in x order: every dot, the latest measurement last. */
export function seriesTargets(series: ChartSeries): PointerPoint[] {
  const { x, y } = seriesDots(series);
  const targets: PointerPoint[] = [];
  for (let i = 0; i < x.length; i += 1)
    if (i !== series.skip) targets.push({ x: x[i]!, y: y[i]!, label: dotLabel(series, i) });
  if (series.latest) targets.push(series.latest);
  return targets;
}

/** The numbers table's rows, newest first: date or period, value, [count,] trend. */
export function seriesRows(series: ChartSeries): string[][] {
  const dots = seriesDots(series);
  const rows: string[][] = [];
  for (let i = dots.x.length - 1; i >= 0; i -= 1) {
    const period = series.period;
    rows.push([
      period === null
        ? formatDate(addDays(series.day0, dots.d[i]!))
        : periodName(addDays(series.day0, dots.s[i]!), period),
      formatNumber(dots.v[i]!, series.decimals),
      ...(period === null ? [] : [String(series.n[i])]),
      formatNumber(dots.t[i]!, series.decimals),
    ]);
  }
  return rows;
}
