/**
 * Display formatting for the dashboard. Dates are formatted from their "YYYY-MM-DD" parts, never
 * through a local Date, so no time zone can move "21 Nov 2026" to the 20th.
 */
import { cmToFtIn, cmToIn, kgToLb } from "@/lib/bmi/units";
import { ordinal, round, roundPercentile } from "@/lib/bmi/format";
import { dateParts } from "@/lib/dates/calendar";

export type Units = "metric" | "us";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
/** U+2212: a real minus sign, the width of "+", read as "minus" by screen readers. */
export const MINUS = "\u2212";

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? "";
}

/** "21 Nov 2026". */
export function formatDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** "21 Nov" (when the year is obvious from the context). */
export function formatDayMonth(iso: string): string {
  const { month, day } = dateParts(iso);
  return `${day} ${monthName(month)}`;
}

/** "3 Aug and 21 Nov 2026", or "3 Aug 2025 and 21 Nov 2026" across years. */
export function formatDatePair(from: string, to: string, joiner = "and"): string {
  const sameYear = dateParts(from).year === dateParts(to).year;
  return `${sameYear ? formatDayMonth(from) : formatDate(from)} ${joiner} ${formatDate(to)}`;
}

/** Fixed decimals, rounding half away from zero, never "-0.0". */
export function formatNumber(value: number, decimals = 1): string {
  const rounded = round(value, decimals);
  return (rounded === 0 ? 0 : rounded).toFixed(decimals).replace("-", MINUS);
}

/** "+0.4", "−0.4", "0.0": the sign follows the rounded value, so a tiny change never reads "−0.0". */
export function formatSigned(value: number, decimals = 1): string {
  const rounded = round(value, decimals);
  if (rounded === 0) return (0).toFixed(decimals);
  return `${rounded > 0 ? "+" : MINUS}${Math.abs(rounded).toFixed(decimals)}`;
}

export function weightUnit(units: Units): "kg" | "lb" {
  return units === "us" ? "lb" : "kg";
}

/** A weight in the person's units, unrounded (for charts and sums). */
export function weightIn(kg: number, units: Units): number {
  return units === "us" ? kgToLb(kg) : kg;
}

/** "82.4 kg" / "181.7 lb". */
export function formatWeight(kg: number, units: Units): string {
  return `${formatNumber(weightIn(kg, units), 1)} ${weightUnit(units)}`;
}

/** "+0.8 kg" / "−1.8 lb": a weight difference (no offset, so plain scaling converts it). */
export function formatWeightDelta(kg: number, units: Units): string {
  return `${formatSigned(weightIn(kg, units), 1)} ${weightUnit(units)}`;
}

export function formatBmi(bmi: number): string {
  return formatNumber(bmi, 1);
}

/** "178 cm" / "5 ft 10 in" ("5 ft 10.5 in" when not whole: growth in teens is tracked by the half inch). */
export function formatHeight(cm: number, units: Units): string {
  if (units === "us") {
    const { ft, in: inches } = cmToFtIn(cm, 1);
    return `${ft} ft ${trimZero(inches.toFixed(1))} in`;
  }
  return `${trimZero(formatNumber(cm, 1))} cm`;
}

/** A body length such as a waist: "84 cm" / "33.1 in". */
export function formatLength(cm: number, units: Units): string {
  return units === "us" ? `${trimZero(formatNumber(cmToIn(cm), 1))} in` : `${trimZero(formatNumber(cm, 1))} cm`;
}

/** "85.3rd", "99.77th": the same rounding as the calculator (never 0th or 100th). */
export function formatPercentileOrdinal(percentile: number): string {
  const shown = roundPercentile(percentile);
  return ordinal(shown.toFixed(percentile >= 99 ? 2 : 1));
}

/** "85.3rd percentile". */
export function formatPercentile(percentile: number): string {
  return `${formatPercentileOrdinal(percentile)} percentile`;
}

/** "2,000": a count with thousands separators. */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "Aug 2026". */
export function formatMonthYear(iso: string): string {
  const { year, month } = dateParts(iso);
  return `${monthName(month)} ${year}`;
}

/** "1 day", "12 days". */
export function formatDays(days: number): string {
  return `${days} day${days === 1 ? "" : "s"}`;
}

function trimZero(text: string): string {
  return text.endsWith(".0") ? text.slice(0, -2) : text;
}
