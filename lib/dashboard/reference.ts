/**
 * Reference shading behind the charts: the adult healthy BMI band (WHO 18.5 to 25, or to 23 with
 * the NICE adjustment) and, for ages 2 to under 20, the CDC 5th / 85th / 95th BMI-for-age curves,
 * sampled along the date axis from the birth date and sex. A person who turns 20 inside the range
 * gets curves up to age 20 and the adult band from then on. Ages are CDC agemos, whole days /
 * 30.4375, exactly as lib/measurements/derive.ts computes them for each entry, so the switch (and
 * the start at 24 months) falls on the same day as the entries' own switch from percentile to
 * WHO class: birth + 7305 days (the calendar 20th birthday: 20 years hold 5 leap days until 2100).
 *
 * The weight chart uses the same references multiplied by height² (BMI × m² = kg): for adults the
 * latest height, so the band reads "healthy weight for your height"; for children the height
 * measured around each date (interpolated between entries), because a growing teen's healthy
 * weight moves with height as much as with age. That matches the calculator's "healthy weight for
 * this height and age" (P5 to P85 × height²).
 */
import { ADULT_HEALTHY_BMI_MIN, adultHealthyBmiMax } from "@/lib/bmi/adult";
import { childCutoffsAt } from "@/lib/bmi/child";
import { ADULT_AGE_MONTHS, MIN_AGE_MONTHS } from "@/lib/bmi/constants";
import type { Background, Sex } from "@/lib/bmi/types";
import { addDays, ageInMonths, DAYS_PER_MONTH, dayNumber, daysBetween, maxDate, minDate } from "@/lib/dates/calendar";

/** A horizontal band between two values from one date to another. */
export type BandSegment = { kind: "band"; from: string; to: string; lower: number; upper: number };

export type CurveSample = { date: string; ageMonths: number; p5: number; p85: number; p95: number };

/** Percentile curves: P5 to P85 is the healthy range, P95 the start of obesity. */
export type CurvesSegment = { kind: "curves"; from: string; to: string; samples: CurveSample[] };

export type ReferenceSegment = BandSegment | CurvesSegment;

export type ReferenceInput = {
  /** First and last date of the chart's x axis. */
  from: string;
  to: string;
  birthDate: string | null;
  sex: Sex | null;
  background: Background;
  /**
   * Without a birth date age is unknown; the group the measurement domain gave the latest entry
   * decides instead (it treats people without a birth date as adults, so that draws the band;
   * "child" or null draws nothing rather than guess).
   */
  fallbackGroup: "adult" | "child" | null;
};

/** Roughly this many samples per curve: enough for a smooth line, few enough for small markup. */
export const TARGET_SAMPLES = 60;

/** The BMI reference segments for a date span, oldest first. */
export function bmiReference(input: ReferenceInput): ReferenceSegment[] {
  const { from, to, birthDate, sex, background } = input;
  const band = (start: string): BandSegment => ({
    kind: "band",
    from: start,
    to,
    lower: ADULT_HEALTHY_BMI_MIN,
    upper: adultHealthyBmiMax(background),
  });
  if (birthDate === null) return input.fallbackGroup === "adult" ? [band(from)] : [];

  const segments: ReferenceSegment[] = [];
  const adultFrom = firstDayAtAge(birthDate, ADULT_AGE_MONTHS);
  const childFrom = maxDate(from, firstDayAtAge(birthDate, MIN_AGE_MONTHS));
  const childTo = minDate(to, adultFrom);
  // Without a sex there is no CDC curve to draw (the engine would not classify either).
  if (sex !== null && childFrom < childTo) {
    segments.push({
      kind: "curves",
      from: childFrom,
      to: childTo,
      samples: sampleCurves(birthDate, sex, childFrom, childTo),
    });
  }
  const bandFrom = maxDate(from, adultFrom);
  if (bandFrom < to || (bandFrom === to && from === to)) segments.push(band(bandFrom));
  return segments;
}

/** The first date on which agemos (days / 30.4375) reaches `months`: 20 years is birth + 7305 days. */
export function firstDayAtAge(birthDate: string, months: number): string {
  return addDays(birthDate, Math.ceil(months * DAYS_PER_MONTH));
}

/** CDC cut-offs at evenly spaced dates from `from` to `to`, both included. */
export function sampleCurves(birthDate: string, sex: Sex, from: string, to: string): CurveSample[] {
  const span = daysBetween(from, to);
  const step = Math.max(1, Math.ceil(span / TARGET_SAMPLES));
  const samples: CurveSample[] = [];
  for (let offset = 0; ; offset = Math.min(offset + step, span)) {
    const date = addDays(from, offset);
    // Between 24 and 240 by construction; the clamp only guards the CDC table's bounds.
    const ageMonths = Math.min(ADULT_AGE_MONTHS, Math.max(MIN_AGE_MONTHS, ageInMonths(birthDate, date)));
    const cut = childCutoffsAt(ageMonths, sex);
    samples.push({ date, ageMonths, p5: cut.p5, p85: cut.p85, p95: cut.p95 });
    if (offset >= span) break;
  }
  return samples;
}

/** Applies `scale(value, date)` to every reference value (BMI to kg or lb, for the weight chart). */
export function mapReference(
  segments: readonly ReferenceSegment[],
  scale: (value: number, date: string) => number,
): ReferenceSegment[] {
  return segments.map((segment) =>
    segment.kind === "band"
      ? { ...segment, lower: scale(segment.lower, segment.to), upper: scale(segment.upper, segment.to) }
      : {
          ...segment,
          samples: segment.samples.map((s) => ({
            ...s,
            p5: scale(s.p5, s.date),
            p85: scale(s.p85, s.date),
            p95: scale(s.p95, s.date),
          })),
        },
  );
}

/**
 * Height on a date from an oldest-first series: linear between the entries around it, flat
 * before the first and after the last. Null when no entry has a height.
 */
export function heightOn(entries: readonly { measuredOn: string; heightCm: number }[], date: string): number | null {
  return heightLookup(entries)(date);
}

/**
 * heightOn for many dates of one series: the day numbers are read once and each date is found by
 * binary search, so sampling a teenager's curves costs O(samples × log entries), not
 * O(samples × entries) (a 2,000-entry history made that tens of milliseconds per chart).
 */
export function heightLookup(
  entries: readonly { measuredOn: string; heightCm: number }[],
): (date: string) => number | null {
  const days = entries.map((entry) => dayNumber(entry.measuredOn));
  const heights = entries.map((entry) => entry.heightCm);
  return (date) => {
    const day = dayNumber(date);
    // The last entry on or before the day (-1 when all are later).
    let lo = -1;
    let hi = days.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] ?? Infinity) <= day) lo = mid;
      else hi = mid;
    }
    const before = heights[lo];
    const after = heights[lo + 1];
    if (before === undefined) return after ?? null;
    if (after === undefined) return before;
    const beforeDay = days[lo] ?? day;
    const afterDay = days[lo + 1] ?? day;
    return before + ((day - beforeDay) / (afterDay - beforeDay)) * (after - before);
  };
}

/** BMI × height² in kg: the weight that has that BMI at that height. */
export function weightAtBmi(bmi: number, heightCm: number): number {
  const metres = heightCm / 100;
  return bmi * metres * metres;
}
