/**
 * The one input schema for the BMI calculator, shared by the HTML form (FormData /
 * URLSearchParams strings, "" meaning "not filled in"), the JSON API (numbers or numeric strings)
 * and the page. It validates and converts to NormalisedBmiInput (metric, age in exact months).
 *
 * Units: "metric" (cm, kg), "us" (ft + in, lb) or "uk" (ft + in, st + lb: weightLb is then the
 * pounds after the whole stones, as heightIn is the inches after the whole feet). Boxes, ranges,
 * messages and the two-box quantities are ./fields.ts's, shared with the measurement log; numbers
 * are read by lib/forms/decimal, which also takes a decimal comma ("71,1").
 *
 * All checks run in a single transform so that every problem is reported at once, each on the
 * path of the field the user typed into (["heightFt"], ["weightLb"], …), with a message that
 * names the field in plain words.
 */
import { z } from "zod";
import {
  ADULT_AGE_MONTHS,
  BMI_NOT_APPLICABLE_CODE,
  BMI_NOT_APPLICABLE_MESSAGE,
  SEX_REQUIRED_MESSAGE,
} from "./constants";
import { isBlank } from "@/lib/forms/decimal";
import {
  BMI_INPUT_LIMITS,
  ENTER_A_NUMBER,
  FIELD_MESSAGES as M,
  type Box,
  feetAndInchesToCm,
  numberLike,
  readBox,
  stonesAndPoundsToKg,
} from "./fields";
import type { NormalisedBmiInput } from "./types";
import { inToCm, lbToKg } from "./units";

export { BMI_INPUT_LIMITS };

/** The raw fields as they arrive; anything else in the object (e.g. a CSRF token) is dropped. */
const rawInputSchema = z.object({
  units: z.enum(["metric", "us", "uk", ""], { error: "Units must be metric, US or UK" }).nullish(),
  heightCm: numberLike,
  heightFt: numberLike,
  heightIn: numberLike,
  weightKg: numberLike,
  weightLb: numberLike,
  weightSt: numberLike,
  age: numberLike,
  ageMonths: numberLike,
  sex: z.enum(["male", "female", ""], { error: "Sex must be male or female" }).nullish(),
  waistCm: numberLike,
  waistIn: numberLike,
  background: z.enum(["default", "adjusted", ""], { error: "Background must be default or adjusted" }).nullish(),
});

type RawInput = z.output<typeof rawInputSchema>;
type NumericField = {
  [K in keyof RawInput]-?: RawInput[K] extends number | string | null | undefined ? K : never;
}[keyof RawInput];

const L = BMI_INPUT_LIMITS;

export const bmiInputSchema = rawInputSchema.transform((raw, ctx): NormalisedBmiInput => {
  let failed = false;
  const fail: Fail = (field, message, params) => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path: [field], input: raw[field], ...(params && { params }) });
    return undefined;
  };
  /** The box read; "Enter a number" is reported when it is not one. */
  const box = (field: NumericField): Box => readBox(raw[field], () => fail(field, ENTER_A_NUMBER));
  /** The field as a finite number, undefined when absent ("" / null / missing) or invalid. */
  const num = (field: NumericField): number | undefined => {
    const n = box(field);
    return typeof n === "number" ? n : undefined;
  };
  /** A number within [min, max], or an issue on the field; `message` names the field. */
  const inRange = (
    field: NumericField,
    range: { min: number; max: number },
    message: string,
    missing: string,
  ): number | undefined => {
    const n = num(field);
    // Absent → "… is required"; present but not a number → num() already said "Enter a number".
    if (n === undefined) return isBlank(raw[field]) ? fail(field, missing) : undefined;
    return n >= range.min && n <= range.max ? n : fail(field, message);
  };

  const units = raw.units || "metric";
  let heightCm: number | undefined;
  let weightKg: number | undefined;
  let waistCm: number | undefined;

  if (units === "metric") {
    heightCm = inRange("heightCm", L.heightCm, M.heightCm, "Height is required");
    weightKg = inRange("weightKg", L.weightKg, M.weightKg, "Weight is required");
    const waist = num("waistCm");
    if (waist !== undefined) {
      waistCm = waist >= L.waistCm.min && waist <= L.waistCm.max ? waist : fail("waistCm", M.waistCm);
    }
  } else {
    heightCm = feetAndInchesToCm(box("heightFt"), box("heightIn"), fail, "Height is required");
    if (units === "uk") {
      weightKg = stonesAndPoundsToKg(box("weightSt"), box("weightLb"), fail, "Weight is required");
    } else {
      const lb = inRange("weightLb", L.weightLb, M.weightLb, "Weight is required");
      weightKg = lb === undefined ? undefined : lbToKg(lb);
    }
    const waist = num("waistIn");
    if (waist !== undefined) {
      waistCm = waist >= L.waistIn.min && waist <= L.waistIn.max ? inToCm(waist) : fail("waistIn", M.waistIn);
    }
  }

  const ageMonths = ageInMonths(num("age"), num("ageMonths"), raw, fail);
  const sex = raw.sex || undefined;
  // Only ask for sex once the age is known to be a child's, so an adult form can leave it empty.
  if (ageMonths !== undefined && ageMonths < ADULT_AGE_MONTHS && sex === undefined) fail("sex", SEX_REQUIRED_MESSAGE);

  if (failed || heightCm === undefined || weightKg === undefined || ageMonths === undefined) return z.NEVER;
  return {
    heightCm,
    weightKg,
    ageMonths,
    ...(sex !== undefined && { sex }),
    ...(waistCm !== undefined && { waistCm }),
    background: raw.background || "default",
  };
});

type Fail = (field: keyof RawInput, message: string, params?: Record<string, string>) => undefined;

/**
 * Marks the under-2 issue so callers can tell "not applicable" (a real age, just too young for
 * BMI) from a typing mistake; see isBmiNotApplicable.
 */
const NOT_APPLICABLE = { reason: BMI_NOT_APPLICABLE_CODE };

/**
 * Age as the exact agemos the CDC tables are read at. Years (decimals allowed) → years × 12.
 * A whole number of months m is completed months → m + 0.5: CDC's table points at x.5 stand for
 * the whole month, and CDC's published examples ("9 years 6 months" → 92.2nd percentile) reproduce
 * only at 114.5, not 114. A number of months with a fractional part (114.5, 114.73: an age worked
 * out from dates, as CDC's SAS program does) is already exact and is used as it is.
 */
function ageInMonths(
  years: number | undefined,
  months: number | undefined,
  raw: RawInput,
  fail: Fail,
): number | undefined {
  if (years !== undefined && months !== undefined) {
    return fail("ageMonths", "Enter age in years or in months, not both");
  }
  if (years !== undefined) {
    if (years >= 0 && years < L.ageYears.min) return fail("age", BMI_NOT_APPLICABLE_MESSAGE, NOT_APPLICABLE);
    if (years < L.ageYears.min || years > L.ageYears.max) {
      return fail("age", `Age must be between ${L.ageYears.min} and ${L.ageYears.max} years`);
    }
    return years * 12;
  }
  if (months !== undefined) {
    if (months >= 0 && months < L.ageMonths.min) return fail("ageMonths", BMI_NOT_APPLICABLE_MESSAGE, NOT_APPLICABLE);
    if (months < L.ageMonths.min || months > L.ageMonths.max) {
      return fail("ageMonths", `Age must be between ${L.ageMonths.min} and ${L.ageMonths.max} months`);
    }
    return Number.isInteger(months) ? months + 0.5 : months;
  }
  if (isBlank(raw.age) && isBlank(raw.ageMonths)) fail("age", "Age is required");
  return undefined;
}

/** What the form / API sends (before validation). */
export type BmiInput = z.input<typeof bmiInputSchema>;
/** What the schema outputs: the same type computeBmi takes. */
export type BmiInputOutput = z.output<typeof bmiInputSchema>;

/** First message per field, for inline errors (the app's one field-error helper). */
export { zodFieldErrors as bmiFieldErrors } from "@/lib/forms/form-state";

/** True when validation failed because the person is under 2 (BMI is not applicable). */
export function isBmiNotApplicable(error: { issues: readonly object[] }): boolean {
  return error.issues.some((issue) => {
    const params = "params" in issue ? issue.params : undefined;
    return (
      typeof params === "object" && params !== null && "reason" in params && params.reason === BMI_NOT_APPLICABLE_CODE
    );
  });
}
