// Stored (metric) values → what the measurement form shows in the person's units, plus the stored
// values themselves in hidden `…Before` fields: a box sent back unchanged keeps the stored value
// exactly (lib/measurements/shown-values.ts), so 168 cm shown as 5 ft 6.1 in stays 168 cm.
import { type MeasurementUnits, shownHeight, shownLength, shownWeight } from "@/lib/measurements/shown-values";

export const UNIT_CHOICES: readonly { units: MeasurementUnits; label: string }[] = [
  { units: "metric", label: "kg, cm" },
  { units: "us", label: "lb, ft/in" },
  { units: "uk", label: "st + lb, ft/in" },
];

/** The units a page was asked for (`?units=`), else the profile's. */
export function requestedUnits(requested: unknown, fallback: MeasurementUnits): MeasurementUnits {
  return requested === "metric" || requested === "us" || requested === "uk" ? requested : fallback;
}

export function measurementFormValues(
  entry: { measuredOn: string; weightKg?: number | null; heightCm?: number | null; waistCm?: number | null },
  units: MeasurementUnits,
): Record<string, string> {
  const values: Record<string, string> = { measuredOn: entry.measuredOn };
  if (entry.weightKg) {
    const shown = shownWeight(entry.weightKg, units);
    if (shown.kg !== undefined) values.weightKg = String(shown.kg);
    if (shown.st !== undefined) values.weightSt = String(shown.st);
    if (shown.lb !== undefined) values.weightLb = String(shown.lb);
    values.weightKgBefore = String(entry.weightKg);
  }
  if (entry.heightCm) {
    const shown = shownHeight(entry.heightCm, units);
    if (shown.cm !== undefined) values.heightCm = String(shown.cm);
    if (shown.ft !== undefined) values.heightFt = String(shown.ft);
    if (shown.in !== undefined) values.heightIn = String(shown.in);
    values.heightCmBefore = String(entry.heightCm);
  }
  if (entry.waistCm) {
    values[units === "metric" ? "waistCm" : "waistIn"] = String(shownLength(entry.waistCm, units));
    values.waistCmBefore = String(entry.waistCm);
  }
  return values;
}
