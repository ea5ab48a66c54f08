/**
 * Axis scales: "nice" value domains and ticks (steps of 1, 2, 2.5 or 5 × 10^k) and calendar date
 * ticks that read well from a month to decades. Pure numbers; chart-geometry turns them into
 * coordinates.
 */
import { dateParts, dayNumber, fromDayNumber, isoFromParts } from "@/lib/dates/calendar";
import { formatDayMonth, monthName } from "./format";

export type NiceScale = { min: number; max: number; step: number; ticks: number[]; decimals: number };

const NICE_MULTIPLIERS = [1, 2, 2.5, 5] as const;
export const MIN_TICKS = 3;
export const MAX_TICKS = 6;

/** Nice steps in increasing order around a magnitude: …, 0.5, 1, 2, 2.5, 5, 10, 20, … */
function* niceSteps(from: number): Generator<number> {
  for (let exponent = Math.floor(Math.log10(from)) - 1; ; exponent++) {
    for (const multiplier of NICE_MULTIPLIERS) yield multiplier * 10 ** exponent;
  }
}

/** Decimals needed to write multiples of a nice step exactly (2.5 → 1, 0.25 → 2, 5 → 0). */
export function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 10; decimals++) {
    if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-9) return decimals;
  }
  return 10;
}

/**
 * A padded domain with 3 to 6 nice ticks covering all values. The span is widened to at least
 * `minSpan` (a flat series still gets a readable axis) and padded by `padFraction` of it on both
 * sides so no point sits on the frame; the ends then snap outward to whole steps.
 */
export function niceScale(values: readonly number[], options: { minSpan: number; padFraction?: number }): NiceScale {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : options.minSpan;
  if (hi - lo < options.minSpan) {
    const middle = (lo + hi) / 2;
    lo = middle - options.minSpan / 2;
    hi = middle + options.minSpan / 2;
  }
  const pad = (hi - lo) * (options.padFraction ?? 0.06);
  lo -= pad;
  hi += pad;
  // The smallest nice step that needs at most MAX_TICKS ticks. The step before it needed more,
  // and nice steps grow by at most 2.5×, so this one still gives at least MIN_TICKS.
  for (const step of niceSteps((hi - lo) / MAX_TICKS)) {
    const first = Math.floor(lo / step + 1e-9);
    const last = Math.ceil(hi / step - 1e-9);
    if (last - first + 1 <= MAX_TICKS) {
      const decimals = stepDecimals(step);
      const ticks = Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toFixed(decimals)));
      return { min: first * step, max: last * step, step, ticks, decimals };
    }
  }
  throw new Error("unreachable: nice steps grow without bound");
}

export type DateTick = { date: string; label: string };

export type TickUnit =
  { kind: "day"; every: number } | { kind: "month"; every: number } | { kind: "year"; every: number };

export const TICK_UNITS: readonly TickUnit[] = [
  { kind: "day", every: 1 },
  { kind: "day", every: 2 },
  { kind: "day", every: 7 },
  { kind: "day", every: 14 },
  { kind: "month", every: 1 },
  { kind: "month", every: 2 },
  { kind: "month", every: 3 },
  { kind: "month", every: 6 },
  { kind: "year", every: 1 },
  { kind: "year", every: 2 },
  { kind: "year", every: 5 },
  { kind: "year", every: 10 },
  { kind: "year", every: 25 },
  { kind: "year", every: 50 },
];

/** 1970-01-05 was a Monday: weekly ticks fall on Mondays, fortnightly ones on every other Monday. */
const EPOCH_MONDAY = 4;

/** First day number (day units) or month index (year × 12 + month − 1) of a unit's ticks, and the last possible one. */
function tickBounds(unit: TickUnit, from: string, to: string): { first: number; last: number; step: number } {
  if (unit.kind === "day") {
    const offset = unit.every >= 7 ? EPOCH_MONDAY : 0;
    const start = dayNumber(from);
    return {
      first: start + ((((offset - start) % unit.every) + unit.every) % unit.every),
      last: dayNumber(to),
      step: unit.every,
    };
  }
  const { year, month, day } = dateParts(from);
  // First of a month (or January, for years) on a multiple of `every`, on or after `from`.
  const step = unit.kind === "month" ? unit.every : unit.every * 12;
  let first = year * 12 + (month - 1) + (day > 1 ? 1 : 0);
  first += (step - (first % step)) % step;
  const end = dateParts(to);
  // The 1st of `to`'s month is on or before `to`.
  return { first, last: end.year * 12 + (end.month - 1), step };
}

/** How many ticks tickDates would return, without building them (a long span has thousands of days). */
export function tickCount(unit: TickUnit, from: string, to: string): number {
  const { first, last, step } = tickBounds(unit, from, to);
  return first > last ? 0 : Math.floor((last - first) / step) + 1;
}

export function tickDates(unit: TickUnit, from: string, to: string): string[] {
  const { first, last, step } = tickBounds(unit, from, to);
  const dates: string[] = [];
  for (let n = first; n <= last; n += step) {
    dates.push(
      unit.kind === "day" ? fromDayNumber(n) : isoFromParts({ year: Math.floor(n / 12), month: (n % 12) + 1, day: 1 }),
    );
  }
  return dates;
}

function tickLabel(unit: TickUnit, date: string, index: number): string {
  if (unit.kind === "day") return formatDayMonth(date);
  const { year, month } = dateParts(date);
  if (unit.kind === "year") return String(year);
  // The year appears on the first tick and wherever it changes, so "Jan 2027" marks the turn.
  return index === 0 || month === 1 ? `${monthName(month)} ${year}` : monthName(month);
}

/**
 * Date ticks from `from` to `to` (inclusive): the finest of daily, weekly (Mondays), fortnightly,
 * monthly, 2/3/6-monthly or yearly that gives at most `maxTicks` ticks. Month and year ticks fall
 * on the 1st, so a "1 year" chart reads "Jan 2026 · Mar · May · …" rather than odd days. When that
 * unit leaves fewer than 2 ticks (its step jumped past the span), every k-th tick of the finer unit
 * is used instead, so an axis always has at least two labels.
 */
export function dateTicks(from: string, to: string, maxTicks: number): DateTick[] {
  // Units are counted first and only the chosen one is built: building every day of a five-year
  // span to find out it has too many ticks was most of a long chart's layout time.
  let finer: TickUnit | null = null;
  for (const unit of TICK_UNITS) {
    const count = tickCount(unit, from, to);
    if (count > maxTicks) {
      finer = unit;
      continue;
    }
    if (count >= 2 || finer === null) return labelTicks(unit, tickDates(unit, from, to));
    const dates = tickDates(finer, from, to);
    const every = Math.ceil(dates.length / maxTicks);
    return labelTicks(
      finer,
      dates.filter((_, i) => i % every === 0),
    );
  }
  return [];
}

function labelTicks(unit: TickUnit, dates: readonly string[]): DateTick[] {
  return dates.map((date, index) => ({ date, label: tickLabel(unit, date, index) }));
}
