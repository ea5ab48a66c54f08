/**
 * One call from untrusted input (form fields, query string or JSON body) to the public result,
 * for route handlers, server actions and pages. The error has the app's API error shape
 * ({ code, message, fields }), so route handlers can send it as it is.
 */
import { computeBmi } from "./compute";
import { BMI_NOT_APPLICABLE_CODE, BMI_NOT_APPLICABLE_MESSAGE } from "./constants";
import { toPublicBmiResult } from "./public";
import { bmiFieldErrors, bmiInputSchema, isBmiNotApplicable } from "./schema";
import type { BmiResult, PublicBmiResult } from "./types";

/** Same fields as the app's ApiError: { code, message, fields } (fields: first message per input). */
export interface BmiEvaluationError {
  code: "invalid_input" | typeof BMI_NOT_APPLICABLE_CODE;
  message: string;
  fields: Record<string, string>;
}

export type BmiEvaluation =
  { ok: true; result: PublicBmiResult; details: BmiResult } | { ok: false; error: BmiEvaluationError };

export function evaluateBmi(input: unknown): BmiEvaluation {
  const parsed = bmiInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields = bmiFieldErrors(parsed.error);
    // Under 2 is a valid age that BMI does not cover; say so rather than "check your input",
    // unless other fields are wrong too.
    const notApplicable = isBmiNotApplicable(parsed.error) && Object.keys(fields).length === 1;
    return {
      ok: false,
      error: notApplicable
        ? { code: BMI_NOT_APPLICABLE_CODE, message: BMI_NOT_APPLICABLE_MESSAGE, fields }
        : { code: "invalid_input", message: "Some values are missing or out of range.", fields },
    };
  }
  // The schema guarantees what computeBmi checks, so it cannot throw here.
  const details = computeBmi(parsed.data);
  return { ok: true, result: toPublicBmiResult(details), details };
}
