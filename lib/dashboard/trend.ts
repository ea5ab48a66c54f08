/**
 * Smoothed trend lines: a time-aware exponential moving average.
 *
 * John Walker's "The Hacker's Diet" smooths a daily weigh-in with
 *   trend(today) = trend(yesterday) + 0.1 × (weight(today) − trend(yesterday)),
 * so each day the trend closes 10% of the gap to the scale. People do not measure every day, so
 * a step of `d` days uses alpha = 1 − 0.9^d: the same as if the new value had been measured on
 * each of those `d` days. A week-long gap moves the trend about halfway (1 − 0.9^7 ≈ 0.52), half a
 * year of silence lets it jump almost all the way to the new value, and daily entries give exactly
 * the Hacker's Diet trend. The trend starts at the first value.
 *
 * Several entries on one day count as one measurement with their mean value (a step of 0 days
 * would otherwise give alpha = 0 and ignore them); each of them gets that day's trend value.
 */
import { dayNumber } from "@/lib/dates/calendar";

/** Fraction of the gap to the scale that remains after one day (Hacker's Diet: 0.9). */
export const DAILY_RETENTION = 0.9;

export type DatedValue = { date: string; value: number };

/**
 * How many days of history before a chart's range are enough for its trend line (ADR 0032). Each
 * day leaves DAILY_RETENTION of the gap between the trend and the values, whatever the entries, so
 * whatever came before this many days changes the trend in the range by at most 0.9^180 (< 10⁻⁸)
 * of the spread of the values: far below the 0.1 shown. The dashboard reads no further back.
 */
export const TREND_WARMUP_DAYS = 180;

/** alpha for a step of `days` days: 1 − retention^days, 0 for 0 days, approaching 1 for long gaps. */
export function smoothingFactor(days: number, retention = DAILY_RETENTION): number {
  return 1 - retention ** Math.max(0, days);
}

/**
 * Trend value at each point of an oldest-first series (same length and order as the input).
 * Dates must not decrease; equal dates are averaged as described above.
 */
export function exponentialTrend(points: readonly DatedValue[], retention = DAILY_RETENTION): number[] {
  const result: number[] = [];
  let trend = 0;
  let lastDay: number | null = null;
  let i = 0;
  while (i < points.length) {
    const first = points[i];
    if (first === undefined) break;
    const day = dayNumber(first.date);
    if (lastDay !== null && day < lastDay) throw new RangeError("exponentialTrend needs an oldest-first series");
    // Gather the run of entries on this day and use their mean.
    let j = i;
    let sum = 0;
    while (j < points.length && points[j]?.date === first.date) {
      sum += points[j]?.value ?? 0;
      j++;
    }
    const mean = sum / (j - i);
    trend = lastDay === null ? mean : trend + smoothingFactor(day - lastDay, retention) * (mean - trend);
    for (let k = i; k < j; k++) result.push(trend);
    lastDay = day;
    i = j;
  }
  return result;
}

/** BMI and weight trends for a series of measurements, index-aligned with it. */
export function measurementTrends(series: readonly { measuredOn: string; bmi: number; weightKg: number }[]): {
  bmi: number[];
  weightKg: number[];
} {
  return {
    bmi: exponentialTrend(series.map((entry) => ({ date: entry.measuredOn, value: entry.bmi }))),
    weightKg: exponentialTrend(series.map((entry) => ({ date: entry.measuredOn, value: entry.weightKg }))),
  };
}
