/** Boundaries of every category: adult WHO and NICE-adjusted, children's, and waist-to-height. */
import { describe, expect, it } from "vitest";
import { adultBands, classifyAdult } from "./adult";
import { lmsAt } from "./cdc";
import { childBands, childCutoffsAt, classifyChild } from "./child";
import { computeBmi } from "./compute";
import type { AdultCategory, Background, Sex } from "./types";
import { classifyWaistToHeight } from "./waist";

// [lower bound, class from that bound, class just below it]
const WHO: [number, AdultCategory, AdultCategory][] = [
  [16, "moderate_thinness", "severe_thinness"],
  [17, "mild_thinness", "moderate_thinness"],
  [18.5, "healthy_weight", "mild_thinness"],
  [25, "pre_obese", "healthy_weight"],
  [30, "obese_class_1", "pre_obese"],
  [35, "obese_class_2", "obese_class_1"],
  [40, "obese_class_3", "obese_class_2"],
];
const NICE: [number, AdultCategory, AdultCategory][] = [
  [16, "moderate_thinness", "severe_thinness"],
  [17, "mild_thinness", "moderate_thinness"],
  [18.5, "healthy_weight", "mild_thinness"],
  [23, "pre_obese", "healthy_weight"],
  [27.5, "obese_class_1", "pre_obese"],
  [32.5, "obese_class_2", "obese_class_1"],
  [37.5, "obese_class_3", "obese_class_2"],
];

describe.each([
  ["default", WHO],
  ["adjusted", NICE],
] as const)("adult classes (%s)", (background: Background, table) => {
  it.each(table)("%s starts %s; just below it is %s", (bound, from, below) => {
    expect(classifyAdult(bound, background)).toBe(from);
    expect(classifyAdult(bound - 0.0001, background)).toBe(below);
    expect(classifyAdult(bound + 0.0001, background)).toBe(from);
  });

  it("has no gaps at the ends", () => {
    expect(classifyAdult(5, background)).toBe("severe_thinness");
    expect(classifyAdult(90, background)).toBe("obese_class_3");
  });

  it("bands are contiguous, ordered and agree with classifyAdult", () => {
    const bands = adultBands(background, 12, 45);
    expect(bands.map((b) => b.code)).toEqual(["severe_thinness", ...table.map(([, code]) => code)]);
    bands.forEach((band, i) => {
      expect(band.from).toBeLessThan(band.to);
      if (i > 0) expect(band.from).toBe(bands[i - 1]?.to);
      expect(classifyAdult(band.from, background)).toBe(band.code);
    });
    expect([bands[0]?.from, bands.at(-1)?.to]).toEqual([12, 45]);
  });
});

it("classifies exactly: 18.4999 is mild thinness, 18.5 healthy weight", () => {
  expect(classifyAdult(18.4999)).toBe("mild_thinness");
  expect(classifyAdult(18.5)).toBe("healthy_weight");
  expect(classifyAdult(24.9999)).toBe("healthy_weight");
  expect(classifyAdult(22.9999, "adjusted")).toBe("healthy_weight");
  expect(classifyAdult(23, "adjusted")).toBe("pre_obese");
});

describe("children's categories", () => {
  const eps = 1e-9;
  const cases: [number, Sex][] = [
    [24.5, "male"],
    [60, "female"],
    [114.5, "female"],
    [150.5, "male"],
    [239.5, "female"],
    [239.5, "male"],
  ];

  it.each(cases)("5th / 85th / 95th percentile boundaries (agemos %s, %s)", (ageMonths, sex) => {
    const cut = childCutoffsAt(ageMonths, sex);
    expect(classifyChild(cut.p5 - eps, cut)).toBe("underweight");
    expect(classifyChild(cut.p5, cut)).toBe("healthy_weight");
    expect(classifyChild(cut.p85 - eps, cut)).toBe("healthy_weight");
    expect(classifyChild(cut.p85, cut)).toBe("overweight");
    expect(classifyChild(cut.p95 - eps, cut)).toBe("overweight");
    expect(classifyChild(cut.p95, cut)).toBe("obesity");
    expect(classifyChild(cut.severeObesity - eps, cut)).toBe("obesity");
    expect(classifyChild(cut.severeObesity, cut)).toBe("severe_obesity");
  });

  it("severe obesity starts at 120% of P95 where that is below 35", () => {
    const cut = childCutoffsAt(60, "male");
    expect(1.2 * cut.p95).toBeLessThan(35);
    expect(cut.severeObesity).toBe(1.2 * cut.p95);
    expect(classifyChild(1.2 * cut.p95, cut)).toBe("severe_obesity");
  });

  it("severe obesity starts at BMI 35 where 120% of P95 is above 35 (older girls)", () => {
    const cut = childCutoffsAt(239.5, "female");
    expect(1.2 * cut.p95).toBeGreaterThan(35);
    expect(cut.severeObesity).toBe(35);
    expect(classifyChild(34.9999, cut)).toBe("obesity");
    expect(classifyChild(35, cut)).toBe("severe_obesity");
  });

  it("the cut-offs are the 5th, 85th and 95th percentiles", () => {
    const cut = childCutoffsAt(100.5, "female");
    const p = lmsAt(100.5, "female");
    expect(cut.p95).toBe(p.p95);
    expect(cut.p5).toBeLessThan(cut.p85);
    expect(cut.p85).toBeLessThan(cut.p95);
  });

  it("computeBmi uses the same boundaries (whole pipeline, at P85 and P95)", () => {
    const ageMonths = 114.5;
    const cut = childCutoffsAt(ageMonths, "female");
    const at = (bmi: number) =>
      computeBmi({ heightCm: 100, weightKg: bmi, ageMonths, sex: "female", background: "default" }).category;
    expect(at(cut.p85 * 0.9999)).toBe("healthy_weight");
    expect(at(cut.p85 * 1.0001)).toBe("overweight");
    expect(at(cut.p95 * 0.9999)).toBe("overweight");
    expect(at(cut.p95 * 1.0001)).toBe("obesity");
  });

  it("bands are contiguous and agree with classifyChild", () => {
    const cut = childCutoffsAt(80.5, "male");
    const bands = childBands(cut, 10, 30);
    expect(bands.map((b) => b.code)).toEqual([
      "underweight",
      "healthy_weight",
      "overweight",
      "obesity",
      "severe_obesity",
    ]);
    bands.forEach((band, i) => {
      expect(band.from).toBeLessThan(band.to);
      if (i > 0) expect(band.from).toBe(bands[i - 1]?.to);
      expect(classifyChild(band.from, cut)).toBe(band.code);
    });
  });
});

describe("waist-to-height ratio (NICE)", () => {
  it.each([
    [0.3, "no_increased_risk"],
    [0.4999, "no_increased_risk"],
    [0.5, "increased"],
    [0.5999, "increased"],
    [0.6, "high"],
    [0.9, "high"],
  ] as const)("%s → %s", (ratio, risk) => {
    expect(classifyWaistToHeight(ratio)).toBe(risk);
  });
});
