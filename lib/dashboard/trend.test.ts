import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar";
import { exponentialTrend, measurementTrends, smoothingFactor } from "./trend";

const daily = (values: number[], start = "2026-01-01") =>
  values.map((value, i) => ({ date: addDays(start, i), value }));

describe("exponentialTrend", () => {
  it("is empty for no points and the value itself for one", () => {
    expect(exponentialTrend([])).toEqual([]);
    expect(exponentialTrend([{ date: "2026-01-01", value: 80 }])).toEqual([80]);
  });

  it("keeps a constant series constant, however irregular", () => {
    const points = ["2026-01-01", "2026-01-02", "2026-01-09", "2026-01-09", "2026-06-30"].map((date) => ({
      date,
      value: 81.3,
    }));
    expect(exponentialTrend(points)).toEqual([81.3, 81.3, 81.3, 81.3, 81.3]);
  });

  it("is the Hacker's Diet trend for daily entries", () => {
    const t = exponentialTrend(daily([80, 81, 79]));
    expect(t[1]).toBeCloseTo(80.1, 12);
    expect(t[2]).toBeCloseTo(80.1 + 0.1 * (79 - 80.1), 12);
  });

  it("gives a monotone trend for monotone input", () => {
    const dates = ["2026-01-01", "2026-01-02", "2026-01-05", "2026-01-20", "2026-01-21", "2026-03-01", "2026-03-03"];
    const falling = exponentialTrend(dates.map((date, i) => ({ date, value: 90 - i * 1.5 - (i % 2) * 0.3 })));
    for (let i = 1; i < falling.length; i++) expect(falling[i]).toBeLessThanOrEqual(falling[i - 1] as number);
    const rising = exponentialTrend(dates.map((date, i) => ({ date, value: 60 + i * i })));
    for (let i = 1; i < rising.length; i++) expect(rising[i]).toBeGreaterThanOrEqual(rising[i - 1] as number);
    // And it lags: never past the latest value.
    expect(falling.at(-1)).toBeGreaterThanOrEqual(90 - 6 * 1.5);
  });

  it("weights each step by the days elapsed", () => {
    expect(smoothingFactor(0)).toBe(0);
    expect(smoothingFactor(1)).toBeCloseTo(0.1, 12);
    expect(smoothingFactor(7)).toBeCloseTo(1 - 0.9 ** 7, 12);
    // A week's gap equals seven daily entries of the same value.
    const gap = exponentialTrend([
      { date: "2026-01-01", value: 80 },
      { date: "2026-01-08", value: 78 },
    ]);
    const filled = exponentialTrend(daily([80, 78, 78, 78, 78, 78, 78, 78]));
    expect(gap[1]).toBeCloseTo(filled[7] as number, 12);
    // After half a year the trend has essentially caught up with the new value.
    const longGap = exponentialTrend([
      { date: "2026-01-01", value: 80 },
      { date: "2026-07-01", value: 70 },
    ]);
    expect(longGap[1]).toBeCloseTo(70, 6);
  });

  it("averages same-day entries and gives them the same trend", () => {
    const t = exponentialTrend([
      { date: "2026-01-01", value: 80 },
      { date: "2026-01-02", value: 79 },
      { date: "2026-01-02", value: 81 },
    ]);
    expect(t).toEqual([80, 80, 80]);
  });

  it("refuses a series that goes back in time", () => {
    expect(() =>
      exponentialTrend([
        { date: "2026-01-02", value: 1 },
        { date: "2026-01-01", value: 1 },
      ]),
    ).toThrow(RangeError);
  });

  it("computes BMI and weight trends index-aligned", () => {
    const t = measurementTrends([
      { measuredOn: "2026-01-01", bmi: 25, weightKg: 80 },
      { measuredOn: "2026-01-02", bmi: 24, weightKg: 78 },
    ]);
    expect(t.bmi[1]).toBeCloseTo(24.9, 12);
    expect(t.weightKg[1]).toBeCloseTo(79.8, 12);
  });
});
