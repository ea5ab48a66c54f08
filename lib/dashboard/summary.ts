/** The numbers at the top of the dashboard: latest entry, recent changes and goal progress. */
import { daysBetween } from "@/lib/dates/calendar";

/** What the summary needs from a measurement (MeasurementView has all of it). */
export type SummaryEntry = { measuredOn: string; bmi: number; weightKg: number };

/** Change from an earlier entry to the latest one (latest minus earlier). */
export type EntryChange<T extends SummaryEntry = SummaryEntry> = {
  /** The earlier entry compared against. */
  from: T;
  bmi: number;
  weightKg: number;
  /** Days between the two entries (0 for two entries on the same day). */
  days: number;
};

export type GoalDirection = "lose" | "gain" | "maintain";

export type GoalProgress = {
  /** The date of the first entry, where the progress is measured from (summarize sets it). */
  startOn?: string;
  startKg: number;
  currentKg: number;
  goalKg: number;
  /** 0 to 100, clamped: going the wrong way shows 0, overshooting shows 100. */
  percent: number;
  /** How far is left, never negative (for "maintain": the distance from the goal either way). */
  remainingKg: number;
  direction: GoalDirection;
  reached: boolean;
};

export type DashboardSummary<T extends SummaryEntry = SummaryEntry> = {
  count: number;
  latest: T | null;
  sincePrevious: EntryChange<T> | null;
  /** Against the latest entry on or before (latest − 30 days); null when there is none. */
  over30Days: EntryChange<T> | null;
  goal: GoalProgress | null;
  /** Days from the latest entry to today (negative if the entry is dated after today). */
  daysSinceLatest: number | null;
};

export const LOOKBACK_DAYS = 30;
/**
 * Below this a weight difference is invisible at display precision (0.1 kg, and 0.1 lb ≈ 0.045 kg),
 * so a goal this close to the start counts as "maintain" and a gap this small as reached.
 */
export const GOAL_EPSILON_KG = 0.05;
/** A "maintain" goal counts as met within this distance: day-to-day weight swings by about that much. */
export const MAINTAIN_TOLERANCE_KG = 1;

/**
 * Summarises an oldest-first series. The input is re-sorted by date (stably, so same-day entries
 * keep their order and the last one counts as the latest) in case a caller hands it over unsorted.
 * `count` is the number of entries in all, when the series holds only those the page needs (the
 * dashboard's window, lib/dashboard/series.server.ts): its first, its two latest and its 30-day one.
 */
export function summarize<T extends SummaryEntry>(
  series: readonly T[],
  today: string,
  goalWeightKg: number | null,
  count: number = series.length,
): DashboardSummary<T> {
  const sorted = [...series].sort((a, b) => (a.measuredOn < b.measuredOn ? -1 : a.measuredOn > b.measuredOn ? 1 : 0));
  const latest = sorted.at(-1);
  const first = sorted[0];
  if (latest === undefined || first === undefined) {
    return { count: 0, latest: null, sincePrevious: null, over30Days: null, goal: null, daysSinceLatest: null };
  }
  const previous = sorted.at(-2);
  const reference = lookbackEntry(sorted, latest.measuredOn, LOOKBACK_DAYS);
  return {
    count,
    latest,
    sincePrevious: previous ? changeBetween(previous, latest) : null,
    over30Days: reference ? changeBetween(reference, latest) : null,
    goal:
      goalWeightKg === null
        ? null
        : { ...goalProgress(first.weightKg, latest.weightKg, goalWeightKg), startOn: first.measuredOn },
    daysSinceLatest: daysBetween(latest.measuredOn, today),
  };
}

export function changeBetween<T extends SummaryEntry>(from: T, to: SummaryEntry): EntryChange<T> {
  return {
    from,
    bmi: to.bmi - from.bmi,
    weightKg: to.weightKg - from.weightKg,
    days: daysBetween(from.measuredOn, to.measuredOn),
  };
}

/**
 * The latest entry on or before `days` before `latestOn`, from an oldest-first series. "Latest"
 * because the closest entry to 30 days ago makes the change read as a 30-day change.
 */
export function lookbackEntry<T extends SummaryEntry>(sorted: readonly T[], latestOn: string, days: number): T | null {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const entry = sorted[i];
    if (entry !== undefined && daysBetween(entry.measuredOn, latestOn) >= days) return entry;
  }
  return null;
}

/**
 * Progress from the first logged weight toward the goal. Every division is by a gap of at least
 * GOAL_EPSILON_KG, so the result is always finite, whatever the inputs.
 */
export function goalProgress(startKg: number, currentKg: number, goalKg: number): GoalProgress {
  const base = { startKg, currentKg, goalKg };
  const gap = goalKg - startKg;
  if (Math.abs(gap) < GOAL_EPSILON_KG) {
    const remainingKg = Math.abs(currentKg - goalKg);
    const reached = remainingKg <= MAINTAIN_TOLERANCE_KG;
    return { ...base, direction: "maintain", remainingKg, reached, percent: reached ? 100 : 0 };
  }
  const direction: GoalDirection = gap < 0 ? "lose" : "gain";
  // Signed so that progress toward the goal is positive in both directions.
  const sign = direction === "lose" ? -1 : 1;
  const done = sign * (currentKg - startKg);
  const remainingKg = Math.max(0, sign * (goalKg - currentKg));
  const reached = remainingKg < GOAL_EPSILON_KG;
  const percent = reached ? 100 : clamp((100 * done) / Math.abs(gap), 0, 100);
  return { ...base, direction, remainingKg, reached, percent };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
