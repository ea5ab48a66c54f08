// Streaks and the month calendar of completed sessions. Sessions are saved on the person's calendar
// day, so everything here is calendar-date arithmetic (lib/dates/calendar): no Date, no time zone.
import { addDays, dateParts, dayNumber, daysInMonth, isoFromParts } from "@/lib/dates/calendar";

/**
 * How far back the dashboard reads (days). Enough for a year-long streak and the longest streak of
 * the past year, while keeping the query the same size however long someone has been practising.
 */
export const STREAK_WINDOW_DAYS = 400;

export type DayCount = { date: string; count: number };

export type StreakSummary = {
  /** Consecutive days with a session, up to today, or up to yesterday when today has none yet. */
  current: number;
  /** True when today already has a session (false: "do one today to keep it going"). */
  doneToday: boolean;
  /** The longest run within the window (the current one included). */
  longest: number;
  /** True when a run reaches the start of the window, so the true number may be higher. */
  capped: boolean;
  calendar: MonthCalendar;
};

export type CalendarDay = { date: string; day: number; count: number; isToday: boolean; isFuture: boolean };

export type MonthCalendar = {
  year: number;
  month: number;
  /** "November 2026". */
  title: string;
  /** Monday-first weeks; null pads the days of the neighbouring months. */
  weeks: (CalendarDay | null)[][];
  /** Sessions in this month. */
  sessions: number;
  /** Days of this month with at least one session. */
  activeDays: number;
};

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const WEEKDAYS = [
  { short: "Mon", name: "Monday" },
  { short: "Tue", name: "Tuesday" },
  { short: "Wed", name: "Wednesday" },
  { short: "Thu", name: "Thursday" },
  { short: "Fri", name: "Friday" },
  { short: "Sat", name: "Saturday" },
  { short: "Sun", name: "Sunday" },
] as const;

/** 0 = Monday … 6 = Sunday. 1970-01-01 (day 0) was a Thursday. */
export function weekdayIndex(date: string): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** Day numbers with at least one session, deduplicated, as a set. */
function activeDaySet(days: readonly DayCount[]): Set<number> {
  const set = new Set<number>();
  for (const { date, count } of days) if (count > 0) set.add(dayNumber(date));
  return set;
}

/**
 * The current run. The server only knows its own (UTC) day, and a person east of it may already be
 * on tomorrow: a session dated today + 1 therefore counts as done today. A run ending yesterday is
 * still alive (today is not over); one ending earlier is broken.
 */
export function currentStreak(days: readonly DayCount[], today: string): { current: number; doneToday: boolean } {
  const active = activeDaySet(days);
  const t = dayNumber(today);
  const end = [t + 1, t, t - 1].find((day) => active.has(day));
  if (end === undefined) return { current: 0, doneToday: false };
  let start = end;
  while (active.has(start - 1)) start--;
  return { current: end - start + 1, doneToday: end >= t };
}

/** The longest run of consecutive active days. */
export function longestStreak(days: readonly DayCount[]): number {
  const sorted = [...activeDaySet(days)].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const day of sorted) {
    run = previous !== null && day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return longest;
}

/** The Monday-first grid of one month with each day's session count. */
export function monthCalendar(year: number, month: number, days: readonly DayCount[], today: string): MonthCalendar {
  const counts = new Map<string, number>();
  for (const { date, count } of days) counts.set(date, (counts.get(date) ?? 0) + count);

  const first = isoFromParts({ year, month, day: 1 });
  const length = daysInMonth(year, month);
  const cells: (CalendarDay | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  let sessions = 0;
  let activeDays = 0;
  for (let day = 1; day <= length; day++) {
    const date = addDays(first, day - 1);
    const count = counts.get(date) ?? 0;
    sessions += count;
    if (count > 0) activeDays++;
    cells.push({ date, day, count, isToday: date === today, isFuture: date > today });
  }
  while (cells.length % 7 !== 0) cells.push(null);

  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, title: `${MONTH_NAMES[month - 1]} ${year}`, weeks, sessions, activeDays };
}

/** "3 November: 1 session", "4 November: no sessions": a calendar cell's text for screen readers. */
export function calendarDayLabel(cell: Pick<CalendarDay, "date" | "count">): string {
  const { month, day } = dateParts(cell.date);
  return `${day} ${MONTH_NAMES[month - 1]}: ${sessionCount(cell.count)}`;
}

/** "no sessions", "1 session", "3 sessions". */
export function sessionCount(count: number): string {
  return count === 0 ? "no sessions" : count === 1 ? "1 session" : `${count} sessions`;
}

/** "1 day", "12 days". */
export function dayCount(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** The first day the dashboard reads for a streak ending today (inclusive). */
export function streakWindowStart(today: string): string {
  return addDays(today, -(STREAK_WINDOW_DAYS - 1));
}

/**
 * Everything the streak card shows, from the per-day counts of the window (any order; days outside
 * the window are ignored so the answer never depends on how much the caller read).
 */
export function summarizeStreak(days: readonly DayCount[], today: string): StreakSummary {
  const from = streakWindowStart(today);
  const inWindow = days.filter((d) => d.date >= from && d.date <= addDays(today, 1));
  const { current, doneToday } = currentStreak(inWindow, today);
  const longest = Math.max(current, longestStreak(inWindow));
  const { year, month } = dateParts(today);
  // Days before the window were not read: a run that starts on its first day may really be longer.
  // That matters only when it is the longest (the current streak, if it reaches back that far, is it).
  const capped = runFrom(inWindow, from) === longest && longest > 0;
  return { current, doneToday, longest, capped, calendar: monthCalendar(year, month, inWindow, today) };
}

/** Length of the run of active days that starts at `from` (0 when `from` has no session). */
function runFrom(days: readonly DayCount[], from: string): number {
  const active = activeDaySet(days);
  let day = dayNumber(from);
  while (active.has(day)) day++;
  return day - dayNumber(from);
}
