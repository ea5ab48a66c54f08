/**
 * Adult (20 years and over) BMI classification: WHO classes, with the opt-in NICE lower
 * thresholds for some ethnic backgrounds.
 */
import type { AdultCategory, Background, BmiBand } from "./types";

export const ADULT_LABELS: Readonly<Record<AdultCategory, string>> = {
  severe_thinness: "Severe thinness",
  moderate_thinness: "Moderate thinness",
  mild_thinness: "Mild thinness",
  healthy_weight: "Healthy weight",
  pre_obese: "Overweight (pre-obese)",
  obese_class_1: "Obese class I",
  obese_class_2: "Obese class II",
  obese_class_3: "Obese class III",
};

/** Lower bound (inclusive) of each class; the first class has no lower bound. */
type Cutoffs = readonly (readonly [AdultCategory, number])[];

/** WHO international classification of adult BMI (WHO Technical Report Series 894, 2000). */
const WHO_CUTOFFS: Cutoffs = [
  ["severe_thinness", -Infinity],
  ["moderate_thinness", 16],
  ["mild_thinness", 17],
  ["healthy_weight", 18.5],
  ["pre_obese", 25],
  ["obese_class_1", 30],
  ["obese_class_2", 35],
  ["obese_class_3", 40],
];

/**
 * NICE lower thresholds for people of South Asian, Chinese, other Asian, Middle Eastern, Black
 * African or African-Caribbean family background, who are at risk of weight-related conditions at
 * a lower BMI: overweight from 23 and obesity from 27.5 (NICE NG246 "Overweight and obesity
 * management", 2025, section "Classifying overweight, obesity and central adiposity in adults";
 * previously CG189). NICE says the thresholds are "usually reduced by 2.5 kg/m²", so the obesity
 * classes move down by 2.5 too (27.5 / 32.5 / 37.5). The thinness classes are WHO's unchanged:
 * NICE adjusts only the overweight and obesity thresholds.
 */
const NICE_ADJUSTED_CUTOFFS: Cutoffs = [
  ["severe_thinness", -Infinity],
  ["moderate_thinness", 16],
  ["mild_thinness", 17],
  ["healthy_weight", 18.5],
  ["pre_obese", 23],
  ["obese_class_1", 27.5],
  ["obese_class_2", 32.5],
  ["obese_class_3", 37.5],
];

function cutoffs(background: Background): Cutoffs {
  return background === "adjusted" ? NICE_ADJUSTED_CUTOFFS : WHO_CUTOFFS;
}

/** Classifies an adult BMI exactly as given (no rounding: 18.4999 is mild thinness). */
export function classifyAdult(bmi: number, background: Background = "default"): AdultCategory {
  let category: AdultCategory = "severe_thinness";
  for (const [code, from] of cutoffs(background)) {
    if (bmi >= from) category = code;
  }
  return category;
}

/** The upper limit of a healthy BMI (exclusive): 25, or 23 with the NICE adjustment. */
export function adultHealthyBmiMax(background: Background): number {
  return background === "adjusted" ? 23 : 25;
}

export const ADULT_HEALTHY_BMI_MIN = 18.5;

/** Scale bands for adults, clipped to [min, max]. */
export function adultBands(background: Background, min: number, max: number): BmiBand[] {
  const list = cutoffs(background);
  return list.map(([code, from], i) => ({
    code,
    label: ADULT_LABELS[code],
    from: i === 0 ? min : from,
    to: list[i + 1]?.[1] ?? max,
  }));
}

/** Display range for the adult scale: the usual 14 to 42, widened to include the person's BMI. */
export function adultScaleRange(bmi: number): { min: number; max: number } {
  return {
    min: Math.max(10, Math.min(14, Math.floor(bmi - 1))),
    max: Math.min(80, Math.max(42, Math.ceil(bmi + 1))),
  };
}
