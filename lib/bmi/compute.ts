/**
 * computeBmi: the whole calculation for one validated, normalised input.
 */
import {
  ADULT_HEALTHY_BMI_MIN,
  ADULT_LABELS,
  adultBands,
  adultHealthyBmiMax,
  adultScaleRange,
  classifyAdult,
} from "./adult";
import { childPercentile } from "./cdc";
import {
  ADULT_AGE_MONTHS,
  BMI_NOT_APPLICABLE_CODE,
  BMI_NOT_APPLICABLE_MESSAGE,
  IGNORED_MESSAGES,
  MIN_AGE_MONTHS,
  SEX_REQUIRED_MESSAGE,
  WAIST_MIN_AGE_MONTHS,
} from "./constants";
import { CHILD_LABELS, childBands, childCutoffs, childScaleRange, classifyChild } from "./child";
import { adultReference, childReference, explainAdult, explainChild } from "./explain";
import type { AdultBmiResult, BmiResult, ChildBmiResult, IgnoredInputs, NormalisedBmiInput } from "./types";
import { waistToHeight } from "./waist";

/** Thrown for children under 2, for whom BMI-for-age does not exist. Safe to show to users. */
export class BmiNotApplicableError extends Error {
  readonly code = BMI_NOT_APPLICABLE_CODE;
  readonly reason = "under_2_years" as const;
  constructor(message: string = BMI_NOT_APPLICABLE_MESSAGE) {
    super(message);
    this.name = "BmiNotApplicableError";
  }
}

/**
 * Thrown when computeBmi gets input the schema would have rejected (callers that skip the schema).
 * `field` names the normalised field at fault.
 */
export class BmiInputError extends Error {
  readonly code = "bmi_invalid_input" as const;
  readonly field: keyof NormalisedBmiInput;
  constructor(field: keyof NormalisedBmiInput, message: string) {
    super(message);
    this.field = field;
    this.name = "BmiInputError";
  }
}

function assertPositive(field: "heightCm" | "weightKg" | "ageMonths" | "waistCm", value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
    throw new BmiInputError(field, `${field} must be a positive finite number`);
  }
}

/**
 * Computes BMI and its interpretation at full precision (round with toPublicBmiResult).
 * @throws BmiNotApplicableError under 24 months; BmiInputError for a child without sex or
 *   non-finite / non-positive numbers.
 */
export function computeBmi(input: NormalisedBmiInput): BmiResult {
  assertPositive("heightCm", input.heightCm);
  assertPositive("weightKg", input.weightKg);
  assertPositive("ageMonths", input.ageMonths);
  assertPositive("waistCm", input.waistCm);
  if (input.ageMonths < MIN_AGE_MONTHS) throw new BmiNotApplicableError();

  const heightM = input.heightCm / 100;
  const bmi = input.weightKg / (heightM * heightM);
  const adult = input.ageMonths >= ADULT_AGE_MONTHS;
  // Only what holds at this age is given; what was sent but does not apply is named in `ignored`.
  const ignored: IgnoredInputs = {};
  if (!adult && input.background === "adjusted") ignored.background = IGNORED_MESSAGES.background;
  const waistApplies = input.waistCm !== undefined && input.ageMonths >= WAIST_MIN_AGE_MONTHS;
  if (input.waistCm !== undefined && !waistApplies) ignored.waist = IGNORED_MESSAGES.waist;
  const common = {
    input,
    bmi,
    // BMI Prime is defined against 25 whatever the thresholds used, which makes it adult-only.
    bmiPrime: adult ? bmi / 25 : null,
    ponderalIndex: input.weightKg / heightM ** 3,
    waist: waistApplies && input.waistCm !== undefined ? waistToHeight(input.waistCm, input.heightCm) : null,
    ignored,
  };

  if (adult) {
    const background = input.background;
    const category = classifyAdult(bmi, background);
    const scale = adultScaleRange(bmi);
    const draft = {
      ...common,
      group: "adult" as const,
      category,
      categoryLabel: ADULT_LABELS[category],
      background,
      percentile: null,
      zScore: null,
      percentOfP95: null,
      healthyWeightKg: {
        min: ADULT_HEALTHY_BMI_MIN * heightM * heightM,
        max: adultHealthyBmiMax(background) * heightM * heightM,
      },
      bands: adultBands(background, scale.min, scale.max),
    };
    const result: AdultBmiResult = { ...draft, reference: adultReference(draft), explanation: explainAdult(draft) };
    return result;
  }

  // The NICE ethnicity adjustment is for adults only; children use the CDC percentiles as they are.
  const sex = input.sex;
  if (sex === undefined) throw new BmiInputError("sex", SEX_REQUIRED_MESSAGE);
  const { percentile, zScore, percentOfP95, method, lms } = childPercentile(bmi, input.ageMonths, sex);
  const cut = childCutoffs(lms);
  const category = classifyChild(bmi, cut);
  const scale = childScaleRange(bmi, cut);
  const draft = {
    ...common,
    group: "child" as const,
    category,
    categoryLabel: CHILD_LABELS[category],
    sex,
    percentile,
    zScore,
    percentOfP95,
    method,
    lms,
    healthyWeightKg: { min: cut.p5 * heightM * heightM, max: cut.p85 * heightM * heightM },
    bands: childBands(cut, scale.min, scale.max),
  };
  const result: ChildBmiResult = { ...draft, reference: childReference(draft), explanation: explainChild(draft) };
  return result;
}
