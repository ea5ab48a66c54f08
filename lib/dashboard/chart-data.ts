/**
 * What one trend chart shows, in display units: the entries in the range with their trend, the
 * reference shading, the goal line and an accessible one-sentence summary. The BMI and weight
 * charts differ only here; chart-geometry and the component are the same for both.
 */
import { ADULT_HEALTHY_BMI_MIN, adultHealthyBmiMax } from "@/lib/bmi/adult";
import type { MeasurementView } from "@/lib/measurements/types";
import type { Profile } from "@/lib/profile/types";
import { ADULT_AGE_MONTHS } from "@/lib/bmi/constants";
import { addDays, daysBetween, maxDate } from "@/lib/dates/calendar";
import { displayPoints, type DisplayPoint, type Period } from "./downsample";
import {
  formatCount,
  formatDate,
  formatDatePair,
  formatHeight,
  formatNumber,
  weightIn,
  weightUnit,
  type Units,
} from "./format";
import { RANGE_LABELS, rangeStart, type ChartRange } from "./ranges";
import {
  bmiReference,
  firstDayAtAge,
  heightLookup,
  mapReference,
  weightAtBmi,
  type ReferenceSegment,
} from "./reference";
import { exponentialTrend } from "./trend";

export type ChartMetric = "bmi" | "weight";

export type ChartPoint = { id: string; date: string; value: number; trend: number };

export type ChartSpec = {
  metric: ChartMetric;
  title: string;
  /** Axis unit: "kg/m²", "kg" or "lb". */
  unit: string;
  /** Value decimals in text (the data table, the summary). */
  decimals: number;
  /**
   * Entries in the range, oldest first, in display units. Exact: the trend line, the latest point
   * and the summary use these.
   */
  points: ChartPoint[];
  /**
   * What the dots and the "Show the numbers" table show: every entry (period null), or means per
   * week, month or year when the range holds more than MAX_ENTRY_POINTS entries (./downsample).
   */
  period: Period | null;
  display: DisplayPoint[];
  reference: ReferenceSegment[];
  goal: number | null;
  /** The x axis, inclusive. */
  from: string;
  to: string;
  /** Smallest y span, so a flat series still gets a readable axis. */
  minSpan: number;
  /** The day agemos reaches 240 when inside the x axis (curves give way to the adult band there). */
  adultFrom: string | null;
  /** One sentence for screen readers: the role="img" label. */
  summary: string;
  /** Plain words for what the shading and lines mean, shown under the chart. */
  referenceNote: string | null;
};

export type ChartInput = {
  metric: ChartMetric;
  /** The person's whole history, oldest first: the trend and the "all" range need it. */
  series: readonly MeasurementView[];
  profile: Pick<Profile, "birthDate" | "sex" | "background" | "units" | "goalWeightKg" | "heightCm">;
  range: ChartRange;
  today: string;
};

/** A range never spans less than this, so a single entry sits in a readable frame. */
export const MIN_SPAN_DAYS = 14;

export function buildChartSpec({ metric, series: input, profile, range, today }: ChartInput): ChartSpec {
  // Stable sort: the trend needs oldest-first, and a caller's newest-first page must not break it.
  const series = [...input].sort((a, b) => (a.measuredOn < b.measuredOn ? -1 : a.measuredOn > b.measuredOn ? 1 : 0));
  const isWeight = metric === "weight";
  // Only this chart's metric: the other chart computes its own.
  const trends = exponentialTrend(
    series.map((entry) => ({ date: entry.measuredOn, value: isWeight ? entry.weightKg : entry.bmi })),
  );
  const toDisplay = (kg: number) => weightIn(kg, profile.units);
  const start = rangeStart(range, today);
  const points: ChartPoint[] = [];
  series.forEach((entry, i) => {
    if (start !== null && entry.measuredOn < start) return;
    const trend = trends[i];
    if (trend === undefined) return;
    points.push({
      id: entry.id,
      date: entry.measuredOn,
      value: isWeight ? toDisplay(entry.weightKg) : entry.bmi,
      trend: isWeight ? toDisplay(trend) : trend,
    });
  });

  const last = series.at(-1);
  const to = maxDate(today, last?.measuredOn ?? today);
  let from = start ?? series[0]?.measuredOn ?? addDays(to, -90);
  if (daysBetween(from, to) < MIN_SPAN_DAYS) from = addDays(to, -MIN_SPAN_DAYS);

  const bmiRef = bmiReference({
    from,
    to,
    birthDate: profile.birthDate,
    sex: profile.sex,
    background: profile.background,
    // lib/measurements treats a profile without a birth date as an adult: match it.
    fallbackGroup: last?.group ?? "adult",
  });
  const latestHeight = last?.heightCm ?? profile.heightCm;
  let reference: ReferenceSegment[] = bmiRef;
  if (isWeight) {
    // Built once: a lookup per curve sample would otherwise walk the whole history each time.
    const heightAt = heightLookup(series);
    reference =
      latestHeight === null
        ? []
        : bmiRef.flatMap((segment) =>
            // Adults: the latest height. Children: the height around each date (see reference.ts).
            mapReference([segment], (bmi, date) =>
              toDisplay(weightAtBmi(bmi, segment.kind === "band" ? latestHeight : (heightAt(date) ?? latestHeight))),
            ),
          );
  }

  const unit = isWeight ? weightUnit(profile.units) : "kg/m²";
  const title = isWeight ? "Weight" : "BMI";
  const goal = isWeight && profile.goalWeightKg !== null ? toDisplay(profile.goalWeightKg) : null;
  const turns20 = profile.birthDate ? firstDayAtAge(profile.birthDate, ADULT_AGE_MONTHS) : null;
  const adultFrom = turns20 !== null && turns20 > from && turns20 <= to && reference.length > 1 ? turns20 : null;
  const { period, points: display } = displayPoints(points, from, to);
  const spec = {
    metric,
    title,
    unit,
    decimals: 1,
    points,
    period,
    display,
    reference,
    goal,
    from,
    to,
    adultFrom,
    minSpan: isWeight ? (profile.units === "us" ? 8 : 4) : 2,
  };
  return {
    ...spec,
    summary: summarySentence(spec, range),
    referenceNote: referenceNote(spec, {
      heightCm: latestHeight,
      units: profile.units,
      healthyBmiMax: adultHealthyBmiMax(profile.background),
    }),
  };
}

type SpecCore = Omit<ChartSpec, "summary" | "referenceNote">;

function valueText(spec: SpecCore, value: number): string {
  return spec.metric === "weight"
    ? `${formatNumber(value, spec.decimals)} ${spec.unit}`
    : formatNumber(value, spec.decimals);
}

/** Plural adjective for a period: "weekly", "monthly", "yearly". */
export const PERIOD_ADJECTIVE: Readonly<Record<Period, string>> = { week: "weekly", month: "monthly", year: "yearly" };

/**
 * "BMI from 24.1 to 23.2 between 3 Aug and 21 Nov 2026 (12 entries; trend 23.4)." Always from
 * the exact entries, also when the dots are period means (the sentence then says so).
 */
export function summarySentence(spec: SpecCore, range: ChartRange): string {
  const first = spec.points[0];
  const last = spec.points.at(-1);
  if (first === undefined || last === undefined) {
    const what = spec.metric === "bmi" ? "BMI" : "weight";
    return range === "all" ? `No ${what} measurements yet.` : `No ${what} measurements in ${RANGE_LABELS[range].long}.`;
  }
  const goal = spec.goal === null ? "" : ` Goal ${valueText(spec, spec.goal)}.`;
  if (first === last) return `${spec.title} ${valueText(spec, last.value)} on ${formatDate(last.date)}.${goal}`;
  return (
    `${spec.title} from ${valueText(spec, first.value)} to ${valueText(spec, last.value)} between ` +
    `${formatDatePair(first.date, last.date)} ` +
    `(${formatCount(spec.points.length)} ` +
    `measurements${spec.period === null ? "" : `, drawn as ${PERIOD_ADJECTIVE[spec.period]} means`}; trend ` +
    `${valueText(spec, last.trend)}).${goal}`
  );
}

/** What the reference shading means, in words ("Shaded is the adult healthy BMI range, 18.5 to 25."). */
export function referenceNote(
  spec: SpecCore,
  context: { heightCm: number | null; units: Units; healthyBmiMax: number },
): string | null {
  const parts = spec.reference.map((segment) => {
    if (segment.kind === "curves") {
      const what =
        spec.metric === "weight"
          ? "weight for height at the CDC 5th, 85th and 95th BMI-for-age percentiles"
          : "CDC 5th, 85th and 95th BMI-for-age percentiles";
      return `lines show the ${what}; shaded between the 5th and 85th is the healthy range`;
    }
    if (spec.metric !== "weight") return `shaded is the adult healthy BMI range, ${segment.lower} to ${segment.upper}`;
    const band = `${formatNumber(segment.lower, 1)} to ${formatNumber(segment.upper, 1)}`;
    // The weight band is the BMI band times height²: name both so the numbers can be checked.
    const height = context.heightCm === null ? "your height" : formatHeight(context.heightCm, context.units);
    return (
      `shaded is a healthy weight for ${height}, ${band} ${spec.unit} (BMI ${ADULT_HEALTHY_BMI_MIN} to ` +
      `${context.healthyBmiMax})`
    );
  });
  if (parts.length === 0) return null;
  const text = spec.adultFrom
    ? `until age 20 (${formatDate(spec.adultFrom)}) ${parts.join("; from then on ")}.`
    : `${parts.join("; ")}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
