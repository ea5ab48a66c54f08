/**
 * Small constants shared by the schema and the engine. Kept apart from compute.ts so a client
 * form importing the schema does not pull in the CDC table.
 */

/** Children are assessed from 24 months; from 240 months (20 years) adult cut-offs apply. */
export const MIN_AGE_MONTHS = 24;
export const ADULT_AGE_MONTHS = 240;

/** The waist-to-height ratio is used from age 5 (NICE NG246; younger children have no agreed bands). */
export const WAIST_MIN_AGE_MONTHS = 60;

export const IGNORED_MESSAGES = {
  background:
    "The lower NICE thresholds are for adults (20 and over) and were not applied: a child's BMI is read by " +
    "percentile for age and sex.",
  waist: "The waist-to-height ratio is used from age 5, so it is not given for this age.",
} as const;

export const SEX_REQUIRED_MESSAGE = "Sex is required for children and teens under 20";

/** Machine code for "under 2 years, BMI does not apply" (error code and schema issue params). */
export const BMI_NOT_APPLICABLE_CODE = "bmi_not_applicable" as const;

export const BMI_NOT_APPLICABLE_MESSAGE =
  "BMI is not used for children under 2 years. Their growth is assessed with weight-for-length " +
  "charts (WHO growth standards); ask a health visitor or doctor.";
