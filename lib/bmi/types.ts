/** Types shared across the BMI engine (no runtime code). */

export type Sex = "male" | "female";

/**
 * "adjusted" applies NICE's lower adult BMI thresholds for people of South Asian, Chinese,
 * other Asian, Middle Eastern, Black African or African-Caribbean family background.
 */
export type Background = "default" | "adjusted";

export type AdultCategory =
  | "severe_thinness"
  | "moderate_thinness"
  | "mild_thinness"
  | "healthy_weight"
  | "pre_obese"
  | "obese_class_1"
  | "obese_class_2"
  | "obese_class_3";

export type ChildCategory = "underweight" | "healthy_weight" | "overweight" | "obesity" | "severe_obesity";

export type BmiCategory = AdultCategory | ChildCategory;

export type WaistRisk = "no_increased_risk" | "increased" | "high";

/** The calculator input after validation and unit conversion (what `bmiInputSchema` outputs). */
export interface NormalisedBmiInput {
  heightCm: number;
  weightKg: number;
  /**
   * Exact age in months used for the CDC tables (agemos): years × 12, completed (whole) months + 0.5,
   * or months with a fractional part as given.
   */
  ageMonths: number;
  sex?: Sex;
  waistCm?: number;
  background: Background;
}

/**
 * One coloured band of a BMI scale, covering BMI in [from, to). The outermost bands are clipped
 * to a display range that always contains the person's BMI (within 10 to 80), so every value is
 * finite and a page can draw the scale directly.
 */
export interface BmiBand {
  code: BmiCategory;
  label: string;
  from: number;
  to: number;
}

export interface WaistResult {
  waistToHeightRatio: number;
  risk: WaistRisk;
  riskLabel: string;
}

/** Interpolated CDC reference values at one age and sex. */
export interface LmsPoint {
  ageMonths: number;
  L: number;
  M: number;
  S: number;
  /** Scale of the half-normal above P95, from the CDC 2022 regression on age in years. */
  sigma: number;
  /** 95th-percentile BMI from the LMS parameters at full precision. */
  p95: number;
}

/**
 * Inputs that were valid but do not apply at this age, each with a sentence saying why:
 * "background" (the NICE thresholds are for adults) and "waist" (the waist-to-height ratio is used
 * from age 5). Empty when everything given was used.
 */
export type IgnoredInputs = Partial<Record<"background" | "waist", string>>;

interface BmiResultBase {
  input: NormalisedBmiInput;
  bmi: number;
  categoryLabel: string;
  healthyWeightKg: { min: number; max: number } | null;
  /**
   * BMI / 25 (by definition; not changed by the NICE adjustment). Adults only: it is measured
   * against the adult healthy limit of 25, which means nothing for a child (a 9-year-old girl's
   * healthy range ends near 19), so children get null.
   */
  bmiPrime: number | null;
  /**
   * kg/m³ (Rohrer's index). Given at every age: it is a plain body-shape figure with no adult
   * cut-offs attached, and paediatrics uses it too.
   */
  ponderalIndex: number;
  /** From age 5 (NICE uses the waist-to-height ratio from 5 years); null without a waist or younger. */
  waist: WaistResult | null;
  ignored: IgnoredInputs;
  bands: readonly BmiBand[];
  reference: string;
  explanation: string;
}

export interface AdultBmiResult extends BmiResultBase {
  group: "adult";
  category: AdultCategory;
  background: Background;
  percentile: null;
  zScore: null;
  percentOfP95: null;
}

export interface ChildBmiResult extends BmiResultBase {
  group: "child";
  category: ChildCategory;
  sex: Sex;
  /** Percentile, 0 ≤ p < 100: never exactly 100, however extreme the BMI. */
  percentile: number;
  /** Always finite. */
  zScore: number;
  percentOfP95: number;
  /** "extended" when BMI ≥ P95 and the CDC 2022 extended method was used. */
  method: "lms" | "extended";
  lms: LmsPoint;
}

/** Full-precision result of `computeBmi`. */
export type BmiResult = AdultBmiResult | ChildBmiResult;

/** The JSON API response shape (`toPublicBmiResult`), rounded for display. */
export interface PublicBmiResult {
  bmi: number;
  category: BmiCategory;
  categoryLabel: string;
  percentile: number | null;
  zScore: number | null;
  percentOfP95: number | null;
  healthyWeightKg: { min: number; max: number } | null;
  /** Adults only; null for children. */
  bmiPrime: number | null;
  ponderalIndex: number;
  /** From age 5; null without a waist or for a younger child. */
  waistToHeightRatio: number | null;
  waistRisk: WaistRisk | null;
  reference: string;
  group: "adult" | "child";
  explanation: string;
  /** Inputs given but not applied at this age, and why (see IgnoredInputs); {} when none. */
  ignored: IgnoredInputs;
}
