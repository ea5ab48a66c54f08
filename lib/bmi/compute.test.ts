import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBmi, BmiInputError } from "./compute";
import { toPublicBmiResult } from "./public";
import { bmiInputSchema } from "./schema";
import type { BmiCategory, NormalisedBmiInput, PublicBmiResult } from "./types";

function publicFor(input: unknown): PublicBmiResult {
  return toPublicBmiResult(computeBmi(bmiInputSchema.parse(input)));
}

describe("published examples", () => {
  it("adult: 70 kg, 175 cm → BMI 22.86, healthy weight", () => {
    const r = publicFor({ heightCm: 175, weightKg: 70, age: 35 });
    expect(r.bmi).toBe(22.86);
    expect(r.category).toBe("healthy_weight");
    expect(r.group).toBe("adult");
    expect([r.percentile, r.zScore, r.percentOfP95]).toEqual([null, null, null]);
  });

  it("adult, US units: 5 ft 9 in, 150 lb → BMI 22.15", () => {
    const r = publicFor({ units: "us", heightFt: "5", heightIn: "9", weightLb: "150", age: "40" });
    expect(r.bmi).toBe(22.15);
    // CDC's 703·lb/in² shortcut rounds the exact factor (703.0696…), giving 22.148 here, which
    // rounds to 22.1; the exact conversion gives 22.151. They agree to within 0.01.
    const full = computeBmi(bmiInputSchema.parse({ units: "us", heightFt: 5, heightIn: 9, weightLb: 150, age: 40 }));
    expect(Math.abs(full.bmi - (703 * 150) / 69 ** 2)).toBeLessThan(0.01);
  });

  it("adult, CDC's own example: 5 ft 5 in, 150 lb → BMI 24.96", () => {
    const full = computeBmi(bmiInputSchema.parse({ units: "us", heightFt: 5, heightIn: 5, weightLb: 150, age: 40 }));
    expect(Math.round(full.bmi * 100) / 100).toBe(24.96);
    expect(full.category).toBe("healthy_weight");
    expect(publicFor({ units: "us", heightFt: 5, heightIn: 5, weightLb: 150, age: 40 }).bmi).toBe(24.96);
  });

  it("the NHS / CDC calculators' 180 cm, 65 kg → BMI 20.06 (two decimals, as they show it)", () => {
    const r = publicFor({ heightCm: 180, weightKg: 65, age: 30 });
    expect(r.bmi).toBe(20.06);
    expect(r.explanation).toContain("A BMI of 20.06 ");
  });

  it("decides the category on the unrounded BMI: 24.996 shows as 25.00 and is still healthy weight", () => {
    // 24.996 × 1.8² kg at 180 cm. Rounding first would have made it overweight.
    const r = publicFor({ heightCm: 180, weightKg: 24.996 * 1.8 * 1.8, age: 30 });
    expect(r.bmi).toBe(25);
    expect(r.category).toBe("healthy_weight");
    const under = publicFor({ heightCm: 180, weightKg: 18.4999 * 1.8 * 1.8, age: 30 });
    expect([under.bmi, under.category]).toEqual([18.5, "mild_thinness"]);
  });

  it("girl, 9 years 6 months (114 completed months), BMI 21.2 → 92.2nd percentile, z 1.42", () => {
    // Height chosen so that BMI is exactly 21.2 (weight = 21.2 × 1.4²).
    const r = publicFor({ heightCm: 140, weightKg: 21.2 * 1.96, ageMonths: 114, sex: "female" });
    expect([r.bmi, r.percentile, r.zScore, r.category]).toEqual([21.2, 92.2, 1.42, "overweight"]);
  });

  it("boy, 4 years 2 months (50 completed months), BMI 22.6 → 99.77th percentile, z 2.83", () => {
    const r = publicFor({ heightCm: 100, weightKg: 22.6, ageMonths: 50, sex: "male" });
    expect([r.bmi, r.percentile, r.zScore]).toEqual([22.6, 99.77, 2.83]);
    expect(r.reference).toBe("CDC 2000 BMI-for-age growth charts with the CDC 2022 extended BMI-for-age method");
  });
});

describe("derived measures", () => {
  const base: NormalisedBmiInput = { heightCm: 180, weightKg: 81, ageMonths: 480, background: "default" };

  it("BMI Prime is BMI/25 even with the NICE adjustment; ponderal index is kg/m³", () => {
    for (const background of ["default", "adjusted"] as const) {
      const r = computeBmi({ ...base, background });
      expect(r.bmi).toBeCloseTo(25, 12);
      expect(r.bmiPrime).toBeCloseTo(1, 12);
      expect(r.ponderalIndex).toBeCloseTo(81 / 1.8 ** 3, 12);
    }
  });

  it("adult healthy weight is 18.5·h² to 25·h² (23·h² adjusted)", () => {
    expect(computeBmi(base).healthyWeightKg).toEqual({ min: 18.5 * 1.8 * 1.8, max: 25 * 1.8 * 1.8 });
    expect(computeBmi({ ...base, background: "adjusted" }).healthyWeightKg?.max).toBe(23 * 1.8 * 1.8);
  });

  it("child healthy weight is the weight at the 5th and 85th percentile BMI", () => {
    const r = computeBmi({ heightCm: 140, weightKg: 35, ageMonths: 120.5, sex: "female", background: "default" });
    const cut5 = r.bands.find((b) => b.code === "healthy_weight");
    expect(r.healthyWeightKg?.min).toBeCloseTo((cut5?.from ?? 0) * 1.96, 10);
    expect(r.healthyWeightKg?.max).toBeCloseTo((cut5?.to ?? 0) * 1.96, 10);
  });

  it("waist-to-height ratio only when the waist is given", () => {
    expect(toPublicBmiResult(computeBmi(base))).toMatchObject({ waistToHeightRatio: null, waistRisk: null });
    const r = toPublicBmiResult(computeBmi({ ...base, waistCm: 95 }));
    expect(r).toMatchObject({ waistToHeightRatio: 0.53, waistRisk: "increased" });
    expect(r.reference).toContain("NICE");
  });

  it("ignores the NICE adjustment for children", () => {
    const child = { heightCm: 150, weightKg: 45, ageMonths: 150.5, sex: "male" as const };
    const a = computeBmi({ ...child, background: "default" });
    const b = computeBmi({ ...child, background: "adjusted" });
    expect([b.category, b.percentile]).toEqual([a.category, a.percentile]);
  });

  it("a child without sex is an input error naming the field", () => {
    expect(() => computeBmi({ heightCm: 140, weightKg: 35, ageMonths: 120, background: "default" })).toThrow(
      BmiInputError,
    );
  });

  it("rejects non-finite numbers from callers that skip the schema", () => {
    expect(() => computeBmi({ ...base, weightKg: Number.NaN })).toThrow(BmiInputError);
    expect(() => computeBmi({ ...base, heightCm: 0 })).toThrow(BmiInputError);
  });
});

describe("only what is valid for the age", () => {
  const girl = { heightCm: 140, weightKg: 21.2 * 1.96, ageMonths: 114, sex: "female" };

  it("BMI Prime is adults' only: null for a 9-year-old (her healthy range ends near 19, not 25)", () => {
    const r = publicFor(girl);
    expect(r.bmiPrime).toBeNull();
    expect(r.ponderalIndex).toBeCloseTo(21.2 / 1.4, 1);
    expect(r.ignored).toEqual({});
    expect(publicFor({ heightCm: 175, weightKg: 70, age: 20 }).bmiPrime).toBe(0.91);
    expect(publicFor({ heightCm: 175, weightKg: 70, age: 19.99, sex: "male" }).bmiPrime).toBeNull();
  });

  it("the NICE background adjustment is ignored for children, and says so", () => {
    const plain = publicFor(girl);
    const adjusted = publicFor({ ...girl, background: "adjusted" });
    expect(adjusted.category).toBe(plain.category);
    expect(adjusted.percentile).toBe(plain.percentile);
    expect(adjusted.ignored.background).toMatch(/adults/);
    expect(publicFor({ heightCm: 175, weightKg: 70, age: 30, background: "adjusted" }).ignored).toEqual({});
  });

  it("the waist-to-height ratio is given from age 5 (NICE), and ignored with a note below it", () => {
    const four = publicFor({ heightCm: 100, weightKg: 16, ageMonths: 59, sex: "male", waistCm: 50 });
    expect([four.waistToHeightRatio, four.waistRisk]).toEqual([null, null]);
    expect(four.ignored.waist).toMatch(/from age 5/);
    expect(four.explanation).not.toMatch(/waist/i);
    const five = publicFor({ heightCm: 110, weightKg: 18, age: 5, sex: "male", waistCm: 50 });
    expect(five.waistToHeightRatio).toBe(0.45);
    expect(five.ignored).toEqual({});
  });
});

describe("toPublicBmiResult", () => {
  it("has exactly the API fields", () => {
    expect(Object.keys(publicFor({ heightCm: 175, weightKg: 70, age: 30 })).sort()).toEqual(
      [
        "bmi",
        "bmiPrime",
        "category",
        "categoryLabel",
        "explanation",
        "group",
        "healthyWeightKg",
        "percentOfP95",
        "ignored",
        "percentile",
        "ponderalIndex",
        "reference",
        "waistRisk",
        "waistToHeightRatio",
        "zScore",
      ].sort(),
    );
  });

  it("rounds: bmi 2 dp, percentile 1 dp (2 dp from 99), z 2 dp, weights 1 dp, prime 2 dp", () => {
    const decimals = (n: number | null | undefined) => (String(n).split(".")[1] ?? "").length;
    const r = publicFor({ heightCm: 137.3, weightKg: 33.37, ageMonths: 121, sex: "male", waistCm: 71.3 });
    expect(r.percentile).not.toBeNull();
    for (const [value, max] of [
      [r.bmi, 2],
      [r.percentile, 1],
      [r.zScore, 2],
      [r.percentOfP95, 1],
      [r.healthyWeightKg?.min, 1],
      [r.healthyWeightKg?.max, 1],
      [r.bmiPrime, 2],
      [r.ponderalIndex, 1],
      [r.waistToHeightRatio, 2],
    ] as const) {
      expect(decimals(value)).toBeLessThanOrEqual(max);
    }
    const high = publicFor({ heightCm: 100, weightKg: 22.6, ageMonths: 50, sex: "male" });
    expect(decimals(high.percentile)).toBe(2);
  });

  it("never shows the 100th percentile", () => {
    const r = publicFor({ heightCm: 50, weightKg: 650, ageMonths: 30, sex: "male" });
    expect(r.percentile).toBe(99.99);
    expect(Number.isFinite(r.zScore)).toBe(true);
    expect(r.explanation).toContain("above the 99.99th percentile");
  });
});

describe("explanation and reference", () => {
  it("adult text states BMI, class, thresholds and source", () => {
    const r = publicFor({ heightCm: 175, weightKg: 70, age: 30 });
    expect(r.reference).toBe("WHO adult BMI classification");
    expect(r.explanation).toContain("BMI of 22.86");
    expect(r.explanation).toContain("healthy weight range (18.5 to under 25)");
    expect(r.explanation).toContain("56.7 to 76.6 kg");
  });

  it("adjusted text names the NICE thresholds", () => {
    const r = publicFor({ heightCm: 175, weightKg: 85, age: 30, background: "adjusted" });
    expect(r.category).toBe("obese_class_1");
    expect(r.reference).toMatch(/NICE thresholds for people of South Asian, Chinese/);
    expect(r.explanation).toContain("obese class I range (27.5 to under 32.5)");
  });

  it("child text states age, sex, percentile and z", () => {
    const r = publicFor({ heightCm: 140, weightKg: 21.2 * 1.96, ageMonths: 114, sex: "female" });
    expect(r.reference).toBe("CDC 2000 BMI-for-age growth charts");
    expect(r.explanation).toContain("a girl aged 9 years 6 months");
    expect(r.explanation).toContain("92.2nd percentile (z-score 1.42)");
  });
});

const CHILD_ORDER: BmiCategory[] = ["underweight", "healthy_weight", "overweight", "obesity", "severe_obesity"];
const ADULT_ORDER: BmiCategory[] = [
  "severe_thinness",
  "moderate_thinness",
  "mild_thinness",
  "healthy_weight",
  "pre_obese",
  "obese_class_1",
  "obese_class_2",
  "obese_class_3",
];

describe("properties", () => {
  const height = fc.double({ min: 50, max: 272, noNaN: true });
  const weight = fc.double({ min: 2, max: 650, noNaN: true });
  const sex = fc.constantFrom("male" as const, "female" as const);
  const background = fc.constantFrom("default" as const, "adjusted" as const);
  const childAge = fc.double({ min: 24, max: 240, maxExcluded: true, noNaN: true });
  const adultAge = fc.double({ min: 240, max: 1440, noNaN: true });

  it("BMI, percentile, z and category never decrease as weight rises (children)", () => {
    fc.assert(
      fc.property(height, weight, weight, childAge, sex, (h, w1, w2, ageMonths, s) => {
        const [lo, hi] = w1 <= w2 ? [w1, w2] : [w2, w1];
        const a = computeBmi({ heightCm: h, weightKg: lo, ageMonths, sex: s, background: "default" });
        const b = computeBmi({ heightCm: h, weightKg: hi, ageMonths, sex: s, background: "default" });
        if (a.group !== "child" || b.group !== "child") throw new Error("expected children");
        expect(b.bmi).toBeGreaterThanOrEqual(a.bmi);
        expect(b.percentile).toBeGreaterThanOrEqual(a.percentile);
        expect(b.zScore).toBeGreaterThanOrEqual(a.zScore);
        expect(CHILD_ORDER.indexOf(b.category)).toBeGreaterThanOrEqual(CHILD_ORDER.indexOf(a.category));
      }),
      { numRuns: 500 },
    );
  });

  it("percentile never decreases across P95 (dense sweep around the switch to the extended method)", () => {
    fc.assert(
      fc.property(childAge, sex, fc.double({ min: -1e-6, max: 1e-6, noNaN: true }), (ageMonths, s, d) => {
        const base = computeBmi({ heightCm: 100, weightKg: 20, ageMonths, sex: s, background: "default" });
        if (base.group !== "child") throw new Error("expected a child");
        const p95 = base.lms.p95;
        const at = (bmi: number) =>
          computeBmi({ heightCm: 100, weightKg: bmi, ageMonths, sex: s, background: "default" });
        const [x, y] = [at(p95 + Math.min(d, 0)), at(p95 + Math.max(d, 0))];
        if (x.group !== "child" || y.group !== "child") throw new Error("expected children");
        expect(y.percentile).toBeGreaterThanOrEqual(x.percentile);
      }),
    );
  });

  it("BMI and category never decrease as weight rises (adults)", () => {
    fc.assert(
      fc.property(height, weight, weight, adultAge, background, (h, w1, w2, ageMonths, bg) => {
        const [lo, hi] = w1 <= w2 ? [w1, w2] : [w2, w1];
        const a = computeBmi({ heightCm: h, weightKg: lo, ageMonths, background: bg });
        const b = computeBmi({ heightCm: h, weightKg: hi, ageMonths, background: bg });
        expect(b.bmi).toBeGreaterThanOrEqual(a.bmi);
        expect(ADULT_ORDER.indexOf(b.category)).toBeGreaterThanOrEqual(ADULT_ORDER.indexOf(a.category));
        expect(toPublicBmiResult(b).bmi).toBeGreaterThanOrEqual(toPublicBmiResult(a).bmi);
      }),
    );
  });

  it("every output number is finite, the percentile below 100, for any valid input", () => {
    const anyInput = fc.record({
      heightCm: height,
      weightKg: weight,
      ageMonths: fc.oneof(childAge, adultAge),
      sex,
      background,
      waistCm: fc.double({ min: 30, max: 300, noNaN: true }),
    });
    fc.assert(
      fc.property(anyInput, (input) => {
        const full = computeBmi(input);
        const pub = toPublicBmiResult(full);
        const numbers = [
          full.bmi,
          full.bmiPrime,
          full.ponderalIndex,
          full.percentile,
          full.zScore,
          full.percentOfP95,
          full.healthyWeightKg?.min,
          full.healthyWeightKg?.max,
          full.waist?.waistToHeightRatio,
          ...full.bands.flatMap((b) => [b.from, b.to]),
          ...Object.values(pub).filter((v) => typeof v === "number"),
        ].filter((v) => v !== null && v !== undefined);
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
        if (full.group === "child") {
          expect(full.percentile).toBeLessThan(100);
          expect(pub.percentile).toBeLessThan(100);
        }
        // The scale is drawable: ordered, contiguous bands, one of them the person's category.
        full.bands.forEach((band, i) => {
          expect(band.from).toBeLessThan(band.to);
          if (i > 0) expect(band.from).toBe(full.bands[i - 1]?.to);
        });
        expect(full.bands.some((b) => b.code === full.category)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("the schema never lets a non-finite number through", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double()), (value) => {
        const r = bmiInputSchema.safeParse({ heightCm: value, weightKg: "70", age: "30" });
        if (r.success) expect(Number.isFinite(r.data.heightCm)).toBe(true);
      }),
    );
  });
});
