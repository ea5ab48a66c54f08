/**
 * What a long range draws as dots: every entry while there are few enough to tell apart, means
 * per calendar week, month or year beyond that. Two thousand daily weigh-ins on a 300-pixel-wide
 * phone chart are a smear of overlapping circles (and thousands of SVG elements and table rows
 * to send); 66 monthly means read as a shape. Only the dots and the "Show the numbers" table use
 * the means: the trend line, the latest entry and the chart's spoken summary stay exact, and the
 * History table still lists every entry.
 */
import { dateParts, dayNumber, fromDayNumber, isoFromParts } from "@/lib/dates/calendar";

export type Period = "week" | "month" | "year";

/** A range with more entries than this draws period means instead of entries. */
export const MAX_ENTRY_POINTS = 180;
/** The finest period that gives at most this many means is used. */
export const MAX_PERIOD_POINTS = 120;

const PERIODS: readonly Period[] = ["week", "month", "year"];

/** One dot of a chart and one row of its numbers table: an entry, or the mean of a period. */
export type DisplayPoint = {
  /** Stable key: the entry's id, or "month:2026-08-01". */
  id: string;
  /** Where the dot sits: the entry's date, or the mean date of the period's entries. */
  date: string;
  /** The entry's value, or the mean of the period's values. */
  value: number;
  /** The trend at the entry, or at the period's last entry. */
  trend: number;
  /** Entries behind the point (1 for an entry). */
  count: number;
  /** First and last entry date behind the point (both the entry's date for an entry). */
  first: string;
  last: string;
  /** First day of the calendar period (Monday, the 1st, 1 January); the entry's date for an entry. */
  start: string;
};

/** A point of a chart series, oldest first (see ChartPoint). */
export type SeriesPoint = { id: string; date: string; value: number; trend: number };

/** The first day of the calendar period holding `date`: ISO weeks start on Monday. */
export function periodStart(date: string, period: Period): string {
  if (period === "week") {
    const day = dayNumber(date);
    // Day 0 (1 Jan 1970) was a Thursday: (day + 3) mod 7 counts days since Monday.
    return fromDayNumber(day - ((((day + 3) % 7) + 7) % 7));
  }
  const { year, month } = dateParts(date);
  return isoFromParts({ year, month: period === "month" ? month : 1, day: 1 });
}

/** How many calendar periods the dates from `from` to `to` (inclusive) touch. */
export function periodCount(from: string, to: string, period: Period): number {
  if (to < from) return 0;
  if (period === "week") return (dayNumber(periodStart(to, "week")) - dayNumber(periodStart(from, "week"))) / 7 + 1;
  const a = dateParts(from);
  const b = dateParts(to);
  return period === "year" ? b.year - a.year + 1 : (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/**
 * Null (draw every entry) for up to MAX_ENTRY_POINTS entries; otherwise the finest period that
 * splits the axis from `from` to `to` into at most MAX_PERIOD_POINTS periods (years at worst).
 */
export function choosePeriod(entryCount: number, from: string, to: string): Period | null {
  if (entryCount <= MAX_ENTRY_POINTS) return null;
  return PERIODS.find((period) => periodCount(from, to, period) <= MAX_PERIOD_POINTS) ?? "year";
}

/** Each entry as its own point. */
export function entryPoints(points: readonly SeriesPoint[]): DisplayPoint[] {
  return points.map((p) => ({
    id: p.id,
    date: p.date,
    value: p.value,
    trend: p.trend,
    count: 1,
    first: p.date,
    last: p.date,
    start: p.date,
  }));
}

/**
 * Means per calendar period of an oldest-first series, oldest first; periods without entries are
 * skipped. The value is the plain mean of the entries' values (in display units), the date the
 * mean of their dates rounded to a day (so a week of daily entries sits mid-week and a month with
 * one late entry sits on it), the trend the trend at the period's last entry.
 */
export function periodMeans(points: readonly SeriesPoint[], period: Period): DisplayPoint[] {
  const result: DisplayPoint[] = [];
  let i = 0;
  while (i < points.length) {
    const head = points[i];
    if (head === undefined) break;
    const start = periodStart(head.date, period);
    let sumValue = 0;
    let sumDay = 0;
    let j = i;
    let tail = head;
    // Dates are oldest first, so a period's entries are consecutive.
    for (let p = points[j]; p !== undefined && periodStart(p.date, period) === start; p = points[++j]) {
      sumValue += p.value;
      sumDay += dayNumber(p.date);
      tail = p;
    }
    const count = j - i;
    result.push({
      id: `${period}:${start}`,
      date: fromDayNumber(Math.round(sumDay / count)),
      value: sumValue / count,
      trend: tail.trend,
      count,
      first: head.date,
      last: tail.date,
      start,
    });
    i = j;
  }
  return result;
}

/** The dots for a chart: its entries, or period means when there are too many (see choosePeriod). */
export function displayPoints(
  points: readonly SeriesPoint[],
  from: string,
  to: string,
): { period: Period | null; points: DisplayPoint[] } {
  const period = choosePeriod(points.length, from, to);
  return { period, points: period === null ? entryPoints(points) : periodMeans(points, period) };
}
