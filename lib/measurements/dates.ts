/**
 * Calendar dates ("YYYY-MM-DD") without time zones. A measurement is taken "on the 21st" wherever
 * the person is, so all arithmetic here is on whole UTC days and never on local clock time: the
 * result is the same whatever TZ the server (or the test run, TZ=America/New_York) uses.
 */

import { addDays, dayNumber, tryDayNumber } from "@/lib/dates/calendar";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** The earliest date the log accepts (older dates are typing mistakes, e.g. "0224" for "2024"). */
export const EARLIEST_MEASUREMENT_DATE = "1900-01-01";

/**
 * The latest zone on Earth is UTC+14 (Line Islands): when it is already tomorrow anywhere, a
 * person there may log "today". Allowing up to that date means no one is wrongly refused, at the
 * cost of letting someone in UTC-12 enter a date up to two days ahead.
 */
const EARLIEST_AHEAD_OFFSET_MS = 14 * 3_600_000;

/**
 * The day number (days since 1970-01-01) of a real calendar date written YYYY-MM-DD, or null for
 * anything else ("2023-02-29", "2024-13-01", "2024-1-5", " 2024-01-05").
 */
export const parseIsoDate = tryDayNumber;

/**
 * True for a real calendar date written YYYY-MM-DD. Not year 0000: there is no year 0 between 1 BC
 * and AD 1, and PostgreSQL refuses it (a query with it is a 500, not an empty list).
 */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null && !text.startsWith("0000");
}

/** Adds whole days to a valid "YYYY-MM-DD" date (RangeError otherwise). */
export { addDays };

/**
 * The calendar date of a Date as PostgreSQL `date` columns come back from Prisma (UTC midnight),
 * or a "YYYY-MM-DD" string unchanged.
 */
export function toIsoDate(value: Date | string): string {
  return typeof value === "string" ? value : value.toISOString().slice(0, 10);
}

/** A "YYYY-MM-DD" date as the UTC-midnight Date that Prisma writes to a `date` column. */
export function toDbDate(isoDate: string): Date {
  return new Date(dayNumber(isoDate) * MS_PER_DAY);
}

/** Today's date in UTC: the default date of a new entry when the client did not send one. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The latest date anyone can call "today" (UTC+14); later dates are in the future for everyone. */
export function latestAllowedDate(now: Date = new Date()): string {
  return new Date(now.getTime() + EARLIEST_AHEAD_OFFSET_MS).toISOString().slice(0, 10);
}

/** The rules every measurement date follows; null when it passes, else the message to show. */
export function measuredOnProblem(text: string, latest: string): string | null {
  if (!ISO_DATE.test(text)) return DATE_MESSAGES.format;
  if (!isIsoDate(text)) return DATE_MESSAGES.notReal;
  // Same-length ISO dates compare correctly as strings.
  if (text < EARLIEST_MEASUREMENT_DATE) return DATE_MESSAGES.tooEarly;
  if (text > latest) return DATE_MESSAGES.future;
  return null;
}

export const DATE_MESSAGES = {
  format: "Enter a date as YYYY-MM-DD",
  notReal: "Enter a real calendar date",
  tooEarly: "Date must be in 1900 or later",
  future: "Date can't be in the future",
  required: "Date is required",
} as const;
