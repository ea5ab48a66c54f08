import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar";
import {
  calendarDayLabel,
  currentStreak,
  type DayCount,
  longestStreak,
  monthCalendar,
  STREAK_WINDOW_DAYS,
  streakWindowStart,
  summarizeStreak,
  weekdayIndex,
} from "./streak";

const days = (...dates: string[]): DayCount[] => dates.map((date) => ({ date, count: 1 }));
/** `count` consecutive days ending on `end`. */
const run = (end: string, count: number): DayCount[] =>
  Array.from({ length: count }, (_, i) => ({ date: addDays(end, -i), count: 1 }));

describe("currentStreak", () => {
  it("runs in a non-UTC zone, so a Date-based slip would show", () => {
    expect(process.env.TZ).toBe("America/New_York");
  });

  it("is zero for an empty history or one that ended before yesterday", () => {
    expect(currentStreak([], "2026-11-21")).toEqual({ current: 0, doneToday: false });
    expect(currentStreak(days("2026-11-19", "2026-11-18"), "2026-11-21")).toEqual({ current: 0, doneToday: false });
  });

  it("counts today, or up to yesterday while today has no session yet", () => {
    expect(currentStreak(days("2026-11-21", "2026-11-20", "2026-11-19"), "2026-11-21")).toEqual({
      current: 3,
      doneToday: true,
    });
    expect(currentStreak(days("2026-11-20", "2026-11-19"), "2026-11-21")).toEqual({ current: 2, doneToday: false });
  });

  it("stops at the first gap and counts several sessions on one day once", () => {
    const history = [...days("2026-11-21", "2026-11-20", "2026-11-18", "2026-11-17"), { date: "2026-11-21", count: 3 }];
    expect(currentStreak(history, "2026-11-21")).toEqual({ current: 2, doneToday: true });
  });

  it("treats a session dated tomorrow (a zone ahead of the server) as done today", () => {
    expect(currentStreak(days("2026-11-22", "2026-11-21"), "2026-11-21")).toEqual({ current: 2, doneToday: true });
    expect(currentStreak(days("2026-11-22"), "2026-11-21")).toEqual({ current: 1, doneToday: true });
  });

  it("crosses month and year ends, leap days and daylight-saving changes", () => {
    expect(currentStreak(run("2024-03-01", 3), "2024-03-01").current).toBe(3); // 28 Feb, 29 Feb, 1 Mar
    expect(currentStreak(days("2023-03-01", "2023-02-28"), "2023-03-01").current).toBe(2); // no 29 Feb in 2023
    expect(currentStreak(days("2027-01-01", "2026-12-31", "2026-12-30"), "2027-01-01").current).toBe(3);
    expect(currentStreak(run("2026-03-09", 3), "2026-03-09").current).toBe(3); // 8 Mar 2026 is 23 hours in New York
    expect(currentStreak(run("2026-11-02", 3), "2026-11-02").current).toBe(3); // 1 Nov 2026 is 25 hours
  });
});

describe("longestStreak", () => {
  it("finds the longest run whatever the order and duplicates", () => {
    expect(longestStreak([])).toBe(0);
    expect(longestStreak(days("2026-01-05"))).toBe(1);
    const history = [...run("2026-02-10", 4), ...run("2026-01-31", 6), ...days("2026-01-31", "2026-03-01")].reverse();
    expect(longestStreak(history)).toBe(6);
    expect(longestStreak([{ date: "2026-01-01", count: 0 }, ...days("2026-01-02")])).toBe(1);
  });
});

describe("monthCalendar", () => {
  it("lays a month out in Monday-first weeks, padded with nulls", () => {
    // November 2026 starts on a Sunday and has 30 days: 6 weeks.
    const cal = monthCalendar(2026, 11, days("2026-11-03", "2026-11-03", "2026-11-21", "2026-10-31"), "2026-11-21");
    expect(cal.title).toBe("November 2026");
    expect(cal.weeks).toHaveLength(6);
    expect(cal.weeks.every((week) => week.length === 7)).toBe(true);
    expect(cal.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(cal.weeks[0]?.[6]?.date).toBe("2026-11-01");
    expect(cal.weeks[5]?.[0]?.date).toBe("2026-11-30");
    expect(cal.weeks[5]?.slice(1)).toEqual([null, null, null, null, null, null]);
    const cells = cal.weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(30);
    expect(cells.find((c) => c.date === "2026-11-03")?.count).toBe(2);
    expect(cells.find((c) => c.isToday)?.date).toBe("2026-11-21");
    expect(cells.filter((c) => c.isFuture)).toHaveLength(9);
    expect(cal.sessions).toBe(3); // the 31 October session is not November's
    expect(cal.activeDays).toBe(2);
  });

  it("handles a February that fits four whole weeks and a leap February", () => {
    // February 2027 starts on a Monday and has 28 days.
    const feb2027 = monthCalendar(2027, 2, [], "2027-02-10");
    expect(feb2027.weeks).toHaveLength(4);
    expect(feb2027.weeks.flat().every((c) => c !== null)).toBe(true);
    const feb2024 = monthCalendar(2024, 2, days("2024-02-29"), "2024-03-01");
    const cells = feb2024.weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(29);
    expect(cells.at(-1)).toEqual({ date: "2024-02-29", day: 29, count: 1, isToday: false, isFuture: false });
  });

  it("knows the weekday of any date", () => {
    expect(weekdayIndex("1970-01-01")).toBe(3); // Thursday
    expect(weekdayIndex("2026-11-23")).toBe(0); // Monday
    expect(weekdayIndex("1969-12-28")).toBe(6); // Sunday, before day 0
  });

  it("labels each day for screen readers", () => {
    expect(calendarDayLabel({ date: "2026-11-03", count: 1 })).toBe("3 November: 1 session");
    expect(calendarDayLabel({ date: "2026-11-04", count: 0 })).toBe("4 November: no sessions");
    expect(calendarDayLabel({ date: "2024-02-29", count: 2 })).toBe("29 February: 2 sessions");
  });
});

describe("summarizeStreak", () => {
  it("is all zeros for an empty history, with the month still drawn", () => {
    const summary = summarizeStreak([], "2026-11-21");
    expect(summary).toMatchObject({ current: 0, doneToday: false, longest: 0, capped: false });
    expect(summary.calendar.title).toBe("November 2026");
  });

  it("combines current, longest and this month", () => {
    const history = [...run("2026-11-20", 2), ...run("2026-10-10", 5)];
    const summary = summarizeStreak(history, "2026-11-21");
    expect(summary).toMatchObject({ current: 2, doneToday: false, longest: 5, capped: false });
    expect(summary.calendar.activeDays).toBe(2);
  });

  it("ignores days outside the window and says when a run may go back further", () => {
    const today = "2026-11-21";
    const from = streakWindowStart(today);
    expect(addDays(from, STREAK_WINDOW_DAYS - 1)).toBe(today);
    const beforeWindow = run(addDays(from, -1), 30);
    expect(summarizeStreak(beforeWindow, today)).toMatchObject({ current: 0, longest: 0, capped: false });

    const everyDay = run(today, STREAK_WINDOW_DAYS + 50);
    expect(summarizeStreak(everyDay, today)).toMatchObject({
      current: STREAK_WINDOW_DAYS,
      longest: STREAK_WINDOW_DAYS,
      capped: true,
    });

    // A long run at the window's start that is not the longest does not make the figures uncertain.
    const shortAtStart = [...run(addDays(from, 1), 5), ...run(today, 20)];
    expect(summarizeStreak(shortAtStart, today)).toMatchObject({ current: 20, longest: 20, capped: false });
  });
});
