/**
 * How the measurement forms show a stored (metric) value in each unit system, to the decimals they
 * show it. Shared by the forms (components/measurements/form-values.ts) and the input schema: when
 * a box comes back holding exactly what the form showed for a stored value, the person did not
 * change it, and the schema keeps the stored value instead of converting the rounded one back
 * (168 cm shown as 5 ft 6.1 in must not come back as 167.89 cm). Pure.
 */
import { cmToFtIn, cmToIn, kgToLb, kgToStLb } from "@/lib/bmi/units";

export type MeasurementUnits = "metric" | "us" | "uk";

/** Rounded to `decimals`, as Number(x.toFixed(d)) but half away from zero. */
export function roundShown(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Weight: kg to 2 decimals, lb to 1, st + lb to 1 (a rounded 14 lb carries into the stones). */
export function shownWeight(kg: number, units: MeasurementUnits): { kg?: number; lb?: number; st?: number } {
  if (units === "metric") return { kg: roundShown(kg, 2) };
  if (units === "us") return { lb: roundShown(kgToLb(kg), 1) };
  const { st, lb } = kgToStLb(kg, 1);
  return { st, lb };
}

/** Height: cm to 1 decimal, or whole feet and inches to 1 decimal (a rounded 12 in carries). */
export function shownHeight(cm: number, units: MeasurementUnits): { cm?: number; ft?: number; in?: number } {
  if (units === "metric") return { cm: roundShown(cm, 1) };
  const { ft, in: inches } = cmToFtIn(cm, 1);
  return { ft, in: inches };
}

/** A body length such as the waist: cm or inches, to 1 decimal. */
export function shownLength(cm: number, units: MeasurementUnits): number {
  return units === "metric" ? roundShown(cm, 1) : roundShown(cmToIn(cm), 1);
}
