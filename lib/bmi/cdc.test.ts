import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bmiAtPercentile, childPercentile, lmsAt, lmsBmiAtZ, lmsZ, sigmaAt } from "./cdc";
import { CDC_LMS_FEMALE, CDC_LMS_MALE } from "./data/cdc-lms";
import { round } from "./format";
import { Z_P5, Z_P85, Z_P95 } from "./stats";
import type { Sex } from "./types";

const TABLES = [
  ["male", CDC_LMS_MALE],
  ["female", CDC_LMS_FEMALE],
] as const;

describe("CDC published worked examples", () => {
  // "9 years 6 months" = 114 completed months, evaluated at the month's midpoint 114.5.
  it("girl, 9 years 6 months, BMI 21.2 → 92.2nd percentile, z 1.42", () => {
    const r = childPercentile(21.2, 114.5, "female");
    expect(r.method).toBe("lms");
    expect(round(r.percentile, 1)).toBe(92.2);
    expect(round(r.zScore, 2)).toBe(1.42);
  });

  it("boy, 4 years 2 months, BMI 22.6 → 99.77th percentile, z 2.83 (extended method)", () => {
    const r = childPercentile(22.6, 50.5, "male");
    expect(r.method).toBe("extended");
    expect(round(r.percentile, 2)).toBe(99.77);
    expect(round(r.zScore, 2)).toBe(2.83);
  });

  it("does NOT reproduce them at the whole-month point (why completed months get + 0.5)", () => {
    const girl = childPercentile(21.2, 114, "female");
    const boy = childPercentile(22.6, 50, "male");
    expect([round(girl.percentile, 1), round(girl.zScore, 2)]).not.toEqual([92.2, 1.42]);
    expect([round(boy.percentile, 2), round(boy.zScore, 2)]).not.toEqual([99.77, 2.83]);
  });
});

describe.each(TABLES)("every %s table row", (sex, rows) => {
  it("LMS inverse at the P5/P85/P95 z reproduces the P5/P85/P95 columns within 0.01", () => {
    const bad = rows.filter(
      (r) =>
        Math.abs(lmsBmiAtZ(r, Z_P5) - r.P5) > 0.01 ||
        Math.abs(lmsBmiAtZ(r, Z_P85) - r.P85) > 0.01 ||
        Math.abs(lmsBmiAtZ(r, Z_P95) - r.P95) > 0.01,
    );
    expect(bad).toEqual([]);
  });

  it("the P5/P85/P95 BMIs are at the 5th/85th/95th percentile within 0.01", () => {
    const bad = rows.filter(
      (r) =>
        Math.abs(childPercentile(r.P5, r.agemos, sex).percentile - 5) > 0.01 ||
        Math.abs(childPercentile(r.P85, r.agemos, sex).percentile - 85) > 0.01 ||
        Math.abs(childPercentile(r.P95, r.agemos, sex).percentile - 95) > 0.01,
    );
    expect(bad).toEqual([]);
  });

  it("lmsAt returns the row itself at a table age", () => {
    for (const r of rows) {
      const p = lmsAt(r.agemos, sex);
      expect([p.L, p.M, p.S]).toEqual([r.L, r.M, r.S]);
    }
  });

  it("the sigma regression gives the table's sigma column (6 decimals)", () => {
    const bad = rows.filter((r) => Math.abs(sigmaAt(r.agemos, sex) - r.sigma) > 5e-7);
    expect(bad).toEqual([]);
  });
});

describe("lmsAt", () => {
  it("interpolates L, M and S linearly between rows", () => {
    const [a, b] = [CDC_LMS_FEMALE[10], CDC_LMS_FEMALE[11]];
    if (!a || !b) throw new Error("table too short");
    const p = lmsAt((a.agemos + b.agemos) / 2, "female");
    expect(p.L).toBeCloseTo((a.L + b.L) / 2, 12);
    expect(p.M).toBeCloseTo((a.M + b.M) / 2, 12);
    expect(p.S).toBeCloseTo((a.S + b.S) / 2, 12);
    // 24 → 24.5 is the only half-month gap; interpolation must use the real ages, not row indices.
    const first = CDC_LMS_MALE[0];
    const second = CDC_LMS_MALE[1];
    if (!first || !second) throw new Error("table too short");
    expect(lmsAt(24.25, "male").M).toBeCloseTo((first.M + second.M) / 2, 12);
  });

  it("computes P95 from the LMS at full precision", () => {
    const p = lmsAt(100.3, "male");
    expect(p.p95).toBe(lmsBmiAtZ(p, Z_P95));
    expect(lmsZ(p.p95, p)).toBeCloseTo(1.6448536269514722, 12);
  });

  it("refuses ages outside the table", () => {
    expect(() => lmsAt(23.9, "male")).toThrow(RangeError);
    expect(() => lmsAt(240.6, "female")).toThrow(RangeError);
    expect(() => lmsAt(Number.NaN, "female")).toThrow(RangeError);
  });
});

describe("extended method", () => {
  const ages = [24, 50.5, 114.5, 180, 239.5];
  const cases = ages.flatMap((a) => (["male", "female"] as Sex[]).map((s) => [a, s] as const));

  it.each(cases)("is continuous at P95 (agemos %s, %s)", (ageMonths, sex) => {
    const { p95 } = lmsAt(ageMonths, sex);
    const at = childPercentile(p95, ageMonths, sex);
    expect(at.method).toBe("extended");
    expect(at.percentile).toBe(95);
    expect(at.zScore).toBeCloseTo(Z_P95, 12);
    const below = childPercentile(p95 * (1 - 1e-12), ageMonths, sex);
    expect(below.method).toBe("lms");
    expect(below.percentile).toBeLessThanOrEqual(95);
    expect(below.percentile).toBeCloseTo(95, 9);
    const above = childPercentile(p95 * (1 + 1e-12), ageMonths, sex);
    expect(above.percentile).toBeGreaterThanOrEqual(95);
    expect(above.percentile).toBeCloseTo(95, 9);
  });

  it("matches the extended CSV's P98, P99, P99.9 and P99.99 columns in every row (4-decimal rounding)", () => {
    const file = path.resolve(import.meta.dirname, "../../data/bmi-for-age/cdc_bmi-age-2022_extended.csv");
    const lines = readFileSync(file, "utf8").split("\r\n");
    const header = (lines[0] ?? "").split(",");
    const col = (name: string) => header.indexOf(name);
    const bad: string[] = [];
    for (const line of lines.slice(1).filter((l) => l !== "")) {
      const cells = line.split(",").map(Number);
      const sex: Sex = cells[col("sex")] === 1 ? "male" : "female";
      const agemos = cells[col("agemos")] ?? Number.NaN;
      for (const [name, p] of [
        ["P98", 98],
        ["P99", 99],
        ["P99_9", 99.9],
        ["P99_99", 99.99],
      ] as const) {
        const published = cells[col(name)] ?? Number.NaN;
        // Inverse: BMI = P95 + Φ⁻¹((p − 90)/10)·sigma. 5e-5 is the CSV's rounding; the rest
        // allows for the table's sigma being rounded to 6 decimals.
        if (!(Math.abs(bmiAtPercentile(p, agemos, sex) - published) <= 6e-5)) bad.push(`${line} ${name}`);
        // Forward: the published BMI sits at that percentile.
        if (!(Math.abs(childPercentile(published, agemos, sex).percentile - p) < 0.001))
          bad.push(`${line} ${name} fwd`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("never returns 100 or a non-finite z, however high the BMI", () => {
    for (const bmi of [40, 60, 100, 500, 2600, 1e6]) {
      const r = childPercentile(bmi, 30, "male");
      expect(r.percentile).toBeLessThan(100);
      expect(Number.isFinite(r.zScore)).toBe(true);
      expect(Number.isFinite(r.percentOfP95)).toBe(true);
    }
  });

  it("keeps very low BMIs finite too", () => {
    for (const bmi of [5, 1, 0.27, 1e-3]) {
      const r = childPercentile(bmi, 239.5, "female");
      expect(r.percentile).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(r.zScore)).toBe(true);
    }
  });
});
