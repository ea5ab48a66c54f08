import { describe, expect, it } from "vitest";
import { filterToRange, parseRange, rangeStart } from "./ranges";

describe("parseRange", () => {
  it("accepts the known ranges", () => {
    expect(parseRange("30d")).toBe("30d");
    expect(parseRange("90d")).toBe("90d");
    expect(parseRange("1y")).toBe("1y");
    expect(parseRange("all")).toBe("all");
  });

  it("defaults to 90 days for anything else", () => {
    for (const value of [undefined, null, "", "7d", "ALL", 30, {}, ["nope"]]) expect(parseRange(value)).toBe("90d");
  });

  it("uses the first of repeated params", () => {
    expect(parseRange(["1y", "30d"])).toBe("1y");
  });
});

describe("rangeStart", () => {
  it("counts days back for day ranges", () => {
    expect(rangeStart("30d", "2026-11-21")).toBe("2026-10-22");
    expect(rangeStart("90d", "2026-11-21")).toBe("2026-08-23");
    // Across the March DST change in New York: still whole days.
    expect(rangeStart("30d", "2026-03-20")).toBe("2026-02-18");
  });

  it("goes back a calendar year for 1y", () => {
    expect(rangeStart("1y", "2026-11-21")).toBe("2025-11-21");
    expect(rangeStart("1y", "2024-02-29")).toBe("2023-02-28");
  });

  it("has no start for all", () => {
    expect(rangeStart("all", "2026-11-21")).toBeNull();
  });
});

describe("filterToRange", () => {
  const series = ["2026-08-01", "2026-10-21", "2026-10-22", "2026-11-21", "2026-11-22"].map((measuredOn) => ({
    measuredOn,
  }));

  it("keeps entries from the start day on, including one dated after today", () => {
    expect(filterToRange(series, "30d", "2026-11-21").map((e) => e.measuredOn)).toEqual([
      "2026-10-22",
      "2026-11-21",
      "2026-11-22",
    ]);
    expect(filterToRange(series, "all", "2026-11-21")).toHaveLength(5);
  });
});
