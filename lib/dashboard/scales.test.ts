import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar";
import { dateTicks, MAX_TICKS, MIN_TICKS, niceScale, stepDecimals, TICK_UNITS, tickCount, tickDates } from "./scales";

const isNiceStep = (step: number) => {
  const exponent = Math.floor(Math.log10(step));
  const mantissa = Number((step / 10 ** exponent).toFixed(6));
  return [1, 2, 2.5, 5].includes(mantissa);
};

describe("niceScale", () => {
  it("pads and snaps a BMI series to nice ticks", () => {
    const s = niceScale([22.4, 23.9, 18.5, 25], { minSpan: 2 });
    expect(s.min).toBeLessThanOrEqual(18.5);
    expect(s.max).toBeGreaterThanOrEqual(25);
    expect(s.ticks[0]).toBe(s.min);
    expect(s.ticks.at(-1)).toBe(s.max);
    expect(s.ticks).toEqual([18, 20, 22, 24, 26]);
  });

  it("widens a flat series to the minimum span", () => {
    const s = niceScale([80, 80], { minSpan: 4 });
    expect(s.min).toBeLessThan(78.1);
    expect(s.max).toBeGreaterThan(81.9);
    expect(s.ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
  });

  it("survives no values", () => {
    const s = niceScale([], { minSpan: 2 });
    expect(s.ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
  });

  it("writes ticks without float noise", () => {
    const s = niceScale([0.1, 0.7], { minSpan: 0.1 });
    for (const tick of s.ticks) expect(String(tick).length).toBeLessThanOrEqual(5);
    expect(stepDecimals(2.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(50)).toBe(0);
  });

  it("always contains the data with 3 to 6 nice, evenly spaced ticks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 5, max: 400, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(1, 2, 4, 8),
        (values, minSpan) => {
          const s = niceScale(values, { minSpan });
          expect(s.min).toBeLessThanOrEqual(Math.min(...values));
          expect(s.max).toBeGreaterThanOrEqual(Math.max(...values));
          expect(s.ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
          expect(s.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
          expect(isNiceStep(s.step)).toBe(true);
          for (let i = 1; i < s.ticks.length; i++)
            expect((s.ticks[i] as number) - (s.ticks[i - 1] as number)).toBeCloseTo(s.step, 9);
        },
      ),
    );
  });
});

describe("dateTicks", () => {
  const labels = (from: string, to: string, max: number) => dateTicks(from, to, max).map((t) => t.label);

  it("uses Mondays for a 30-day range", () => {
    const ticks = dateTicks("2026-10-22", "2026-11-21", 8);
    expect(ticks.map((t) => t.date)).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(ticks[0]?.label).toBe("26 Oct");
    expect(dateTicks("2026-10-22", "2026-11-21", 4).length).toBeLessThanOrEqual(4);
  });

  it("uses months for 90 days on a narrow chart", () => {
    expect(labels("2026-08-23", "2026-11-21", 4)).toEqual(["Sep 2026", "Oct", "Nov"]);
  });

  it("marks the turn of the year on a one-year chart", () => {
    expect(labels("2025-11-21", "2026-11-21", 8)).toEqual(["Jan 2026", "Mar", "May", "Jul", "Sep", "Nov"]);
    expect(labels("2025-11-21", "2026-11-21", 4)).toEqual(["Jan 2026", "Apr", "Jul", "Oct"]);
  });

  it("uses years for multi-year ranges", () => {
    expect(labels("2019-03-02", "2026-11-21", 8)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(labels("2019-03-02", "2026-11-21", 4)).toEqual(["2020", "2022", "2024", "2026"]);
  });

  it("stays within the range and within budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 14, max: 8000 }),
        fc.integer({ min: 4, max: 9 }),
        fc.integer({ min: 0, max: 4000 }),
        (span, max, offset) => {
          const from = addDays("2010-06-15", offset);
          const to = addDays(from, span);
          const ticks = dateTicks(from, to, max);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(max);
          for (const t of ticks) expect(t.date >= from && t.date <= to).toBe(true);
        },
      ),
    );
  });
});

describe("tickCount", () => {
  it("counts exactly the ticks tickDates builds, for every unit and span", () => {
    for (let start = 0; start < 30; start++) {
      const from = addDays("2023-12-20", start * 5);
      for (const span of [0, 1, 6, 7, 13, 31, 59, 92, 365, 800, 2000, 4000, 20000]) {
        const to = addDays(from, span);
        for (const unit of TICK_UNITS)
          expect(tickCount(unit, from, to), `${JSON.stringify(unit)} ${from}→${to}`).toBe(
            tickDates(unit, from, to).length,
          );
      }
    }
  });

  it("does not build the days of a long span to choose its ticks", () => {
    // Five and a half years: month or year ticks, found by counting.
    const ticks = dateTicks("2021-05-01", "2026-11-21", 8);
    expect(ticks.map((tick) => tick.label)).toEqual(["2022", "2023", "2024", "2025", "2026"]);
  });
});
