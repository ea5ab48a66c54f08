/**
 * Children and teens (2 to under 20 years): CDC weight categories by BMI-for-age percentile.
 */
import { lmsAt, lmsBmiAtZ } from "./cdc";
import { Z_P5, Z_P85 } from "./stats";
import type { BmiBand, ChildCategory, LmsPoint, Sex } from "./types";

export const CHILD_LABELS: Readonly<Record<ChildCategory, string>> = {
  underweight: "Underweight",
  healthy_weight: "Healthy weight",
  overweight: "Overweight",
  obesity: "Obesity",
  severe_obesity: "Severe obesity",
};

/** BMI cut-offs (inclusive lower bounds) of the child categories at one age and sex. */
export interface ChildCutoffs {
  p5: number;
  p85: number;
  p95: number;
  /**
   * Severe obesity starts at 120% of P95 or at BMI 35, whichever is lower (CDC). P95 never
   * reaches 35 in the CDC table (at most 31.8), so this is always within the obesity range.
   */
  severeObesity: number;
}

export function childCutoffs(lms: LmsPoint): ChildCutoffs {
  return {
    p5: lmsBmiAtZ(lms, Z_P5),
    p85: lmsBmiAtZ(lms, Z_P85),
    p95: lms.p95,
    severeObesity: Math.min(1.2 * lms.p95, 35),
  };
}

export function childCutoffsAt(ageMonths: number, sex: Sex): ChildCutoffs {
  return childCutoffs(lmsAt(ageMonths, sex));
}

/**
 * Classifies against the BMI cut-offs for the age (underweight < P5, healthy P5 to < P85,
 * overweight P85 to < P95, obesity ≥ P95, severe obesity ≥ min(120% of P95, 35)). Comparing BMIs
 * rather than rounded percentiles is the same rule, keeps the ≥ P95 decision identical to the one
 * that chose the extended method, and matches the scale bands exactly.
 */
export function classifyChild(bmi: number, cut: ChildCutoffs): ChildCategory {
  if (bmi >= cut.p95) return bmi >= cut.severeObesity ? "severe_obesity" : "obesity";
  if (bmi >= cut.p85) return "overweight";
  if (bmi >= cut.p5) return "healthy_weight";
  return "underweight";
}

/** Scale bands for a child, clipped to [min, max]. */
export function childBands(cut: ChildCutoffs, min: number, max: number): BmiBand[] {
  const edges: [ChildCategory, number, number][] = [
    ["underweight", min, cut.p5],
    ["healthy_weight", cut.p5, cut.p85],
    ["overweight", cut.p85, cut.p95],
    ["obesity", cut.p95, cut.severeObesity],
    ["severe_obesity", cut.severeObesity, max],
  ];
  return edges.map(([code, from, to]) => ({ code, label: CHILD_LABELS[code], from, to }));
}

/** Display range: a margin below P5 and above the severe-obesity line, widened to the BMI. */
export function childScaleRange(bmi: number, cut: ChildCutoffs): { min: number; max: number } {
  return {
    min: Math.max(10, Math.min(Math.floor(cut.p5 * 0.85), Math.floor(bmi - 1))),
    max: Math.min(80, Math.max(Math.ceil(cut.severeObesity * 1.15), Math.ceil(bmi + 1))),
  };
}
