/**
 * Calendar-date arithmetic for "YYYY-MM-DD" strings, shared by the measurement log and the dashboard. Measurements are
 * dates, not instants, so all arithmetic happens on UTC day numbers: a date never shifts by a day because the server
 * (or the test runner, TZ=America/New_York) sits in another time zone.
 */

/** Mean Gregorian month, in days: turns an age in days into the CDC's continuous age in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

export type DateParts = { year: number; month: number; day: number };

/*
 * The functions below run thousands of times per dashboard request (every entry's date is read
 * by the trend, the period means and the geometry), so they use integer arithmetic on the
 * proleptic Gregorian calendar instead of Date objects and a regular expression: Next.js wraps
 * the global Date constructor on the server, which makes each `new Date()` several times slower.
 */

const DASH = 45; // "-"
const ZERO = 48; // "0"

/** The number written by the 4 or 2 ASCII digits of `text` from `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Splits "YYYY-MM-DD"; throws on anything else (a programming error, not user input). */
export function dateParts(iso: string): DateParts {
  const year = iso.length === 10 && iso.charCodeAt(4) === DASH && iso.charCodeAt(7) === DASH ? digits(iso, 0, 4) : -1;
  const month = year < 0 ? -1 : digits(iso, 5, 2);
  const day = month < 0 ? -1 : digits(iso, 8, 2);
  if (day < 0) throw new RangeError(`Expected a "YYYY-MM-DD" date, got "${iso}"`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: "${iso}"`);
  }
  return { year, month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12); a month outside that range counts into the neighbouring years. */
export function daysInMonth(year: number, month: number): number {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 31);
}

/** Days since 1970-01-01 of a calendar date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a real "YYYY-MM-DD" date, or null for anything else (user input). */
export function tryDayNumber(text: string): number | null {
  try {
    return dayNumber(text);
  } catch {
    return null;
  }
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  const { year, month, day } = dateParts(iso);
  return daysFromCivil(year, month, day);
}

export function fromDayNumber(days: number): string {
  return isoFromParts(civilFromDays(Math.round(days)));
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
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return isoFromParts({ year: get("year"), month: get("month"), day: get("day") });
}
