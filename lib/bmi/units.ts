/**
 * Unit conversions. Both factors are exact by international definition (1959 yard and pound
 * agreement), so conversions never add error beyond floating point.
 */

/** Centimetres per inch (exact). */
export const CM_PER_IN = 2.54;
/** Kilograms per avoirdupois pound (exact). */
export const KG_PER_LB = 0.45359237;
const IN_PER_FT = 12;

export function inToCm(inches: number): number {
  return inches * CM_PER_IN;
}

export function cmToIn(cm: number): number {
  return cm / CM_PER_IN;
}

export function ftInToCm(ft: number, inch: number): number {
  return inToCm(ft * IN_PER_FT + inch);
}

/**
 * Splits a height into whole feet and remaining inches (0 ≤ in < 12).
 * With `inchDecimals`, inches are rounded for display and a rounded 12 carries into the feet,
 * so the result never reads like 5 ft 12 in.
 */
export function cmToFtIn(cm: number, inchDecimals?: number): { ft: number; in: number } {
  const totalIn = inchDecimals === undefined ? cmToIn(cm) : roundTo(cmToIn(cm), inchDecimals);
  const ft = Math.floor(totalIn / IN_PER_FT);
  let inch = totalIn - ft * IN_PER_FT;
  if (inchDecimals !== undefined) inch = roundTo(inch, inchDecimals);
  // Floating point can leave e.g. 11.999999999999998 or a hair below 0; keep the invariant.
  if (inch < 0) inch = 0;
  return { ft, in: inch };
}

export function lbToKg(lb: number): number {
  return lb * KG_PER_LB;
}

export function kgToLb(kg: number): number {
  return kg / KG_PER_LB;
}

/** Pounds per stone (exact): UK weights are written "11 st 7 lb". */
export const LB_PER_ST = 14;

export function stLbToKg(st: number, lb: number): number {
  return lbToKg(st * LB_PER_ST + lb);
}

/**
 * Splits a weight into whole stones and remaining pounds (0 ≤ lb < 14). With `lbDecimals`, the
 * pounds are rounded for display and a rounded 14 carries into the stones (never "11 st 14 lb").
 */
export function kgToStLb(kg: number, lbDecimals?: number): { st: number; lb: number } {
  const totalLb = lbDecimals === undefined ? kgToLb(kg) : roundTo(kgToLb(kg), lbDecimals);
  const st = Math.floor(totalLb / LB_PER_ST);
  let lb = totalLb - st * LB_PER_ST;
  if (lbDecimals !== undefined) lb = roundTo(lb, lbDecimals);
  if (lb < 0) lb = 0;
  return { st, lb };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
