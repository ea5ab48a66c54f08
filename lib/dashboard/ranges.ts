/** The chart ranges the dashboard offers, read from `?range=`. */
import { addDays, addYears } from "@/lib/dates/calendar";

export type ChartRange = "30d" | "90d" | "1y" | "all";

export const CHART_RANGES: readonly ChartRange[] = ["30d", "90d", "1y", "all"];
export const DEFAULT_RANGE: ChartRange = "90d";

/** Short tab text and the phrase used in sentences ("No measurements in the last 30 days"). */
export const RANGE_LABELS: Readonly<Record<ChartRange, { short: string; long: string }>> = {
  "30d": { short: "30 days", long: "the last 30 days" },
  "90d": { short: "90 days", long: "the last 90 days" },
  "1y": { short: "1 year", long: "the last year" },
  all: { short: "All", long: "all time" },
};

function isChartRange(value: unknown): value is ChartRange {
  return typeof value === "string" && (CHART_RANGES as readonly string[]).includes(value);
}

/**
 * Reads a search-param value (string, string[] or undefined in Next.js). A repeated param uses
 * its first value; anything unknown falls back to the default rather than erroring, since the
 * value comes from a URL anyone can edit.
 */
export function parseRange(value: unknown): ChartRange {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return isChartRange(first) ? first : DEFAULT_RANGE;
}

/**
 * First date shown (inclusive), or null for "all". "1y" goes back one calendar year (29 Feb
 * becomes 28 Feb), which is what "the last year" means to people; the day ranges count days.
 */
export function rangeStart(range: ChartRange, today: string): string | null {
  switch (range) {
    case "30d":
      return addDays(today, -30);
    case "90d":
      return addDays(today, -90);
    case "1y":
      return addYears(today, -1);
    case "all":
      return null;
  }
}

/**
 * The entries of an oldest-first series from the range's start on. Later dates are kept: an entry
 * made "tomorrow" by a time-zone difference still belongs on the chart.
 */
export function filterToRange<T extends { measuredOn: string }>(
  series: readonly T[],
  range: ChartRange,
  today: string,
): T[] {
  const start = rangeStart(range, today);
  return start === null ? [...series] : series.filter((entry) => entry.measuredOn >= start);
}
