import { execFile } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBmi } from "@/lib/bmi/compute";
import { roundPercentile } from "@/lib/bmi/format";
import { addDays } from "./dates";
import {
  NOT_ASSESSED_LABELS,
  ageInMonths,
  ageRuleProblem,
  deriveMeasurement,
  earliestEntryDate,
  isAssessed,
} from "./derive";

/**
 * ageInMonths in a fresh Node process started in time zone `tz`, for each case; and, as a control,
 * the days between the same dates' local midnights by Date, which depend on the zone.
 */
function ageInMonthsInZone(
  tz: string,
  cases: [string, string, number][],
): Promise<{ ages: number[]; localDays: number[] }> {
  const script = `
    const { ageInMonths } = await import("./lib/measurements/derive.ts");
    const cases = ${JSON.stringify(cases)};
    const local = (iso) => { const [y, m, d] = iso.split("-").map(Number); return new Date(y, m - 1, d).getTime(); };
    console.log(JSON.stringify({
      ages: cases.map(([birth, on]) => ageInMonths(birth, on)),
      localDays: cases.map(([birth, on]) => (local(on) - local(birth)) / 86400000),
    }));`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { cwd: path.resolve(import.meta.dirname, "../.."), env: { ...process.env, TZ: tz } },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    );
  });
}

const row = (overrides: Partial<Parameters<typeof deriveMeasurement>[0]> = {}) => ({
  id: "m1",
  measuredOn: new Date("2024-06-15T00:00:00Z"),
  weightKg: 70,
  heightCm: 175,
  waistCm: null,
  createdAt: new Date("2024-06-15T18:30:00.123Z"),
  ...overrides,
});
const adultProfile = { birthDate: "1990-05-20", sex: "female" as const, background: "default" as const };

describe("ageInMonths (CDC agemos: days / 30.4375)", () => {
  it("counts exact days", () => {
    expect(ageInMonths("2020-01-01", "2020-01-01")).toBe(0);
    expect(ageInMonths("2020-01-01", "2020-01-31")).toBeCloseTo(30 / 30.4375, 12);
    expect(ageInMonths("2000-01-01", "2020-01-01")).toBeCloseTo(7305 / 30.4375, 12);
    expect(ageInMonths("2020-01-02", "2020-01-01")).toBeCloseTo(-1 / 30.4375, 12);
  });

  it("counts 29 February in leap years and not otherwise", () => {
    expect(ageInMonths("2024-02-28", "2024-03-01") * 30.4375).toBeCloseTo(2, 9);
    expect(ageInMonths("2023-02-28", "2023-03-01") * 30.4375).toBeCloseTo(1, 9);
    expect(ageInMonths("2020-02-29", "2022-03-01") * 30.4375).toBeCloseTo(731, 9);
    expect(ageInMonths("1900-02-28", "1900-03-01") * 30.4375).toBeCloseTo(1, 9); // 1900 was not a leap year
  });

  // The zone is fixed when a process starts, so each zone gets a process of its own. Each also
  // measures the same spans with local-time Dates: those differ by zone, which shows the zone was in
  // effect (and that an implementation using local time would fail here).
  it("gives the same answer in every time zone, across DST changes", { timeout: 60_000 }, async () => {
    const cases: [string, string, number][] = [
      ["2024-03-09", "2024-03-11", 2], // US spring forward (23-hour day)
      ["2024-11-02", "2024-11-04", 2], // US fall back (25-hour day)
      ["2024-03-30", "2024-04-01", 2], // Europe spring forward
      ["2011-12-29", "2011-12-31", 2], // Samoa skipped 30 December 2011 locally
    ];
    const zones = [
      "UTC",
      "America/New_York",
      "Europe/London",
      "Pacific/Kiritimati",
      "Australia/Lord_Howe",
      "Pacific/Apia",
    ];
    const results = await Promise.all(zones.map((tz) => ageInMonthsInZone(tz, cases)));
    for (const [z, { ages }] of results.entries()) {
      for (const [i, [birth, on, days]] of cases.entries()) {
        expect(ages[i]! * 30.4375, `${zones[z]} ${birth}→${on}`).toBeCloseTo(days, 9);
      }
    }
    const localDays = Object.fromEntries(results.map(({ localDays }, z) => [zones[z], localDays]));
    expect(localDays["UTC"]).toEqual([2, 2, 2, 2]);
    expect(localDays["America/New_York"]![0]).toBeCloseTo(47 / 24, 9);
    expect(localDays["America/New_York"]![1]).toBeCloseTo(49 / 24, 9);
    expect(localDays["Europe/London"]![2]).toBeCloseTo(47 / 24, 9);
    expect(localDays["Pacific/Apia"]![3]).toBe(1);
  });

  it("refuses anything but real YYYY-MM-DD dates (never NaN)", () => {
    expect(() => ageInMonths("2020-02-30", "2024-01-01")).toThrow(RangeError);
    expect(() => ageInMonths("2020-01-01", "")).toThrow(RangeError);
  });
});

describe("the age-2 rule", () => {
  it("starts entries at 24.0 agemos: 731 days after birth", () => {
    expect(earliestEntryDate("2021-01-01")).toBe("2023-01-02"); // the 2nd birthday is 730 days: 23.98 months
    expect(earliestEntryDate("2020-01-01")).toBe("2022-01-01"); // 731 days, thanks to 29 Feb 2020
    expect(ageInMonths("2021-01-01", earliestEntryDate("2021-01-01"))).toBeGreaterThanOrEqual(24);
    expect(ageInMonths("2021-01-01", addDays(earliestEntryDate("2021-01-01"), -1))).toBeLessThan(24);
  });

  it("explains the rule on the date", () => {
    expect(ageRuleProblem(null, "1901-01-01")).toBeNull();
    expect(ageRuleProblem("2021-01-01", "2023-01-02")).toBeNull();
    expect(ageRuleProblem("2021-01-01", "2023-01-01")).toBe(
      "BMI is used from age 2, so measurements can start on 2023-01-02",
    );
    expect(ageRuleProblem("2021-01-01", "2020-12-31")).toBe("This date is before your date of birth");
  });
});

describe("deriveMeasurement", () => {
  it("judges an adult by the WHO class at full precision", () => {
    const view = deriveMeasurement(row(), adultProfile);
    expect(view).toEqual({
      id: "m1",
      measuredOn: "2024-06-15",
      weightKg: 70,
      heightCm: 175,
      waistCm: null,
      bmi: 70 / 1.75 ** 2,
      category: "healthy_weight",
      categoryLabel: "Healthy weight",
      group: "adult",
      percentile: null,
      ageMonths: ageInMonths("1990-05-20", "2024-06-15"),
      createdAt: "2024-06-15T18:30:00.123Z",
    });
    expect(isAssessed(view)).toBe(true);
  });

  it("applies the profile's NICE thresholds", () => {
    const weightKg = 24 * 1.75 ** 2;
    expect(deriveMeasurement(row({ weightKg }), adultProfile).category).toBe("healthy_weight");
    expect(deriveMeasurement(row({ weightKg }), { ...adultProfile, background: "adjusted" }).category).toBe(
      "pre_obese",
    );
  });

  it("treats a profile without a birth date as an adult with unknown age", () => {
    const view = deriveMeasurement(row({ weightKg: 95 }), { birthDate: null, sex: null, background: "default" });
    expect(view).toMatchObject({ group: "adult", ageMonths: null, percentile: null, category: "obese_class_1" });
  });

  it("judges a child by the CDC percentile (CDC's girl of 9 years 6 months, BMI 21.2 → 92.2nd)", () => {
    const birthDate = "2010-01-01";
    const measuredOn = addDays(birthDate, Math.round(114.5 * 30.4375));
    const view = deriveMeasurement(row({ measuredOn, heightCm: 140, weightKg: 21.2 * 1.4 ** 2 }), {
      birthDate,
      sex: "female",
      background: "adjusted",
    });
    expect(view.group).toBe("child");
    expect(view.category).toBe("overweight");
    expect(roundPercentile(view.percentile!)).toBe(92.2);
    expect(view.ageMonths).toBeCloseTo(114.5, 1);
  });

  it("switches from percentile to WHO class on the day agemos reaches 240", () => {
    const birthDate = "2004-03-01";
    const adultFrom = addDays(birthDate, Math.ceil(240 * 30.4375));
    const profile = { birthDate, sex: "male" as const, background: "default" as const };
    expect(deriveMeasurement(row({ measuredOn: adultFrom }), profile).group).toBe("adult");
    expect(deriveMeasurement(row({ measuredOn: addDays(adultFrom, -1) }), profile).group).toBe("child");
  });

  it("does not pass off a child without sex on the profile as an adult", () => {
    const view = deriveMeasurement(row({ measuredOn: "2024-06-15", weightKg: 30, heightCm: 140 }), {
      birthDate: "2014-01-01",
      sex: null,
      background: "default",
    });
    const who = computeBmi({ heightCm: 140, weightKg: 30, ageMonths: 240, background: "default" });
    expect(view).toMatchObject({
      group: "child",
      percentile: null,
      categoryLabel: NOT_ASSESSED_LABELS.noSex,
      category: who.category,
    });
    expect(view.bmi).toBeCloseTo(30 / 1.96, 12);
    expect(isAssessed(view)).toBe(false);
  });

  it("never throws for a date before age 2 or before birth (after a birth-date edit)", () => {
    for (const measuredOn of ["2023-06-01", "2021-01-01"]) {
      const view = deriveMeasurement(row({ measuredOn, weightKg: 11, heightCm: 80 }), {
        birthDate: "2022-01-01",
        sex: "male",
        background: "default",
      });
      expect(view).toMatchObject({ group: "child", percentile: null, categoryLabel: NOT_ASSESSED_LABELS.under2 });
      expect(Number.isFinite(view.bmi)).toBe(true);
      expect(isAssessed(view)).toBe(false);
    }
  });

  it("keeps its keys in their published order (the JSON API serialises views as they are)", () => {
    expect(Object.keys(deriveMeasurement(row(), adultProfile))).toEqual([
      "id",
      "measuredOn",
      "weightKg",
      "heightCm",
      "waistCm",
      "ageMonths",
      "createdAt",
      "bmi",
      "category",
      "categoryLabel",
      "group",
      "percentile",
    ]);
  });

  it("gives Date rows (as Prisma returns them) the same view as string rows, whoever came before", () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2040, 0, 1) / 86_400_000 });
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const person = fc.record({
      birthDate: day.map(iso),
      sex: fc.constantFrom("male" as const, "female" as const, null),
      background: fc.constantFrom("default" as const, "adjusted" as const),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(person, day), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 20, max: 150, noNaN: true }),
        (cases, weightKg) => {
          // Several people in turn: the birth date read for one must not leak into the next.
          for (const [profile, measured] of cases) {
            const fromDate = deriveMeasurement(row({ measuredOn: new Date(measured * 86_400_000), weightKg }), profile);
            const fromString = deriveMeasurement(row({ measuredOn: iso(measured), weightKg }), profile);
            expect(fromDate).toEqual(fromString);
            expect(fromDate.ageMonths).toBe(ageInMonths(profile.birthDate, iso(measured)));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("still refuses a profile birth date that is not a date", () => {
    expect(() => deriveMeasurement(row(), { ...adultProfile, birthDate: "1990-02-30" })).toThrow(RangeError);
    expect(() => deriveMeasurement(row({ measuredOn: "2024-6-15" }), adultProfile)).toThrow(RangeError);
  });
});
