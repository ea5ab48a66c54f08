import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  ageInMonths,
  dateParts,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  todayIn,
} from "./calendar";

describe("dates", () => {
  it("runs in a non-UTC zone, so these tests would catch local-time slips", () => {
    expect(process.env.TZ).toBe("America/New_York");
  });

  it("round-trips day numbers", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(dayNumber("2026-11-21"))).toBe("2026-11-21");
    // The US DST changes (8 Mar and 1 Nov 2026) have 23- and 25-hour days in New York.
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-11-21", -30)).toBe("2026-10-22");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("adds calendar months and years with the day clamped", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
    expect(addYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(addYears("2004-02-29", 20)).toBe("2024-02-29");
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => dateParts("2026-2-1")).toThrow(RangeError);
    expect(() => dateParts("2026-02-30")).toThrow(RangeError);
    for (const bad of [
      "",
      "2026-02-1",
      "2026-02-011",
      " 2026-02-01",
      "2026-02-01\n",
      "2026/02/01",
      "2026-0a-01",
      "２026-02-01",
      "2026-00-10",
      "2026-13-01",
      "2026-01-00",
      "2023-02-29",
      "1900-02-29",
    ]) {
      expect(() => dateParts(bad), JSON.stringify(bad)).toThrow(RangeError);
    }
    expect(dateParts("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dateParts("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it("agrees with Date arithmetic (it avoids Date for speed) from 1900 to 2200", () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(dayNumber(iso)).toBe(day);
      }),
      { numRuns: 5000 },
    );
    for (let year = 1899; year <= 2201; year++) {
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
    expect(daysInMonth(2026, 13)).toBe(31); // January 2027
    expect(daysInMonth(2024, 0)).toBe(31); // December 2023
  });

  it("gives continuous ages in months", () => {
    expect(ageInMonths("2000-01-01", "2000-01-01")).toBe(0);
    expect(ageInMonths("2000-01-01", "2010-01-01")).toBeCloseTo(120, 1);
  });

  it("reads today in a time zone, not the process zone", () => {
    const lateEvening = new Date("2026-11-22T02:30:00Z"); // 21:30 on the 21st in New York
    expect(todayIn("UTC", lateEvening)).toBe("2026-11-22");
    expect(todayIn("America/New_York", lateEvening)).toBe("2026-11-21");
    expect(todayIn("Pacific/Auckland", lateEvening)).toBe("2026-11-22");
  });
});
