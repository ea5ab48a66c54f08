// The measurements one dashboard view needs, in one statement whose work follows the chosen chart
// range rather than the length of the person's history (ADR 0032). It returns the rows of
// getSeries (same order, same views; one row per day, so the date orders them) that the view reads,
// and the count of all of them:
//   - the window: from the range's start minus TREND_WARMUP_DAYS, so the trend line is warmed up
//     before the range (./trend says why that many days make it the whole history's trend);
//   - the newest `newest` rows, at least 2 (the History's first page and whether there is a next
//     one; the latest entry and the one before it);
//   - the oldest row of the capped series (where goal progress starts);
//   - the newest row at least 30 days before the latest (the 30-day change);
//   - the row a notice names (?saved=<id> and the like), wherever it is.
// For the "all" range the window is the whole capped series, as getSeries reads it. Rows past
// SERIES_CAP are never included, as in getSeries.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { type MeasurementRow, deriveMeasurement } from "@/lib/measurements/derive";
import { NEWEST_FIRST, SERIES_CAP, SERIES_COLUMNS } from "@/lib/measurements/queries.server";
import type { MeasurementView } from "@/lib/measurements/types";
import { isRecordId } from "@/lib/validation/text";
import { getProfile } from "@/lib/profile/queries.server";
import { LOOKBACK_DAYS } from "./summary";
import { TREND_WARMUP_DAYS } from "./trend";

export type SeriesWindow = {
  /** The chart range's first day, or null for "all" (every row up to SERIES_CAP). */
  rangeStart: string | null;
  /** How many of the newest rows to include whatever their dates. */
  newest: number;
  /** A row to include wherever it is (the notice's), if it is this person's. */
  includeId?: string;
};

export type DashboardSeries = {
  /** Oldest first: a subset of getSeries(userId), in its order. */
  series: MeasurementView[];
  /** How many measurements the person has in all. */
  total: number;
};

type Row = MeasurementRow & { total: number };

export async function getDashboardSeries(userId: string, window: SeriesWindow): Promise<DashboardSeries> {
  const includeId = window.includeId !== undefined && isRecordId(window.includeId) ? window.includeId : null;
  // A "YYYY-MM-DD" text, cast by PostgreSQL: a Date parameter would pass through the session's time zone.
  // `date - integer` is a date.
  const inWindow =
    window.rangeStart === null
      ? Prisma.empty
      : Prisma.sql`WHERE "measuredOn" >= ${window.rangeStart}::date - ${TREND_WARMUP_DAYS}::int`;
  const [profile, rows] = await Promise.all([
    getProfile(userId),
    db().$queryRaw<Row[]>`
      WITH stats AS (
        SELECT count(*)::int AS total, max("measuredOn") AS latest FROM "Measurement" WHERE "userId" = ${userId}
      ),
      capped AS (
        SELECT id, "measuredOn" FROM "Measurement" WHERE "userId" = ${userId} ${NEWEST_FIRST} LIMIT ${SERIES_CAP}::int
      ),
      picked AS (
        SELECT id FROM capped ${inWindow}
        UNION (SELECT id FROM capped ORDER BY "measuredOn" DESC LIMIT ${Math.max(2, window.newest)}::int)
        UNION (SELECT id FROM capped ORDER BY "measuredOn" ASC LIMIT 1)
        UNION (SELECT id FROM capped WHERE "measuredOn" <= (SELECT latest FROM stats) - ${LOOKBACK_DAYS}::int
               ORDER BY "measuredOn" DESC LIMIT 1)
        UNION SELECT id FROM capped WHERE id = ${includeId}
      )
      SELECT ${SERIES_COLUMNS}, stats.total
      FROM "Measurement" JOIN picked USING (id) CROSS JOIN stats
      ${NEWEST_FIRST}`,
  ]);
  if (!profile) return { series: [], total: 0 };
  return {
    series: rows.reverse().map((row) => deriveMeasurement(row, profile)),
    total: rows[0]?.total ?? 0,
  };
}
