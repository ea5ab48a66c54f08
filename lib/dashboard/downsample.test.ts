import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber } from "@/lib/dates/calendar";
import {
  choosePeriod,
  displayPoints,
  entryPoints,
  MAX_ENTRY_POINTS,
  MAX_PERIOD_POINTS,
  periodCount,
  periodMeans,
  periodStart,
  type Period,
  type SeriesPoint,
} from "./downsample";

/** Daily points from `start`, value = index (so means are easy to check), trend = 100 + index. */
function daily(start: string, count: number, every = 1): SeriesPoint[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    date: addDays(start, i * every),
    value: i,
    trend: 100 + i,
  }));
}

describe("periodStart", () => {
  it("starts weeks on Monday (ISO weeks), months on the 1st and years on 1 January", () => {
    // 2026-11-16 is a Monday.
    for (const date of ["2026-11-16", "2026-11-18", "2026-11-22"]) expect(periodStart(date, "week")).toBe("2026-11-16");
    expect(periodStart("2026-11-23", "week")).toBe("2026-11-23");
    expect(periodStart("2027-01-02", "week")).toBe("2026-12-28"); // across the turn of the year
    expect(periodStart("1969-12-31", "week")).toBe("1969-12-29"); // before the epoch
    expect(periodStart("2024-02-29", "month")).toBe("2024-02-01");
    expect(periodStart("2024-02-29", "year")).toBe("2024-01-01");
  });

  it("is a Monday on or before the date, less than a week before it", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 30000 }), (day) => {
        const date = addDays("1970-01-01", day);
        const start = periodStart(date, "week");
        const back = dayNumber(date) - dayNumber(start);
        expect(back >= 0 && back < 7).toBe(true);
        expect(Math.abs((dayNumber(start) - dayNumber("2026-11-16")) % 7)).toBe(0);
      }),
    );
  });
});

describe("periodCount", () => {
  it("counts the calendar periods a span touches", () => {
    expect(periodCount("2026-11-16", "2026-11-22", "week")).toBe(1);
    expect(periodCount("2026-11-22", "2026-11-23", "week")).toBe(2);
    expect(periodCount("2026-01-31", "2026-02-01", "month")).toBe(2);
    expect(periodCount("2021-05-10", "2026-11-21", "month")).toBe(67);
    expect(periodCount("2021-05-10", "2026-11-21", "year")).toBe(6);
    expect(periodCount("2026-11-21", "2026-11-20", "year")).toBe(0);
  });
});

describe("choosePeriod", () => {
  it("keeps every entry up to the limit", () => {
    expect(choosePeriod(0, "2021-01-01", "2026-01-01")).toBeNull();
    expect(choosePeriod(MAX_ENTRY_POINTS, "2021-01-01", "2026-01-01")).toBeNull();
  });

  it("takes the finest period with few enough means: weeks for a year, months for five", () => {
    expect(choosePeriod(366, "2025-11-21", "2026-11-21")).toBe("week");
    expect(choosePeriod(2000, "2021-05-10", "2026-11-21")).toBe("month");
    expect(choosePeriod(5000, "1980-01-01", "2026-11-21")).toBe("year");
    // Exactly at the limit of weeks, then one week more.
    const from = "2024-01-01"; // a Monday
    expect(choosePeriod(500, from, addDays(from, MAX_PERIOD_POINTS * 7 - 1))).toBe("week");
    expect(choosePeriod(500, from, addDays(from, MAX_PERIOD_POINTS * 7))).toBe("month");
  });
});

describe("periodMeans", () => {
  it("gives nothing for nothing", () => {
    for (const period of ["week", "month", "year"] as Period[]) expect(periodMeans([], period)).toEqual([]);
  });

  it("turns a single entry into a one-entry period", () => {
    const [only] = daily("2026-11-18", 1);
    expect(periodMeans([only!], "week")).toEqual([
      {
        id: "week:2026-11-16",
        date: "2026-11-18",
        value: 0,
        trend: 100,
        count: 1,
        first: "2026-11-18",
        last: "2026-11-18",
        start: "2026-11-16",
      },
    ]);
  });

  it("averages each week's values, keeps its first and last dates and the trend at its last entry", () => {
    // Wednesday 2026-11-18 to Tuesday 2026-12-01: 5 days of one week, 7 of the next, 2 of a third.
    const weeks = periodMeans(daily("2026-11-18", 14), "week");
    expect(weeks.map((w) => [w.start, w.first, w.last, w.count, w.value, w.trend, w.date])).toEqual([
      ["2026-11-16", "2026-11-18", "2026-11-22", 5, 2, 104, "2026-11-20"],
      ["2026-11-23", "2026-11-23", "2026-11-29", 7, 8, 111, "2026-11-26"],
      ["2026-11-30", "2026-11-30", "2026-12-01", 2, 12.5, 113, "2026-12-01"], // mean date 30.5 Nov rounds up
    ]);
  });

  it("skips months without entries and places a mean at its entries' mean date", () => {
    const points: SeriesPoint[] = [
      { id: "a", date: "2026-01-02", value: 80, trend: 80 },
      { id: "b", date: "2026-01-30", value: 82, trend: 80.5 },
      { id: "c", date: "2026-04-10", value: 79, trend: 79.2 },
    ];
    const months = periodMeans(points, "month");
    expect(months).toEqual([
      {
        id: "month:2026-01-01",
        date: "2026-01-16",
        value: 81,
        trend: 80.5,
        count: 2,
        first: "2026-01-02",
        last: "2026-01-30",
        start: "2026-01-01",
      },
      {
        id: "month:2026-04-01",
        date: "2026-04-10",
        value: 79,
        trend: 79.2,
        count: 1,
        first: "2026-04-10",
        last: "2026-04-10",
        start: "2026-04-01",
      },
    ]);
  });

  it("counts several entries on one day each (their mean, not a per-day mean)", () => {
    const points: SeriesPoint[] = [
      { id: "a", date: "2026-03-02", value: 1, trend: 1 },
      { id: "b", date: "2026-03-02", value: 2, trend: 1.5 },
      { id: "c", date: "2026-03-03", value: 6, trend: 2 },
    ];
    expect(periodMeans(points, "week")).toMatchObject([
      { count: 3, value: 3, trend: 2, first: "2026-03-02", last: "2026-03-03" },
    ]);
  });

  it("keeps every entry exactly once, in order, for any series and period", () => {
    const series = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: 10, max: 300, noNaN: true })), {
        maxLength: 400,
      })
      .map((steps) => {
        let day = dayNumber("2019-12-25");
        return steps.map(([gap, value], i) => ({
          id: `p${i}`,
          date: addDays("1970-01-01", (day += gap)),
          value,
          trend: value,
        }));
      });
    fc.assert(
      fc.property(series, fc.constantFrom<Period>("week", "month", "year"), (points, period) => {
        const means = periodMeans(points, period);
        expect(means.reduce((sum, m) => sum + m.count, 0)).toBe(points.length);
        let i = 0;
        for (const mean of means) {
          const members = points.slice(i, i + mean.count);
          i += mean.count;
          expect(members.every((p) => periodStart(p.date, period) === mean.start)).toBe(true);
          expect(mean.first).toBe(members[0]!.date);
          expect(mean.last).toBe(members.at(-1)!.date);
          expect(mean.value).toBeCloseTo(members.reduce((sum, p) => sum + p.value, 0) / members.length, 9);
          expect(mean.date >= mean.first && mean.date <= mean.last).toBe(true);
          expect(mean.trend).toBe(members.at(-1)!.trend);
        }
        // Oldest first, one point per period.
        expect(new Set(means.map((m) => m.start)).size).toBe(means.length);
        expect(means.map((m) => m.start)).toEqual([...means.map((m) => m.start)].sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe("displayPoints", () => {
  it("shows a short range entry by entry", () => {
    const points = daily("2026-08-01", 90);
    const shown = displayPoints(points, "2026-08-01", "2026-10-29");
    expect(shown.period).toBeNull();
    expect(shown.points).toEqual(entryPoints(points));
    expect(shown.points[0]).toEqual({
      id: "e0",
      date: "2026-08-01",
      value: 0,
      trend: 100,
      count: 1,
      first: "2026-08-01",
      last: "2026-08-01",
      start: "2026-08-01",
    });
  });

  it("draws 2,000 daily entries as monthly means, and a year of them as weekly means", () => {
    const all = daily("2021-05-10", 2000);
    const last = all.at(-1)!.date;
    const months = displayPoints(all, all[0]!.date, last);
    expect(months.period).toBe("month");
    expect(months.points.length).toBeLessThanOrEqual(MAX_PERIOD_POINTS);
    expect(months.points[0]!.first).toBe("2021-05-10");
    expect(months.points.at(-1)!.last).toBe(last);
    expect(months.points.at(-1)!.trend).toBe(all.at(-1)!.trend);

    const year = all.slice(-366);
    const weeks = displayPoints(year, year[0]!.date, last);
    expect(weeks.period).toBe("week");
    expect(weeks.points.length).toBeGreaterThanOrEqual(53);
    expect(weeks.points.length).toBeLessThanOrEqual(54);
  });
});
