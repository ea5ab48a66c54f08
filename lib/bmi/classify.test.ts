import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyBmi } from "./classify";
import { BmiInputError, BmiNotApplicableError, computeBmi } from "./compute";
import { bmiAtPercentile, lmsAt } from "./cdc";
import type { NormalisedBmiInput } from "./types";

const height = fc.double({ min: 50, max: 272, noNaN: true });
const weight = fc.double({ min: 2, max: 650, noNaN: true });
const sex = fc.constantFrom("male" as const, "female" as const);
const background = fc.constantFrom("default" as const, "adjusted" as const);
const childAge = fc.double({ min: 24, max: 240, maxExcluded: true, noNaN: true });
const adultAge = fc.double({ min: 240, max: 1440, noNaN: true });

/** What classifyBmi promises to share with computeBmi. */
function essentials(input: NormalisedBmiInput) {
  const full = computeBmi(input);
  return {
    group: full.group,
    bmi: full.bmi,
    category: full.category,
    categoryLabel: full.categoryLabel,
    percentile: full.percentile,
  };
}

describe("classifyBmi agrees with computeBmi", () => {
  it("on random children and adults (BMI, group, category, label, percentile: identical)", () => {
    const anyInput = fc.record({
      heightCm: height,
      weightKg: weight,
      ageMonths: fc.oneof(childAge, adultAge),
      sex,
      background,
    });
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(classifyBmi(input)).toEqual(essentials(input));
      }),
      { numRuns: 5000 },
    );
  });

  it("right at the CDC cut-offs, where a category changes", () => {
    // BMIs a hair either side of the 5th, 85th and 95th percentile and of the severe-obesity line.
    fc.assert(
      fc.property(
        childAge,
        sex,
        fc.constantFrom(5, 85, 95),
        fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
        (ageMonths, s, p, d) => {
          const bmi = bmiAtPercentile(p, ageMonths, s) + d;
          const input = { heightCm: 100, weightKg: bmi, ageMonths, sex: s, background: "default" as const };
          expect(classifyBmi(input)).toEqual(essentials(input));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(childAge, sex, fc.double({ min: -1e-6, max: 1e-6, noNaN: true }), (ageMonths, s, d) => {
        const bmi = Math.min(1.2 * lmsAt(ageMonths, s).p95, 35) + d;
        const input = { heightCm: 100, weightKg: bmi, ageMonths, sex: s, background: "default" as const };
        expect(classifyBmi(input)).toEqual(essentials(input));
      }),
      { numRuns: 1000 },
    );
  });

  it("at the adult class limits, with and without the NICE adjustment", () => {
    for (const bg of ["default", "adjusted"] as const) {
      for (const limit of [16, 17, 18.5, 23, 25, 27.5, 30, 32.5, 35, 37.5, 40]) {
        for (const d of [-1e-9, 0, 1e-9]) {
          const input = { heightCm: 100, weightKg: limit + d, ageMonths: 240, background: bg };
          expect(classifyBmi(input)).toEqual(essentials(input));
        }
      }
    }
  });

  it("refuses the same inputs, with the same errors", () => {
    expect(() =>
      classifyBmi({ heightCm: 100, weightKg: 15, ageMonths: 23.9, sex: "male", background: "default" }),
    ).toThrow(BmiNotApplicableError);
    expect(() => classifyBmi({ heightCm: 100, weightKg: 15, ageMonths: 60, background: "default" })).toThrow(
      BmiInputError,
    );
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => classifyBmi({ heightCm: bad, weightKg: 70, ageMonths: 300, background: "default" })).toThrow(
        BmiInputError,
      );
      expect(() => classifyBmi({ heightCm: 170, weightKg: bad, ageMonths: 300, background: "default" })).toThrow(
        BmiInputError,
      );
      expect(() => computeBmi({ heightCm: 170, weightKg: bad, ageMonths: 300, background: "default" })).toThrow(
        BmiInputError,
      );
    }
  });
});
