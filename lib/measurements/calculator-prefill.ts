/**
 * What the BMI calculator can fill in for someone signed in: age from the birth date, sex, the
 * NICE background option, height from the profile and weight from the latest logged entry, in the
 * profile's units and written exactly as the calculator's boxes take them. Pure: the route handler
 * (GET /api/v1/me/calculator-prefill) hands in the profile, the latest entry and today.
 */
import { ADULT_AGE_MONTHS } from "@/lib/bmi/constants";
import { ageInMonths } from "@/lib/dates/calendar";
import type { Profile } from "@/lib/profile/types";
import { shownHeight, shownWeight } from "./shown-values";

/** The calculator's query-string fields (components/bmi/form-fields), as strings. */
type BmiFormValues = Partial<
  Record<
    "units" | "age" | "sex" | "background" | "heightCm" | "heightFt" | "heightIn" | "weightKg" | "weightLb",
    string
  >
>;

export type CalculatorPrefill = {
  values: BmiFormValues;
  /** The date of the entry the weight comes from, or null when no entry gave one. */
  weightFrom: string | null;
};

/**
 * Age in years as the calculator reads it: whole years for adults (nothing adult depends on the
 * months), and to 2 decimals, rounded down, under 20, where a month moves the percentile.
 */
export function prefillAge(birthDate: string, today: string): string | null {
  const months = ageInMonths(birthDate, today);
  if (!(months >= 0)) return null;
  if (months >= ADULT_AGE_MONTHS) return String(Math.floor(months / 12));
  return String(Math.floor((months / 12) * 100) / 100);
}

export function calculatorPrefill(
  profile: Pick<Profile, "birthDate" | "sex" | "heightCm" | "units" | "background">,
  latest: { measuredOn: string; weightKg: number; heightCm: number } | null,
  today: string,
): CalculatorPrefill {
  const units = profile.units;
  const values: BmiFormValues = { units };
  const age = profile.birthDate ? prefillAge(profile.birthDate, today) : null;
  if (age !== null) values.age = age;
  if (profile.sex) values.sex = profile.sex;
  if (profile.background === "adjusted") values.background = "adjusted";
  const heightCm = profile.heightCm ?? latest?.heightCm ?? null;
  if (heightCm !== null) {
    const shown = shownHeight(heightCm, units);
    if (shown.cm !== undefined) values.heightCm = String(shown.cm);
    if (shown.ft !== undefined) values.heightFt = String(shown.ft);
    if (shown.in !== undefined) values.heightIn = String(shown.in);
  }
  if (latest) {
    const shown = shownWeight(latest.weightKg, units);
    if (shown.kg !== undefined) values.weightKg = String(shown.kg);
    if (shown.lb !== undefined) values.weightLb = String(shown.lb);
  }
  return { values, weightFrom: latest?.measuredOn ?? null };
}
