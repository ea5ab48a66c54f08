/**
 * classifyBmi: the light path of the engine, for lists of stored measurements (the dashboard
 * derives up to thousands of rows per request). It returns only what a row shows (BMI, group,
 * category, its label and the CDC percentile) and skips everything computeBmi adds for the
 * calculator: explanation and reference sentences, scale bands, healthy-weight range, BMI Prime,
 * ponderal index, waist ratio, z-score. Those cost string building and allocations per row for
 * values nobody reads there.
 *
 * It is the same engine, not a copy of the rules: the same classifyAdult / childPercentile /
 * childCutoffs / classifyChild calls, the same checks and the same errors, so its answers are
 * identical to computeBmi's (classify.test.ts checks that on many random inputs). The calculator
 * keeps using computeBmi.
 */
import { ADULT_LABELS, classifyAdult } from "./adult";
import { childPercentile } from "./cdc";
import { CHILD_LABELS, childCutoffs, classifyChild } from "./child";
import { BmiInputError, BmiNotApplicableError } from "./compute";
import { ADULT_AGE_MONTHS, MIN_AGE_MONTHS, SEX_REQUIRED_MESSAGE } from "./constants";
import type { AdultCategory, ChildCategory, NormalisedBmiInput } from "./types";

/** What classifyBmi needs: computeBmi's input without the waist (it changes no category). */
export type ClassifyBmiInput = Pick<NormalisedBmiInput, "heightCm" | "weightKg" | "ageMonths" | "sex" | "background">;

export type BmiClassification =
  | { group: "adult"; bmi: number; category: AdultCategory; categoryLabel: string; percentile: null }
  | { group: "child"; bmi: number; category: ChildCategory; categoryLabel: string; percentile: number };

function assertPositive(field: "heightCm" | "weightKg" | "ageMonths", value: number): void {
  if (!(Number.isFinite(value) && value > 0))
    throw new BmiInputError(field, `${field} must be a positive finite number`);
}

/**
 * BMI, group, category, label and percentile exactly as computeBmi gives them.
 * @throws BmiNotApplicableError under 24 months; BmiInputError for a child without sex or
 *   non-finite / non-positive numbers (the same cases as computeBmi).
 */
export function classifyBmi(input: ClassifyBmiInput): BmiClassification {
  assertPositive("heightCm", input.heightCm);
  assertPositive("weightKg", input.weightKg);
  assertPositive("ageMonths", input.ageMonths);
  if (input.ageMonths < MIN_AGE_MONTHS) throw new BmiNotApplicableError();

  const heightM = input.heightCm / 100;
  const bmi = input.weightKg / (heightM * heightM);
  if (input.ageMonths >= ADULT_AGE_MONTHS) {
    const category = classifyAdult(bmi, input.background);
    return { group: "adult", bmi, category, categoryLabel: ADULT_LABELS[category], percentile: null };
  }
  if (input.sex === undefined) throw new BmiInputError("sex", SEX_REQUIRED_MESSAGE);
  const { percentile, lms } = childPercentile(bmi, input.ageMonths, input.sex);
  const category = classifyChild(bmi, childCutoffs(lms));
  return { group: "child", bmi, category, categoryLabel: CHILD_LABELS[category], percentile };
}
