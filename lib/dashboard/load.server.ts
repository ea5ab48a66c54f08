// Everything /dashboard shows, read in as few round trips as the data allows (ADR 0024): with the
// guard's one query, four per request whatever the history's length (issue 10).
//   1. the profile (React-cached per request: getSeries asks for it too),
//   2. the measurement series (which also gives the History's first page and the latest BMI),
//   3. the practice: latest sessions, streak days and the check-in, in one query,
// plus the routine catalogue, cached per instance, and an older History page only when asked for.
// Today's routine is computed from these; it reads nothing again.
import "server-only";
import { getSeries, listMeasurements } from "@/lib/measurements/queries.server";
import type { MeasurementPage, MeasurementView } from "@/lib/measurements/types";
import { getProfile } from "@/lib/profile/queries.server";
import type { Profile } from "@/lib/profile/types";
import { type PersonalRecommendation, recommendationFor, toStoredCheckIn } from "@/lib/recommendations/personal.server";
import { engineCatalogue } from "@/lib/routines/queries.server";
import { type PracticeOverview, practiceOverview } from "@/lib/routines/sessions.server";

export type DashboardData = {
  profile: Profile;
  /** Oldest first, bounded (getSeries). */
  series: MeasurementView[];
  /** The History page a cursor asked for, or null for the newest (taken from the series). */
  olderPage: MeasurementPage | null;
  practice: PracticeOverview;
  todayRoutine: PersonalRecommendation;
};

export async function loadDashboard(
  userId: string,
  today: string,
  options: { cursor?: string; historyPage: number },
): Promise<DashboardData | null> {
  const [profile, series, olderPage, practice, catalogue] = await Promise.all([
    getProfile(userId),
    getSeries(userId),
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
  return { profile, series, olderPage, practice, todayRoutine };
}
