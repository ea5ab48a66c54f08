// Everything /dashboard shows, read in as few round trips as the data allows (ADR 0024): with the
// guard's one query, four per request whatever the history's length (issue 10).
//   1. the profile (React-cached per request: the series asks for it too),
//   2. the measurements the view needs: the chart range's window, the History's first page, the
//      latest, first and 30-day entries and the count (ADR 0032, ./series.server.ts),
//   3. the practice: latest sessions, streak days and the check-in, in one query,
// plus the routine catalogue, cached per instance, and an older History page only when asked for.
// Today's routine is computed from these; it reads nothing again.
import "server-only";
import { listMeasurements } from "@/lib/measurements/queries.server";
import type { MeasurementPage, MeasurementView } from "@/lib/measurements/types";
import { getProfile } from "@/lib/profile/queries.server";
import type { Profile } from "@/lib/profile/types";
import { type PersonalRecommendation, recommendationFor, toStoredCheckIn } from "@/lib/recommendations/personal.server";
import { engineCatalogue } from "@/lib/routines/queries.server";
import { type PracticeOverview, practiceOverview } from "@/lib/routines/sessions.server";
import { type ChartRange, rangeStart } from "./ranges";
import { getDashboardSeries } from "./series.server";

export type DashboardData = {
  profile: Profile;
  /**
   * Oldest first: the part of the person's series (getSeries) this view needs, which is all of it for
   * the "all" range (./series.server.ts).
   */
  series: MeasurementView[];
  /** How many measurements the person has in all. */
  total: number;
  /** The History page a cursor asked for, or null for the newest (taken from the series). */
  olderPage: MeasurementPage | null;
  practice: PracticeOverview;
  todayRoutine: PersonalRecommendation;
};

export async function loadDashboard(
  userId: string,
  today: string,
  options: { cursor?: string; historyPage: number; range: ChartRange; includeId?: string },
): Promise<DashboardData | null> {
  const [profile, { series, total }, olderPage, practice, catalogue] = await Promise.all([
    getProfile(userId),
    getDashboardSeries(userId, {
      rangeStart: rangeStart(options.range, today),
      newest: options.historyPage + 1,
      ...(options.includeId !== undefined && { includeId: options.includeId }),
    }),
    options.cursor === undefined
      ? null
      : listMeasurements(userId, { cursor: options.cursor, limit: options.historyPage }),
    practiceOverview(userId, today),
    engineCatalogue(),
  ]);
  if (!profile) return null;
  const todayRoutine = recommendationFor(
    {
      profile,
      checkIn: practice.checkIn ? toStoredCheckIn(practice.checkIn) : null,
      latest: series.at(-1) ?? null,
      history: practice.history,
      catalogue,
    },
    today,
  );
  return { profile, series, total, olderPage, practice, todayRoutine };
}
