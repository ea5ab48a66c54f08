/**
 * The one input schema for the BMI calculator, shared by the HTML form (FormData /
 * URLSearchParams strings, "" meaning "not filled in"), the JSON API (numbers or numeric strings)
 * and the page. It validates and converts to NormalisedBmiInput (metric, age in exact months).
 *
 * Units: "metric" (cm, kg), "us" (ft + in, lb) or "uk" (ft + in, st + lb: weightLb is then the
 * pounds after the whole stones, as heightIn is the inches after the whole feet). Numbers are read
 * by lib/forms/decimal, which also takes a decimal comma ("71,1").
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
import { parseDecimal } from "@/lib/forms/decimal";
import type { NormalisedBmiInput } from "./types";
import { LB_PER_ST, ftInToCm, inToCm, lbToKg, stLbToKg } from "./units";

const ENTER_A_NUMBER = "Enter a number";

const numberLike = z.union([z.number(), z.string()], { error: ENTER_A_NUMBER }).nullish();

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

/** Plausible ranges. US ranges are the metric ones in round US numbers that stay inside them. */
export const BMI_INPUT_LIMITS = {
  heightCm: { min: 50, max: 272 },
  /** Total inches: 1 ft 8 in (50.8 cm) to 8 ft 11 in (271.78 cm). */
  heightTotalIn: { min: 20, max: 107 },
  weightKg: { min: 2, max: 650 },
  /** 5 lb (2.27 kg) to 1430 lb (648.6 kg), which is 0 st 5 lb to 102 st 2 lb. */
  weightLb: { min: 5, max: 1430 },
  ageYears: { min: 2, max: 120 },
  ageMonths: { min: 24, max: 1440 },
  waistCm: { min: 30, max: 300 },
  /** 12 in (30.48 cm) to 118 in (299.72 cm). */
  waistIn: { min: 12, max: 118 },
} as const;
const L = BMI_INPUT_LIMITS;

export const bmiInputSchema = rawInputSchema.transform((raw, ctx): NormalisedBmiInput => {
  let failed = false;
  const fail: Fail = (field, message, params) => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path: [field], input: raw[field], ...(params && { params }) });
    return undefined;
  };
  /** The field as a finite number, undefined when absent ("" / null / missing) or invalid. */
  const num = (field: NumericField): number | undefined => {
    const n = parseDecimal(raw[field]);
    return n === "invalid" ? fail(field, ENTER_A_NUMBER) : n;
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
    heightCm = inRange("heightCm", L.heightCm, `Height must be between ${L.heightCm.min} and ${L.heightCm.max} cm`, "Height is required");
    weightKg = inRange("weightKg", L.weightKg, `Weight must be between ${L.weightKg.min} and ${L.weightKg.max} kg`, "Weight is required");
    const waist = num("waistCm");
    if (waist !== undefined) {
      waistCm = waist >= L.waistCm.min && waist <= L.waistCm.max
        ? waist
        : fail("waistCm", `Waist must be between ${L.waistCm.min} and ${L.waistCm.max} cm`);
    }
  } else {
    heightCm = usHeight(num("heightFt"), num("heightIn"), raw, fail);
    if (units === "uk") {
      weightKg = ukWeight(num("weightSt"), num("weightLb"), raw, fail);
    } else {
      const lb = inRange("weightLb", L.weightLb, `Weight must be between ${L.weightLb.min} and ${L.weightLb.max} lb`, "Weight is required");
      weightKg = lb === undefined ? undefined : lbToKg(lb);
    }
    const waist = num("waistIn");
    if (waist !== undefined) {
      waistCm = waist >= L.waistIn.min && waist <= L.waistIn.max
        ? inToCm(waist)
        : fail("waistIn", `Waist must be between ${L.waistIn.min} and ${L.waistIn.max} in`);
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

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** US height from feet + inches; an empty inches box means 0 in. */
function usHeight(ft: number | undefined, inch: number | undefined, raw: RawInput, fail: Fail): number | undefined {
  let ok = true;
  if (ft === undefined) {
    if (isBlank(raw.heightFt)) fail("heightFt", "Height is required");
    ok = false;
  } else if (!Number.isInteger(ft) || ft < 0) {
    // Whole feet only: "5.9" in the feet box almost always means 5 ft 9 in, not 5.9 ft.
    ok = false;
    fail("heightFt", "Height in feet must be a whole number (put the rest in inches)");
  }
  if (inch !== undefined && !(inch >= 0 && inch < 12)) {
    ok = false;
    fail("heightIn", "Height in inches must be at least 0 and less than 12");
  } else if (inch === undefined && !isBlank(raw.heightIn)) {
    ok = false; // "Enter a number" already reported
  }
  if (!ok || ft === undefined) return undefined;
  const totalIn = ft * 12 + (inch ?? 0);
  if (totalIn < L.heightTotalIn.min || totalIn > L.heightTotalIn.max) {
    return fail("heightFt", "Height must be between 1 ft 8 in and 8 ft 11 in");
  }
  return ftInToCm(ft, inch ?? 0);
}

/** UK weight from whole stones + pounds (0 ≤ lb < 14); an empty pounds box means 0 lb. */
function ukWeight(st: number | undefined, lb: number | undefined, raw: RawInput, fail: Fail): number | undefined {
  let ok = true;
  if (st === undefined) {
    if (isBlank(raw.weightSt)) fail("weightSt", "Weight is required");
    ok = false;
  } else if (!Number.isInteger(st) || st < 0) {
    // "11.5" in the stones box is ambiguous (11 st 5 lb or 11½ st): ask for the pounds separately.
    ok = false;
    fail("weightSt", "Weight in stones must be a whole number (put the rest in pounds)");
  }
  if (lb !== undefined && !(lb >= 0 && lb < LB_PER_ST)) {
    ok = false;
    fail("weightLb", "Pounds must be at least 0 and less than 14");
  } else if (lb === undefined && !isBlank(raw.weightLb)) {
    ok = false; // "Enter a number" already reported
  }
  if (!ok || st === undefined) return undefined;
  const totalLb = st * LB_PER_ST + (lb ?? 0);
  if (totalLb < L.weightLb.min || totalLb > L.weightLb.max) return fail("weightSt", "Weight must be between 0 st 5 lb and 102 st 2 lb");
  return stLbToKg(st, lb ?? 0);
}

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
function ageInMonths(years: number | undefined, months: number | undefined, raw: RawInput, fail: Fail): number | undefined {
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
    return typeof params === "object" && params !== null && "reason" in params && params.reason === BMI_NOT_APPLICABLE_CODE;
  });
}
