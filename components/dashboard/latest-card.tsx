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

export type LatestCardProps = {
  summary: DashboardSummary<MeasurementView>;
  units: Units;
};

/**
 * The latest BMI with its category, and how it moved since the previous entry and since the last
 * entry at least 30 days before it. Each change names its exact span and baseline date (the 30-day
 * baseline can be further back when there was no entry then), and is the difference of the figures
 * as displayed, so it agrees with the History rows.
 */
export function LatestCard({ summary, units }: LatestCardProps) {
  const latest = summary.latest;
  if (latest === null) return null;
  const badge = categoryBadge(latest);

  return (
    <section
      aria-labelledby="latest-heading"
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id="latest-heading" className="text-sm font-medium uppercase tracking-wide text-stone-500">
          Latest BMI
        </h2>
        <p className="text-sm text-stone-600">
          <time dateTime={latest.measuredOn}>{formatDate(latest.measuredOn)}</time>
          {summary.daysSinceLatest !== null ? (
            <span className="text-stone-500"> · {ago(summary.daysSinceLatest)}</span>
          ) : null}
        </p>
      </div>

      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="flex items-baseline gap-2">
          <span className="text-5xl font-bold tabular-nums text-stone-900">{formatBmi(latest.bmi)}</span>
          <span className="text-sm text-stone-500">kg/m²</span>
        </p>
        <p className={`rounded-full px-3 py-1 text-sm font-semibold ring-1 ${badge}`}>{latest.categoryLabel}</p>
      </div>

      <p className="mt-2 text-sm text-stone-700">
        Weight <span className="font-semibold tabular-nums text-stone-900">{formatWeight(latest.weightKg, units)}</span>
        {latest.group === "child" && latest.percentile !== null ? (
          <>
            {" · "}
            <span className="font-semibold text-stone-900">{formatPercentile(latest.percentile)}</span> for age
          </>
        ) : null}
      </p>

      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        <ChangeRow
          label="Since your previous measurement"
          change={summary.sincePrevious}
          latest={latest}
          units={units}
          none="This is your first measurement."
        />
        {/* When the previous entry is already 30+ days back, both rows would say the same thing. */}
        {summary.over30Days &&
        summary.sincePrevious &&
        summary.over30Days.from === summary.sincePrevious.from ? null : (
          <ChangeRow
            label={summary.over30Days ? `Over ${formatDays(summary.over30Days.days)}` : `Over ${LOOKBACK_DAYS} days`}
            note={`Compared with your last measurement at least ${LOOKBACK_DAYS} days before this one.`}
            change={summary.over30Days}
            latest={latest}
            units={units}
            none={`No measurement ${LOOKBACK_DAYS} or more days before this one yet.`}
          />
        )}
      </dl>
    </section>
  );
}

function ChangeRow({
  label,
  note,
  change,
  latest,
  units,
  none,
}: {
  label: string;
  note?: string;
  change: EntryChange<MeasurementView> | null;
  latest: MeasurementView;
  units: Units;
  none: string;
}) {
  const bmi = change ? shownDelta(change.from.bmi, latest.bmi) : 0;
  return (
    <div className="rounded-xl bg-stone-50 p-3">
      <dt className="text-xs font-medium text-stone-600">{label}</dt>
      {change === null ? (
        <dd className="mt-1 text-sm text-stone-600">{none}</dd>
      ) : (
        <dd className="mt-1 text-sm text-stone-700">
          <span className="flex items-center gap-1.5">
            <Arrow delta={bmi} />
            <span>
              BMI <span className="font-semibold tabular-nums text-stone-900">{formatSigned(bmi)}</span> since{" "}
              <time dateTime={change.from.measuredOn}>{sinceDate(change.from.measuredOn, latest.measuredOn)}</time>
              <span className="text-stone-600">
                {" "}
                ({formatBmi(change.from.bmi)} → {formatBmi(latest.bmi)})
              </span>
            </span>
          </span>
          <span className="mt-0.5 block text-xs text-stone-600">
            Weight{" "}
            <span className="tabular-nums">
              {formatSigned(shownWeightDelta(change.from.weightKg, latest.weightKg, units))} {weightUnit(units)}
            </span>{" "}
            over {change.days === 0 ? "the same day" : formatDays(change.days)}
          </span>
          {note ? <span className="mt-0.5 block text-xs text-stone-600">{note}</span> : null}
        </dd>
      )}
    </div>
  );
}

/**
 * Direction by the BMI change as shown, so "0.0" never gets an arrow. The words carry the meaning; the arrow is
 * decoration.
 */
function Arrow({ delta }: { delta: number }) {
  const shown = formatSigned(delta);
  const symbol = shown.startsWith("+") ? "↑" : shown === formatSigned(0) ? "→" : "↓";
  return (
    <span
      aria-hidden="true"
      className={
        "inline-flex h-5 w-5 items-center justify-center rounded-full bg-white text-xs font-bold " +
        "text-stone-700 ring-1 ring-stone-200"
      }
    >
      {symbol}
    </span>
  );
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
