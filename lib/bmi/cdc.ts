/**
 * CDC BMI-for-age (2 to 20 years): LMS interpolation, z-scores and percentiles, with the CDC 2022
 * extended method at and above the 95th percentile. Sources and formulas:
 * data/bmi-for-age/README.md.
 */
import { CDC_LMS_FEMALE, CDC_LMS_MALE, type CdcLmsRow } from "./data/cdc-lms";
import { normalCdf, normalQuantile, Z_P95 } from "./stats";
import type { LmsPoint, Sex } from "./types";

/** Table bounds: agemos 24 to 240.5 (children are evaluated below 240). */
export const CDC_MIN_AGE_MONTHS = 24;
export const CDC_MAX_AGE_MONTHS = 240.5;

/**
 * The largest double below 100. Extended percentiles approach 100 so fast that 100 − 10·Φ(−x)
 * rounds to exactly 100 once x > ~8; capping here keeps the percentile below 100 and
 * Φ⁻¹(percentile/100) finite.
 */
const MAX_PERCENTILE = 100 - 2 ** -46;

export function cdcTable(sex: Sex): readonly CdcLmsRow[] {
  return sex === "male" ? CDC_LMS_MALE : CDC_LMS_FEMALE;
}

/** CDC 2022 regression of sigma on age in years (Wei et al. 2020), one per sex. */
export function sigmaAt(ageMonths: number, sex: Sex): number {
  const age = ageMonths / 12;
  return sex === "male" ? 0.3728 + 0.5196 * age - 0.0091 * age * age : 0.8334 + 0.3712 * age - 0.0011 * age * age;
}

/** Finds the two rows around ageMonths (binary search; the table is sorted by agemos). */
function bracket(rows: readonly CdcLmsRow[], ageMonths: number): [CdcLmsRow, CdcLmsRow] {
  let lo = 0;
  let hi = rows.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid];
    if (row !== undefined && row.agemos <= ageMonths) lo = mid;
    else hi = mid;
  }
  const a = rows[lo];
  const b = rows[hi];
  if (a === undefined || b === undefined) throw new Error("CDC table is empty");
  return [a, b];
}

/**
 * L, M, S interpolated linearly between table rows by agemos (as CDC and cdcanthro do), sigma from
 * the regression and P95 from the interpolated LMS at full precision (cdcanthro uses qnorm(0.95)
 * rather than the table's rounded P95 column).
 */
export function lmsAt(ageMonths: number, sex: Sex): LmsPoint {
  if (!(ageMonths >= CDC_MIN_AGE_MONTHS && ageMonths <= CDC_MAX_AGE_MONTHS)) {
    throw new RangeError(
      `CDC BMI-for-age covers ${CDC_MIN_AGE_MONTHS} to ${CDC_MAX_AGE_MONTHS} months, got ${ageMonths}`,
    );
  }
  const [a, b] = bracket(cdcTable(sex), ageMonths);
  const t = b.agemos === a.agemos ? 0 : (ageMonths - a.agemos) / (b.agemos - a.agemos);
  const L = a.L + t * (b.L - a.L);
  const M = a.M + t * (b.M - a.M);
  const S = a.S + t * (b.S - a.S);
  return { ageMonths, L, M, S, sigma: sigmaAt(ageMonths, sex), p95: lmsBmiAtZ({ L, M, S }, Z_P95) };
}

type Lms = Pick<LmsPoint, "L" | "M" | "S">;

/** LMS z-score: ((BMI/M)^L − 1)/(L·S). No table has L = 0, so the log form is not needed. */
export function lmsZ(bmi: number, { L, M, S }: Lms): number {
  return ((bmi / M) ** L - 1) / (L * S);
}

/** LMS inverse: BMI(z) = M·(1 + L·S·z)^(1/L). */
export function lmsBmiAtZ({ L, M, S }: Lms, z: number): number {
  return M * (1 + L * S * z) ** (1 / L);
}

export interface ChildPercentile {
  percentile: number;
  zScore: number;
  /** BMI as a percentage of the 95th-percentile BMI. */
  percentOfP95: number;
  method: "lms" | "extended";
  lms: LmsPoint;
}

/**
 * Percentile and z-score of a BMI for a child, ageMonths being the exact agemos (see schema.ts
 * for how ages are converted). Below P95 the LMS method; at or above, the CDC 2022 extended
 * method: percentile = 90 + 10·Φ((BMI − P95)/sigma), z = Φ⁻¹(percentile/100).
 */
export function childPercentile(bmi: number, ageMonths: number, sex: Sex): ChildPercentile {
  const lms = lmsAt(ageMonths, sex);
  const percentOfP95 = (100 * bmi) / lms.p95;
  if (bmi < lms.p95) {
    // Clamp to the P95 values: rounding in the power can put a BMI a hair below P95 at
    // 95.0000000000001, which would make the percentile dip when crossing into the extended method.
    const zScore = Math.min(lmsZ(bmi, lms), Z_P95);
    const percentile = Math.min(100 * normalCdf(zScore), 95);
    return { percentile, zScore, percentOfP95, method: "lms", lms };
  }
  // 100 − 10·Φ(−x) equals 90 + 10·Φ(x) and keeps the tail's precision for large x.
  const x = (bmi - lms.p95) / lms.sigma;
  const percentile = Math.min(100 - 10 * normalCdf(-x), MAX_PERCENTILE);
  return { percentile, zScore: normalQuantile(percentile / 100), percentOfP95, method: "extended", lms };
}

/**
 * BMI at a given percentile (0 < p < 100) for age and sex: LMS below the 95th percentile,
 * the extended inverse BMI = P95 + Φ⁻¹((p − 90)/10)·sigma at and above it.
 */
export function bmiAtPercentile(percentile: number, ageMonths: number, sex: Sex): number {
  const lms = lmsAt(ageMonths, sex);
  if (percentile < 95) return lmsBmiAtZ(lms, normalQuantile(percentile / 100));
  return lms.p95 + normalQuantile((percentile - 90) / 10) * lms.sigma;
}
