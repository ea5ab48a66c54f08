import { describe, expect, it } from "vitest";
import { kgToLb } from "@/lib/bmi/units";
import { buildChartSpec, MIN_SPAN_DAYS } from "./chart-data";
import { addDays, daysBetween } from "@/lib/dates/calendar";
import { MAX_ENTRY_POINTS, MAX_PERIOD_POINTS } from "./downsample";
import { exponentialTrend } from "./trend";
import { MINUS } from "./format";
import { makeEntry, makeProfile, makeSeries } from "./test-fixtures";

const today = "2026-11-21";

describe("buildChartSpec", () => {
  const series = makeSeries("2026-05-01", 30, 7, (i) => 90 - i * 0.4);
  const profile = makeProfile({ goalWeightKg: 78 });

  it("keeps the range's entries and continues the trend from earlier history", () => {
    const spec = buildChartSpec({ metric: "bmi", series, profile, range: "30d", today });
    expect(spec.from).toBe("2026-10-22");
    expect(spec.to).toBe(today);
    expect(spec.points.every((p) => p.date >= "2026-10-22")).toBe(true);
    // Falling weights: the trend lags above the values, because it started months earlier.
    expect(spec.points[0]!.trend).toBeGreaterThan(spec.points[0]!.value);
    expect(spec.unit).toBe("kg/m²");
    expect(spec.goal).toBeNull();
  });

  it("converts weights, trend, band and goal to pounds", () => {
    const spec = buildChartSpec({
      metric: "weight",
      series,
      profile: { ...profile, units: "us" },
      range: "all",
      today,
    });
    expect(spec.unit).toBe("lb");
    expect(spec.points[0]!.value).toBeCloseTo(kgToLb(90), 10);
    expect(spec.goal).toBeCloseTo(kgToLb(78), 10);
    const band = spec.reference[0];
    expect(band?.kind).toBe("band");
    if (band?.kind === "band") expect(band.upper).toBeCloseTo(kgToLb(25 * 1.78 ** 2), 8);
    expect(spec.referenceNote).toContain("healthy weight for 5 ft 10.1 in");
    expect(spec.summary).toMatch(
      /^Weight from 198\.4 lb to 172\.8 lb between 1 May and 20 Nov 2026 \(30 measurements; /,
    );
    expect(spec.summary).toMatch(/; trend [\d.]+ lb\)\. Goal 172\.0 lb\.$/);
  });

  it("summarises BMI like the brief's example", () => {
    const spec = buildChartSpec({ metric: "bmi", series, profile, range: "90d", today });
    expect(spec.summary).toMatch(
      /^BMI from \d\d\.\d to \d\d\.\d between \d+ \w{3} and 20 Nov 2026 \(\d+ measurements; trend \d\d\.\d\)\.$/,
    );
    expect(spec.summary).not.toContain(MINUS);
  });

  it("says so when the range is empty, and still frames the range", () => {
    const old = [makeEntry("2025-01-01", 80)];
    const spec = buildChartSpec({ metric: "bmi", series: old, profile, range: "30d", today });
    expect(spec.points).toEqual([]);
    expect(spec.summary).toBe("No BMI measurements in the last 30 days.");
    expect(spec.reference).toHaveLength(1);
    expect(buildChartSpec({ metric: "weight", series: [], profile, range: "all", today }).summary).toBe(
      "No weight measurements yet.",
    );
  });

  it("widens a single entry's frame to at least two weeks", () => {
    const spec = buildChartSpec({ metric: "bmi", series: [makeEntry(today, 80)], profile, range: "all", today });
    expect(daysBetween(spec.from, spec.to)).toBe(MIN_SPAN_DAYS);
    expect(spec.summary).toBe("BMI 25.2 on 21 Nov 2026.");
  });

  it("extends the axis to an entry dated after today", () => {
    const spec = buildChartSpec({
      metric: "bmi",
      series: [...series, makeEntry("2026-11-22", 78)],
      profile,
      range: "30d",
      today,
    });
    expect(spec.to).toBe("2026-11-22");
  });

  it("scales a teenager's curves by the height at each date", () => {
    const teen = { birthDate: "2011-03-10", sex: "female" as const };
    const growing = makeSeries("2025-11-21", 13, 30, (i) => 50 + i * 0.3, teen).map((entry, i) => ({
      ...entry,
      heightCm: 160 + i * 0.5,
    }));
    const spec = buildChartSpec({
      metric: "weight",
      series: growing,
      profile: makeProfile({ ...teen, heightCm: 166 }),
      range: "1y",
      today,
    });
    const curves = spec.reference[0];
    expect(curves?.kind).toBe("curves");
    if (curves?.kind !== "curves") return;
    const bmiSpec = buildChartSpec({
      metric: "bmi",
      series: growing,
      profile: makeProfile({ ...teen, heightCm: 166 }),
      range: "1y",
      today,
    });
    const bmiCurves = bmiSpec.reference[0];
    if (bmiCurves?.kind !== "curves") throw new Error("expected curves");
    const first = curves.samples[0]!;
    expect(first.p85).toBeCloseTo(bmiCurves.samples[0]!.p85 * 1.6 ** 2, 8);
    expect(spec.referenceNote).toContain("5th, 85th and 95th");
    expect(spec.adultFrom).toBeNull();
  });

  it("notes the switch at 20", () => {
    const person = { birthDate: "2006-06-15", sex: "male" as const };
    const spec = buildChartSpec({
      metric: "bmi",
      series: makeSeries("2025-12-01", 12, 30, () => 70, person),
      profile: makeProfile(person),
      range: "1y",
      today,
    });
    expect(spec.reference.map((s) => s.kind)).toEqual(["curves", "band"]);
    expect(spec.adultFrom).toBe("2026-06-15");
    expect(spec.referenceNote).toMatch(
      /^Until age 20 \(15 Jun 2026\) lines show .*; from then on shaded is the adult healthy BMI range, 18\.5 to 25\.$/,
    );
  });
});

describe("buildChartSpec input order", () => {
  it("accepts a newest-first series", () => {
    const series = makeSeries("2026-10-01", 5, 7, (i) => 80 - i);
    const forward = buildChartSpec({ metric: "weight", series, profile: makeProfile(), range: "90d", today });
    const backward = buildChartSpec({
      metric: "weight",
      series: [...series].reverse(),
      profile: makeProfile(),
      range: "90d",
      today,
    });
    expect(backward.points).toEqual(forward.points);
  });
});

describe("buildChartSpec for a long daily history", () => {
  // 2,000 daily weigh-ins ending today, like the benchmark's heavy user.
  const start = addDays(today, -1999);
  const series = makeSeries(start, 2000, 1, (i) => 90 - i / 100 + Math.sin(i) * 0.6);
  const profile = makeProfile({ goalWeightKg: 75 });

  it("draws monthly means for all time but keeps every entry, the trend and the summary exact", () => {
    const spec = buildChartSpec({ metric: "weight", series, profile, range: "all", today });
    expect(spec.points).toHaveLength(2000);
    expect(spec.period).toBe("month");
    expect(spec.display.length).toBeLessThanOrEqual(MAX_PERIOD_POINTS);
    expect(spec.display.reduce((sum, p) => sum + p.count, 0)).toBe(2000);
    expect(spec.display[0]!.first).toBe(start);
    expect(spec.display.at(-1)!.last).toBe(today);
    // The trend is computed from every entry, whatever is drawn.
    const trend = exponentialTrend(series.map((e) => ({ date: e.measuredOn, value: e.weightKg })));
    expect(spec.points.map((p) => p.trend)).toEqual(trend);
    expect(spec.display.at(-1)!.trend).toBe(trend.at(-1));
    const first = series[0]!;
    const last = series.at(-1)!;
    expect(spec.summary).toBe(
      `Weight from ${first.weightKg.toFixed(1)} kg to ${(Math.round(last.weightKg * 10) / 10).toFixed(1)} kg ` +
        `between ${formatDatePairForTest(first.measuredOn, last.measuredOn)} ` +
        `(2,000 measurements, drawn as monthly means; trend ` +
        `${(Math.round(trend.at(-1)! * 10) / 10).toFixed(1)} kg). Goal 75.0 kg.`,
    );
  });

  it("draws weekly means for a year, and every entry for 90 days", () => {
    const year = buildChartSpec({ metric: "bmi", series, profile, range: "1y", today });
    expect(year.period).toBe("week");
    expect(year.points.length).toBe(366);
    expect(year.display.length).toBeGreaterThanOrEqual(53);
    expect(year.summary).toContain("(366 measurements, drawn as weekly means; trend ");
    const quarter = buildChartSpec({ metric: "bmi", series, profile, range: "90d", today });
    expect(quarter.points.length).toBeLessThanOrEqual(MAX_ENTRY_POINTS);
    expect(quarter.period).toBeNull();
    expect(quarter.display.map((p) => [p.id, p.value, p.trend])).toEqual(
      quarter.points.map((p) => [p.id, p.value, p.trend]),
    );
    expect(quarter.summary).not.toContain("means");
  });
});

/** "1 Jan 2021 and 21 Nov 2026" for dates in different years. */
function formatDatePairForTest(from: string, to: string): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const text = (iso: string) => `${Number(iso.slice(8))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return `${text(from)} and ${text(to)}`;
}
