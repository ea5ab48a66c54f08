/**
 * Reads of one person's measurement log. Every query is scoped by the userId the caller
 * authorised, and reads the profile once per call for the age-dependent interpretation.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { getProfile } from "@/lib/profile/queries.server";
import { isRecordId } from "@/lib/validation/text";
import { decodeCursor, encodeCursor } from "./cursor";
import { toDbDate, toIsoDate } from "./dates";
import { type MeasurementRow, deriveMeasurement } from "./derive";
import { LIST_LIMIT } from "./schemas";
import type { MeasurementPage, MeasurementView } from "./types";

/** The columns deriveMeasurement reads. */
export const viewSelect = {
  id: true,
  measuredOn: true,
  weightKg: true,
  heightCm: true,
  waistCm: true,
  createdAt: true,
} as const;

/**
 * The columns of a series row as deriveMeasurement reads them, dates as texts (see getSeries), and
 * the list's order. Shared with the dashboard's window (lib/dashboard/series.server.ts). The order
 * names the text columns: fixed-width "YYYY-MM-DD" and ISO texts sort as the values they format.
 */
export const SERIES_COLUMNS = Prisma.sql`id, to_char("measuredOn", 'YYYY-MM-DD') AS "measuredOn", "weightKg",
  "heightCm", "waistCm", to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;
export const NEWEST_FIRST = Prisma.sql`ORDER BY "measuredOn" DESC, "createdAt" DESC, id DESC`;

/** Most rows a chart series returns: the newest ones when a range holds more. */
export const SERIES_CAP = 5000;

export type DateRange = { from?: string; to?: string };
export type ListOptions = DateRange & { limit?: number; cursor?: string };

/** Newest first. */
const ORDER: Prisma.MeasurementOrderByWithRelationInput[] = [
  { measuredOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

function dateFilter({ from, to }: DateRange): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return { ...(from && { gte: toDbDate(from) }), ...(to && { lte: toDbDate(to) }) };
}

/**
 * One page of the log, newest first (date, then time entered, then id), by keyset: each row
 * appears on exactly one page even while entries are added, and every page costs the same.
 * @throws RangeError for a cursor that measurementListQuerySchema would have refused.
 */
export async function listMeasurements(userId: string, options: ListOptions = {}): Promise<MeasurementPage> {
  const limit = Math.min(LIST_LIMIT.max, Math.max(LIST_LIMIT.min, Math.trunc(options.limit ?? LIST_LIMIT.default)));
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  if (options.cursor !== undefined && after === null) throw new RangeError("Invalid measurement list cursor");

  const where: Prisma.MeasurementWhereInput = { userId, measuredOn: dateFilter(options) };
  if (after) {
    const day = toDbDate(after.measuredOn);
    const createdAt = new Date(after.createdAt);
    where.OR = [
      { measuredOn: { lt: day } },
      { measuredOn: day, createdAt: { lt: createdAt } },
      { measuredOn: day, createdAt, id: { lt: after.id } },
    ];
  }
  const [profile, rows] = await Promise.all([
    getProfile(userId),
    db().measurement.findMany({ where, orderBy: ORDER, take: limit + 1, select: viewSelect }),
  ]);
  if (!profile) return { items: [], nextCursor: null };
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ measuredOn: toIsoDate(last.measuredOn), createdAt: last.createdAt.toISOString(), id: last.id })
      : null;
  return { items: page.map((row) => deriveMeasurement(row, profile)), nextCursor };
}

/** One entry of this user, or null (also for another user's id: the two are indistinguishable). */
export async function getMeasurement(userId: string, id: string): Promise<MeasurementView | null> {
  if (!isRecordId(id)) return null; // a NUL would be a query error, not "not found"
  const [profile, row] = await Promise.all([
    getProfile(userId),
    db().measurement.findFirst({ where: { id, userId }, select: viewSelect }),
  ]);
  return profile && row ? deriveMeasurement(row, profile) : null;
}

/**
 * Oldest first, for charts. Capped at SERIES_CAP rows (the newest in the range) so that one
 * person's very long history cannot make a page slow.
 *
 * Raw SQL, not findMany, because the dashboard reads thousands of rows per request: the dates come
 * back as the "YYYY-MM-DD" and ISO texts deriveMeasurement returns anyway, so no Date object is
 * built per row (Next.js wraps the Date constructor on the server, which makes each one slow) and
 * Prisma's engine maps plain columns (ADR 0031: about half the read's cost). Same rows, same order
 * and same views as findMany with viewSelect (tests/integration/measurements-domain.test.ts).
 */
export async function getSeries(userId: string, range: DateRange = {}): Promise<MeasurementView[]> {
  // "YYYY-MM-DD" texts cast by PostgreSQL: a Date parameter would pass through the session's time zone.
  const from = range.from ? Prisma.sql`AND "measuredOn" >= ${range.from}::date` : Prisma.empty;
  const to = range.to ? Prisma.sql`AND "measuredOn" <= ${range.to}::date` : Prisma.empty;
  const [profile, rows] = await Promise.all([
    getProfile(userId),
    db().$queryRaw<MeasurementRow[]>`
      SELECT ${SERIES_COLUMNS}
      FROM "Measurement"
      WHERE "userId" = ${userId} ${from} ${to}
      ${NEWEST_FIRST}
      LIMIT ${SERIES_CAP}`,
  ]);
  if (!profile) return [];
  return rows.reverse().map((row) => deriveMeasurement(row, profile));
}

export async function countMeasurements(userId: string): Promise<number> {
  return db().measurement.count({ where: { userId } });
}
