// Carries what the person typed across a units switch in the calculator, so nothing entered is lost.
// Numbers are read with the app's one parser (a decimal comma is fine) and written back to 1 decimal.
import { cmToFtIn, cmToIn, ftInToCm, inToCm, kgToLb, kgToStLb, lbToKg, stLbToKg } from "@/lib/bmi/units";
import { parseDecimal } from "@/lib/forms/decimal";
import { unitsOf, type BmiFormValues, type BmiUnits } from "./form-fields";

function fixed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function parse(value: string | undefined): number | null {
  const n = parseDecimal(value);
  return typeof n === "number" ? n : null;
}

/** Weight in kg from whatever the current units hold, or null. */
function weightKgOf(values: BmiFormValues, from: BmiUnits): number | null {
  if (from === "metric") return parse(values.weightKg);
  if (from === "us") {
    const lb = parse(values.weightLb);
    return lb === null ? null : lbToKg(lb);
  }
  const st = parse(values.weightSt);
  const lb = parse(values.weightStLb);
  return st === null && lb === null ? null : stLbToKg(st ?? 0, lb ?? 0);
}

export function convertUnits(values: BmiFormValues, to: BmiUnits): BmiFormValues {
  const from = unitsOf(values);
  const next: BmiFormValues = { ...values, units: to };
  if (from === to) return next;
  const kg = weightKgOf(values, from);
  if (kg !== null) {
    if (to === "metric") next.weightKg = fixed(kg, 1);
    if (to === "us") next.weightLb = fixed(kgToLb(kg), 1);
    if (to === "uk") {
      const { st, lb } = kgToStLb(kg, 1);
      next.weightSt = String(st);
      next.weightStLb = fixed(lb, 1);
    }
  }
  // Height and waist: US and UK share feet, inches and waist inches; only metric differs.
  if (from === "metric" && to !== "metric") {
    const cm = parse(values.heightCm);
    if (cm !== null) {
      const { ft, in: inches } = cmToFtIn(cm, 1);
      next.heightFt = String(ft);
      next.heightIn = fixed(inches, 1);
    }
    const waist = parse(values.waistCm);
    if (waist !== null) next.waistIn = fixed(cmToIn(waist), 1);
  } else if (from !== "metric" && to === "metric") {
    const ft = parse(values.heightFt);
    const inches = parse(values.heightIn);
    if (ft !== null || inches !== null) next.heightCm = fixed(ftInToCm(ft ?? 0, inches ?? 0), 1);
    const waist = parse(values.waistIn);
    if (waist !== null) next.waistCm = fixed(inToCm(waist), 1);
  }
  return next;
}
