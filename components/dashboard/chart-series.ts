// A chart's dots as one compact series (issue 10, ADR 0024 addendum): each dot's place, date and
// figures travel once, as plain numbers and ISO dates, and the browser builds from them the thin
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
  /** Per dot, oldest first: x in percent of the plot (2 decimals), y in CSS px (1 decimal). */
  x: number[];
  y: number[];
  /** The dates are days after this one (ISO): a few bytes each instead of a quoted date. */
  day0: string;
  /** The dot's date, as days after `day0`. */
  d: number[];
  /** The value, and the trend as it is shown (rounded to `decimals`), in display units. */
  v: number[];
  t: number[];
  /** Period means only (else empty): the period's first day (days after `day0`) and its count of measurements. */
  s: number[];
  n: number[];
  /** The dot drawn as the latest measurement instead (-1 when none coincides). */
  skip: number;
  /** The latest measurement's place and label (its own dot, last for the pointer). */
  latest: { x: number; y: number; label: string } | null;
};

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
  const what = series.metric === "bmi" ? "BMI " : "";
  const value = valueText(series, series.v[i]!);
  const count = series.n[i] ?? 1;
  if (series.period !== null && count > 1) {
    const name = periodName(addDays(series.day0, series.s[i]!), series.period);
    return `${series.period === "week" ? `Week of ${name}` : name}: mean ${what}${value} (${count} measurements)`;
  }
  return `${formatDate(addDays(series.day0, series.d[i]!))}: ${what}${value}`;
}

const X_SCALE = 10; // percent → the paths' 0–1000 viewBox units

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The thin line through every dot ("" for fewer than two) and the dots but the skipped one, as one path. */
export function seriesPaths(series: ChartSeries): { linePath: string; dotPath: string } {
  const at = (i: number) => `${round1(series.x[i]! * X_SCALE)} ${series.y[i]}`;
  let linePath = "";
  let dotPath = "";
  for (let i = 0; i < series.x.length; i += 1) {
    if (series.x.length > 1) linePath += `${i === 0 ? "M" : " L"}${at(i)}`;
    if (i !== series.skip) dotPath += `M${at(i)}h0`;
  }
  return { linePath, dotPath };
}

/** What the pointer reaches, in x order: every dot, the latest measurement last. */
export function seriesTargets(series: ChartSeries): PointerPoint[] {
  const targets: PointerPoint[] = [];
  for (let i = 0; i < series.x.length; i += 1)
    if (i !== series.skip) targets.push({ x: series.x[i]!, y: series.y[i]!, label: dotLabel(series, i) });
  if (series.latest) targets.push(series.latest);
  return targets;
}

/** The numbers table's rows, newest first: date or period, value, [count,] trend. */
export function seriesRows(series: ChartSeries): string[][] {
  const rows: string[][] = [];
  for (let i = series.x.length - 1; i >= 0; i -= 1) {
    const period = series.period;
    rows.push([
      period === null
        ? formatDate(addDays(series.day0, series.d[i]!))
        : periodName(addDays(series.day0, series.s[i]!), period),
      formatNumber(series.v[i]!, series.decimals),
      ...(period === null ? [] : [String(series.n[i])]),
      formatNumber(series.t[i]!, series.decimals),
    ]);
  }
  return rows;
}
