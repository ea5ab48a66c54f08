import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bmiAtPercentile } from "@/lib/bmi/cdc";
import { childCutoffsAt } from "@/lib/bmi/child";
import { addDays, ageInMonths, daysBetween } from "@/lib/dates/calendar";
import {
  bmiReference,
  firstDayAtAge,
  heightLookup,
  heightOn,
  mapReference,
  sampleCurves,
  TARGET_SAMPLES,
  weightAtBmi,
  type CurvesSegment,
} from "./reference";

const base = { sex: "female" as const, background: "default" as const, fallbackGroup: null };

describe("bmiReference", () => {
  it("is the WHO healthy band for an adult", () => {
    expect(bmiReference({ ...base, from: "2026-08-23", to: "2026-11-21", birthDate: "1990-05-15" })).toEqual([
      { kind: "band", from: "2026-08-23", to: "2026-11-21", lower: 18.5, upper: 25 },
    ]);
  });

  it("ends at 23 with the NICE adjustment", () => {
    const [band] = bmiReference({
      ...base,
      background: "adjusted",
      from: "2026-08-23",
      to: "2026-11-21",
      birthDate: "1990-05-15",
    });
    expect(band).toMatchObject({ lower: 18.5, upper: 23 });
  });

  it("draws CDC curves for a teenager, equal to lib/bmi at each sampled age", () => {
    const segments = bmiReference({ ...base, from: "2025-11-21", to: "2026-11-21", birthDate: "2011-03-10" });
    expect(segments).toHaveLength(1);
    const curves = segments[0] as CurvesSegment;
    expect(curves.kind).toBe("curves");
    expect(curves.samples[0]?.date).toBe("2025-11-21");
    expect(curves.samples.at(-1)?.date).toBe("2026-11-21");
    expect(curves.samples.length).toBeGreaterThanOrEqual(TARGET_SAMPLES / 2);
    expect(curves.samples.length).toBeLessThanOrEqual(TARGET_SAMPLES + 2);
    for (const s of curves.samples) {
      expect(s.ageMonths).toBeCloseTo(ageInMonths("2011-03-10", s.date), 10);
      expect(s.p5).toBeCloseTo(bmiAtPercentile(5, s.ageMonths, "female"), 10);
      expect(s.p85).toBeCloseTo(bmiAtPercentile(85, s.ageMonths, "female"), 10);
      expect(s.p95).toBe(childCutoffsAt(s.ageMonths, "female").p95);
      expect(s.p5).toBeLessThan(s.p85);
      expect(s.p85).toBeLessThan(s.p95);
    }
    // Teen curves rise with age.
    expect(curves.samples.at(-1)!.p85).toBeGreaterThan(curves.samples[0]!.p85);
  });

  it("switches from curves to the adult band on the 20th birthday", () => {
    const segments = bmiReference({
      ...base,
      sex: "male",
      from: "2026-01-01",
      to: "2026-11-21",
      birthDate: "2006-06-15",
    });
    expect(segments.map((s) => s.kind)).toEqual(["curves", "band"]);
    const [curves, band] = segments as [CurvesSegment, { from: string; to: string }];
    expect(curves.from).toBe("2026-01-01");
    expect(curves.to).toBe("2026-06-15");
    expect(curves.samples.at(-1)?.date).toBe("2026-06-15");
    expect(curves.samples.at(-1)?.ageMonths).toBeLessThanOrEqual(240);
    expect(curves.samples.at(-1)?.ageMonths).toBeGreaterThan(239.9);
    expect(band).toMatchObject({ from: "2026-06-15", to: "2026-11-21" });
  });

  it("switches on the same day as lib/measurements: agemos (days / 30.4375) reaching 240", () => {
    const birthDate = "2004-03-01";
    const adultFrom = firstDayAtAge(birthDate, 240);
    expect(ageInMonths(birthDate, adultFrom)).toBeGreaterThanOrEqual(240);
    expect(ageInMonths(birthDate, addDays(adultFrom, -1))).toBeLessThan(240);
    const [curves, band] = bmiReference({ ...base, from: "2024-01-01", to: "2024-06-01", birthDate });
    expect(curves?.to).toBe(adultFrom);
    expect(band?.from).toBe(adultFrom);
    // And curves start once agemos reaches 24 (731 days), the first date entries are allowed.
    expect(firstDayAtAge("2022-01-01", 24)).toBe("2024-01-02");
  });

  it("needs a sex for the curves", () => {
    expect(bmiReference({ ...base, sex: null, from: "2026-01-01", to: "2026-11-21", birthDate: "2011-03-10" })).toEqual(
      [],
    );
  });

  it("falls back to the latest entry's group without a birth date", () => {
    expect(
      bmiReference({ ...base, birthDate: null, fallbackGroup: "adult", from: "2026-01-01", to: "2026-11-21" }),
    ).toHaveLength(1);
    expect(
      bmiReference({ ...base, birthDate: null, fallbackGroup: "child", from: "2026-01-01", to: "2026-11-21" }),
    ).toEqual([]);
    expect(bmiReference({ ...base, birthDate: null, from: "2026-01-01", to: "2026-11-21" })).toEqual([]);
  });

  it("draws nothing before the second birthday", () => {
    const segments = bmiReference({ ...base, from: "2025-01-01", to: "2026-11-21", birthDate: "2024-03-01" });
    expect(segments).toHaveLength(1);
    expect(segments[0]?.from).toBe("2026-03-02"); // 731 days: agemos 24.0
  });
});

describe("sampleCurves", () => {
  it("samples a short span every day", () => {
    const samples = sampleCurves("2012-01-01", "male", "2026-10-22", "2026-11-21");
    expect(samples).toHaveLength(31);
    expect(daysBetween(samples[0]!.date, samples[1]!.date)).toBe(1);
  });
});

describe("weight references", () => {
  it("multiplies BMI by height squared", () => {
    expect(weightAtBmi(25, 180)).toBeCloseTo(81, 10);
    const [band] = mapReference(
      [{ kind: "band", from: "2026-01-01", to: "2026-02-01", lower: 18.5, upper: 25 }],
      (bmi) => weightAtBmi(bmi, 180),
    );
    expect(band?.kind === "band" && band.lower).toBeCloseTo(59.94, 10);
    expect(band?.kind === "band" && band.upper).toBeCloseTo(81, 10);
  });

  it("interpolates height between entries and holds it at the ends", () => {
    const entries = [
      { measuredOn: "2026-01-01", heightCm: 160 },
      { measuredOn: "2026-01-11", heightCm: 162 },
    ];
    expect(heightOn(entries, "2025-06-01")).toBe(160);
    expect(heightOn(entries, "2026-01-06")).toBeCloseTo(161, 10);
    expect(heightOn(entries, "2026-05-01")).toBe(162);
    expect(heightOn([], "2026-05-01")).toBeNull();
  });

  it("answers like a walk through the entries, for many dates of one series (heightLookup)", () => {
    // The plain definition: the last entry on or before the date, then the first one after it.
    const walk = (entries: readonly { measuredOn: string; heightCm: number }[], date: string): number | null => {
      let before: { measuredOn: string; heightCm: number } | null = null;
      for (const entry of entries) {
        if (entry.measuredOn <= date) before = entry;
        else if (before === null) return entry.heightCm;
        else
          return (
            before.heightCm +
            (daysBetween(before.measuredOn, date) / daysBetween(before.measuredOn, entry.measuredOn)) *
              (entry.heightCm - before.heightCm)
          );
      }
      return before?.heightCm ?? null;
    };
    const series = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.double({ min: 100, max: 200, noNaN: true })), {
        maxLength: 60,
      })
      .map((steps) => {
        let day = 0;
        return steps.map(([gap, heightCm]) => ({ measuredOn: addDays("2020-01-01", (day += gap)), heightCm }));
      });
    fc.assert(
      fc.property(
        series,
        fc.array(fc.integer({ min: -30, max: 2500 }), { minLength: 1, maxLength: 20 }),
        (entries, offsets) => {
          const lookup = heightLookup(entries);
          for (const offset of offsets) {
            const date = addDays("2020-01-01", offset);
            const expected = walk(entries, date);
            if (expected === null) expect(lookup(date)).toBeNull();
            else expect(lookup(date)).toBeCloseTo(expected, 9);
            expect(heightOn(entries, date)).toBe(lookup(date));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
