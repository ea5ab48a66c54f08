/**
 * toPublicBmiResult: the JSON API response, rounded for people to read. Rounding happens only
 * here (and identically in the explanation), never inside the calculation.
 */
import { round, roundBmi, roundPercentile } from "./format";
import type { BmiResult, PublicBmiResult } from "./types";

export function toPublicBmiResult(result: BmiResult): PublicBmiResult {
  const child = result.group === "child" ? result : null;
  return {
    bmi: roundBmi(result.bmi),
    category: result.category,
    categoryLabel: result.categoryLabel,
    percentile: child ? roundPercentile(child.percentile) : null,
    zScore: child ? round(child.zScore, 2) : null,
    percentOfP95: child ? round(child.percentOfP95, 1) : null,
    healthyWeightKg: result.healthyWeightKg
      ? { min: round(result.healthyWeightKg.min, 1), max: round(result.healthyWeightKg.max, 1) }
      : null,
    bmiPrime: result.bmiPrime === null ? null : round(result.bmiPrime, 2),
    ponderalIndex: round(result.ponderalIndex, 1),
    waistToHeightRatio: result.waist ? round(result.waist.waistToHeightRatio, 2) : null,
    waistRisk: result.waist ? result.waist.risk : null,
    reference: result.reference,
    group: result.group,
    explanation: result.explanation,
    ignored: result.ignored,
  };
}
