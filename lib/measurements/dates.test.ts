import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addDays,
  isIsoDate,
  latestAllowedDate,
  measuredOnProblem,
  parseIsoDate,
  toDbDate,
  toIsoDate,
  todayUtc,
} from "./dates";

afterEach(() => {
  vi.useRealTimers();
});

describe("calendar dates", () => {
  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const text of [
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "2024-1-5",
      " 2024-01-05",
      "2024-01-05T00:00",
      "05/01/2024",
      "",
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it("refuses year 0, which no calendar of ours (nor PostgreSQL) has", () => {
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("0001-01-01")).toBe(true);
  });

  it("does not map two-digit years to the 1900s", () => {
    expect(parseIsoDate("0050-01-01")).toBeLessThan(parseIsoDate("1900-01-01")!);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-10", -10)).toBe("2024-02-29");
  });

  it("round-trips through the UTC-midnight Date of a `date` column in a non-UTC zone", () => {
    expect(process.env.TZ).toBe("America/New_York");
    const date = toDbDate("2024-03-10"); // the day US clocks go forward
    expect(date.toISOString()).toBe("2024-03-10T00:00:00.000Z");
    expect(toIsoDate(date)).toBe("2024-03-10");
  });
});

describe("today and the future", () => {
  it("today is the UTC date, whatever the server's zone", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-06-16T02:30:00Z")); // still the 15th in New York
    expect(todayUtc()).toBe("2024-06-16");
  });

  it("allows dates up to today in UTC+14 and no later", () => {
    const now = new Date("2024-06-15T09:59:00Z"); // 23:59 on the 15th in Kiritimati
    expect(latestAllowedDate(now)).toBe("2024-06-15");
    expect(latestAllowedDate(new Date("2024-06-15T10:00:00Z"))).toBe("2024-06-16");
  });

  it("names each date problem", () => {
    expect(measuredOnProblem("2024-06-15", "2024-06-15")).toBeNull();
    expect(measuredOnProblem("1900-01-01", "2024-06-15")).toBeNull();
    expect(measuredOnProblem("2024-06-16", "2024-06-15")).toBe("Date can't be in the future");
    expect(measuredOnProblem("1899-12-31", "2024-06-15")).toBe("Date must be in 1900 or later");
    expect(measuredOnProblem("2023-02-29", "2024-06-15")).toBe("Enter a real calendar date");
    expect(measuredOnProblem("15/06/2024", "2024-06-15")).toBe("Enter a date as YYYY-MM-DD");
  });
});
