import { dateParts } from "@/lib/dates/calendar";
import {
  formatBmi,
  formatDate,
  formatDayMonth,
  formatDays,
  formatPercentile,
  formatSigned,
  formatWeight,
  weightUnit,
  type Units,
} from "@/lib/dashboard/format";
import { shownDelta, shownWeightDelta } from "@/lib/dashboard/shown-figures";
import { LOOKBACK_DAYS, type DashboardSummary, type EntryChange } from "@/lib/dashboard/summary";
import type { MeasurementView } from "@/lib/measurements/types";
import { categoryBadge } from "./category-badge";
import { type ChangeData, type LatestCardData, LatestCardView } from "./latest-card-view";

export type LatestCardProps = {
  summary: DashboardSummary<MeasurementView>;
  units: Units;
};

/**
 * The latest BMI with its category, and how it moved since the previous entry and since the last
 * entry at least 30 days before it. Each change names its exact span and baseline date (the 30-day
 * baseline can be further back when there was no entry then), and is the difference of the figures
 * as displayed, so it agrees with the History rows. The figures are worded here, on the server;
 * a client component draws them (ADR 0024, third-pass addendum: its markup is not paid twice).
 */
export function LatestCard({ summary, units }: LatestCardProps) {
  const data = latestCardData(summary, units);
  return data ? <LatestCardView card={data} /> : null;
}

export function latestCardData(summary: DashboardSummary<MeasurementView>, units: Units): LatestCardData | null {
  const latest = summary.latest;
  if (latest === null) return null;
  const changes = [
    changeData(
      "Since your previous measurement",
      summary.sincePrevious,
      latest,
      units,
      "This is your first measurement.",
    ),
  ];
  // When the previous entry is already 30+ days back, both rows would say the same thing.
  const over30 = summary.over30Days;
  if (!(over30 && summary.sincePrevious && over30.from === summary.sincePrevious.from)) {
    changes.push(
      changeData(
        over30 ? `Over ${formatDays(over30.days)}` : `Over ${LOOKBACK_DAYS} days`,
        over30,
        latest,
        units,
        `No measurement ${LOOKBACK_DAYS} or more days before this one yet.`,
        `Compared with your last measurement at least ${LOOKBACK_DAYS} days before this one.`,
      ),
    );
  }
  return {
    iso: latest.measuredOn,
    date: formatDate(latest.measuredOn),
    ago: summary.daysSinceLatest === null ? null : ago(summary.daysSinceLatest),
    bmi: formatBmi(latest.bmi),
    badge: categoryBadge(latest),
    category: latest.categoryLabel,
    weight: formatWeight(latest.weightKg, units),
    percentile: latest.group === "child" && latest.percentile !== null ? formatPercentile(latest.percentile) : null,
    changes,
  };
}

function changeData(
  label: string,
  change: EntryChange<MeasurementView> | null,
  latest: MeasurementView,
  units: Units,
  none: string,
  note?: string,
): ChangeData {
  if (change === null) return { label, none };
  const bmi = shownDelta(change.from.bmi, latest.bmi);
  const weight = formatSigned(shownWeightDelta(change.from.weightKg, latest.weightKg, units));
  return {
    label,
    arrow: arrow(bmi),
    bmi: formatSigned(bmi),
    fromIso: change.from.measuredOn,
    from: sinceDate(change.from.measuredOn, latest.measuredOn),
    values: `${formatBmi(change.from.bmi)} → ${formatBmi(latest.bmi)}`,
    weight: `${weight} ${weightUnit(units)}`,
    over: change.days === 0 ? "the same day" : formatDays(change.days),
    ...(note ? { note } : {}),
  };
}

/**
 * Direction by the BMI change as shown, so "0.0" never gets an arrow. The words carry the meaning; the arrow is
 * decoration.
 */
function arrow(delta: number): string {
  const shown = formatSigned(delta);
  return shown.startsWith("+") ? "↑" : shown === formatSigned(0) ? "→" : "↓";
}

/** "14 Nov" within the latest entry's year, "28 Dec 2025" before it. */
function sinceDate(date: string, latestOn: string): string {
  return dateParts(date).year === dateParts(latestOn).year ? formatDayMonth(date) : formatDate(date);
}

function ago(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${formatDays(days)} ago`;
}
