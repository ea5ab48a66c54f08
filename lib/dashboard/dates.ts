/**
 * Calendar-date arithmetic for "YYYY-MM-DD" strings. Measurements are dates, not instants, so all
 * arithmetic happens on UTC day numbers: a date never shifts by a day because the server (or the
 * test runner, TZ=America/New_York) sits in another time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Mean Gregorian month, in days: turns an age in days into the CDC's continuous age in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

export type DateParts = { year: number; month: number; day: number };

/** Splits "YYYY-MM-DD"; throws on anything else (a programming error, not user input). */
export function dateParts(iso: string): DateParts {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Expected a "YYYY-MM-DD" date, got "${iso}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: "${iso}"`);
  }
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  const { year, month, day } = dateParts(iso);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(days: number): string {
  const date = new Date(Math.round(days) * MS_PER_DAY);
  return isoFromParts({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function isoFromParts({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * Adds calendar months, clamping the day to the target month's length (31 Jan + 1 month is
 * 28/29 Feb, 29 Feb + 12 months is 28 Feb), the way people count "a year ago" or birthdays.
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = dateParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoFromParts({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/**
 * Age in months as CDC agemos: whole days / 30.4375, the same formula lib/measurements uses for
 * each entry, so the curves and the entries' categories agree on every date.
 */
export function ageInMonths(birthDate: string, on: string): number {
  return daysBetween(birthDate, on) / DAYS_PER_MONTH;
}

/** Later of two dates (string comparison is chronological for "YYYY-MM-DD"). */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/**
 * Today's calendar date in a time zone ("YYYY-MM-DD"). The page should pass the person's zone
 * when it knows it; UTC otherwise (a late-evening entry in New York may then land on "tomorrow").
 */
export function todayIn(timeZone = "UTC", now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return isoFromParts({ year: get("year"), month: get("month"), day: get("day") });
}
