/**
 * The body-measurement boxes every input schema shares: how a number box arrives and is read
 * (lib/forms/decimal), the plausible ranges with their one message each, and the two-box quantities
 * (feet + inches, stones + pounds). Used by the calculator (./schema.ts), the measurement log
 * (lib/measurements/schemas.ts, and its CSV import through it) and the profile (lib/profile/schemas.ts),
 * so they accept the same numbers and say the same words.
 */
import { z } from "zod";
import { parseDecimal } from "@/lib/forms/decimal";
import { LB_PER_ST, ftInToCm, stLbToKg } from "./units";

export const ENTER_A_NUMBER = "Enter a number";

/** A number box as it arrives: a JSON number or a string; null, undefined or "" mean empty. */
export const numberLike = z.union([z.number(), z.string()], { error: ENTER_A_NUMBER }).nullish();

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

/** What each box says when its value is out of range or malformed; written once. */
export const FIELD_MESSAGES = {
  heightCm: `Height must be between ${L.heightCm.min} and ${L.heightCm.max} cm`,
  heightFtIn: "Height must be between 1 ft 8 in and 8 ft 11 in",
  wholeFeet: "Height in feet must be a whole number (put the rest in inches)",
  inches: "Height in inches must be at least 0 and less than 12",
  weightKg: `Weight must be between ${L.weightKg.min} and ${L.weightKg.max} kg`,
  weightLb: `Weight must be between ${L.weightLb.min} and ${L.weightLb.max} lb`,
  weightStLb: "Weight must be between 0 st 5 lb and 102 st 2 lb",
  wholeStones: "Weight in stones must be a whole number (put the rest in pounds)",
  pounds: `Pounds must be at least 0 and less than ${LB_PER_ST}`,
  waistCm: `Waist must be between ${L.waistCm.min} and ${L.waistCm.max} cm`,
  waistIn: `Waist must be between ${L.waistIn.min} and ${L.waistIn.max} in`,
} as const;
const M = FIELD_MESSAGES;

/** One box, read: its number, "blank" when empty, or "invalid" when it is not a number (already reported). */
export type Box = number | "blank" | "invalid";

/** Reads a box with the one number reader; `invalid` is told (to report "Enter a number") when it is not one. */
export function readBox(value: unknown, invalid: () => void): Box {
  const n = parseDecimal(value);
  if (n === undefined) return "blank";
  if (n !== "invalid") return n;
  invalid();
  return "invalid";
}

/**
 * Height from whole feet + inches (0 ≤ in < 12; an empty inches box is 0 in), within the plausible
 * range, in cm; undefined after reporting each problem on its box. An empty feet box is reported as
 * `feetMissing`: the calculator says the height is required, the log that the feet go with the inches.
 */
export function feetAndInchesToCm(
  ft: Box,
  inch: Box,
  fail: (field: "heightFt" | "heightIn", message: string) => void,
  feetMissing: string,
): number | undefined {
  let ok = true;
  if (ft === "blank") {
    ok = false;
    fail("heightFt", feetMissing);
  } else if (ft === "invalid") {
    ok = false;
  } else if (!Number.isInteger(ft) || ft < 0) {
    // "5.9" in the feet box almost always means 5 ft 9 in, not 5.9 ft.
    ok = false;
    fail("heightFt", M.wholeFeet);
  }
  if (inch === "invalid") {
    ok = false;
  } else if (typeof inch === "number" && !(inch >= 0 && inch < 12)) {
    ok = false;
    fail("heightIn", M.inches);
  }
  if (!ok || typeof ft !== "number") return undefined;
  const inches = typeof inch === "number" ? inch : 0;
  const totalIn = ft * 12 + inches;
  if (totalIn < L.heightTotalIn.min || totalIn > L.heightTotalIn.max) {
    fail("heightFt", M.heightFtIn);
    return undefined;
  }
  return ftInToCm(ft, inches);
}

/**
 * Weight from whole stones + pounds after them (0 ≤ lb < 14; an empty pounds box is 0 lb), within
 * the plausible range, in kg; undefined after reporting each problem on its box. An empty stones box
 * is reported as `stonesMissing`.
 */
export function stonesAndPoundsToKg(
  st: Box,
  lb: Box,
  fail: (field: "weightSt" | "weightLb", message: string) => void,
  stonesMissing: string,
): number | undefined {
  let ok = true;
  if (st === "blank") {
    ok = false;
    fail("weightSt", stonesMissing);
  } else if (st === "invalid") {
    ok = false;
  } else if (!Number.isInteger(st) || st < 0) {
    // "11.5" in the stones box is ambiguous (11 st 5 lb or 11½ st): ask for the pounds separately.
    ok = false;
    fail("weightSt", M.wholeStones);
  }
  if (lb === "invalid") {
    ok = false;
  } else if (typeof lb === "number" && !(lb >= 0 && lb < LB_PER_ST)) {
    ok = false;
    fail("weightLb", M.pounds);
  }
  if (!ok || typeof st !== "number") return undefined;
  const pounds = typeof lb === "number" ? lb : 0;
  const totalLb = st * LB_PER_ST + pounds;
  if (totalLb < L.weightLb.min || totalLb > L.weightLb.max) {
    fail("weightSt", M.weightStLb);
    return undefined;
  }
  return stLbToKg(st, pounds);
}
