import { describe, expect, it } from "vitest";
import {
  MINUS,
  formatBmi,
  formatDate,
  formatDatePair,
  formatDayMonth,
  formatDays,
  formatHeight,
  formatLength,
  formatNumber,
  formatPercentile,
  formatSigned,
  formatWeight,
  formatWeightDelta,
} from "./format";

describe("format", () => {
  it("formats calendar dates without shifting them in America/New_York", () => {
    expect(process.env.TZ).toBe("America/New_York");
    expect(formatDate("2026-11-21")).toBe("21 Nov 2026");
    // Midnight UTC on 1 Jan is still 31 Dec in New York: a Date-based formatter would say 2025.
    expect(formatDate("2026-01-01")).toBe("1 Jan 2026");
    expect(formatDate("2026-03-08")).toBe("8 Mar 2026");
    expect(formatDayMonth("2026-08-03")).toBe("3 Aug");
  });

  it("names the year once when both dates share it", () => {
    expect(formatDatePair("2026-08-03", "2026-11-21")).toBe("3 Aug and 21 Nov 2026");
    expect(formatDatePair("2025-12-30", "2026-01-02")).toBe("30 Dec 2025 and 2 Jan 2026");
  });

  it("signs deltas with a real minus and never shows −0.0", () => {
    expect(formatSigned(-0.4)).toBe(`${MINUS}0.4`);
    expect(formatSigned(0.44)).toBe("+0.4");
    expect(formatSigned(-0.04)).toBe("0.0");
    expect(formatSigned(0.05)).toBe("+0.1");
    expect(formatNumber(-0.01, 1)).toBe("0.0");
    expect(formatNumber(-2.5, 1)).toBe(`${MINUS}2.5`);
  });

  it("formats weights in kg or lb with one decimal", () => {
    expect(formatWeight(82.44, "metric")).toBe("82.4 kg");
    expect(formatWeight(82.44, "us")).toBe("181.7 lb");
    expect(formatWeightDelta(-0.8, "metric")).toBe(`${MINUS}0.8 kg`);
    expect(formatWeightDelta(-0.8, "us")).toBe(`${MINUS}1.8 lb`);
    expect(formatBmi(24.149)).toBe("24.1");
    expect(formatBmi(24.15)).toBe("24.2");
  });

  it("formats heights and lengths", () => {
    expect(formatHeight(178, "metric")).toBe("178 cm");
    expect(formatHeight(178.5, "metric")).toBe("178.5 cm");
    expect(formatHeight(177.8, "us")).toBe("5 ft 10 in");
    expect(formatHeight(179.07, "us")).toBe("5 ft 10.5 in");
    expect(formatLength(84, "metric")).toBe("84 cm");
    expect(formatLength(84, "us")).toBe("33.1 in");
  });

  it("writes percentiles as ordinals, like the calculator", () => {
    expect(formatPercentile(85.26)).toBe("85.3rd percentile");
    expect(formatPercentile(91.04)).toBe("91.0th percentile");
    expect(formatPercentile(99.771)).toBe("99.77th percentile");
    expect(formatPercentile(0.01)).toBe("0.1st percentile");
  });

  it("pluralises days", () => {
    expect(formatDays(1)).toBe("1 day");
    expect(formatDays(0)).toBe("0 days");
    expect(formatDays(12)).toBe("12 days");
  });
});
