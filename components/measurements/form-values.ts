// Stored (metric) values → what the measurement form shows in the person's units.
import { cmToFtIn, cmToIn, kgToLb } from "@/lib/bmi/units";

const trim = (value: number, digits: number) => String(Number(value.toFixed(digits)));

export function measurementFormValues(
  entry: { measuredOn: string; weightKg?: number | null; heightCm?: number | null; waistCm?: number | null },
  units: "metric" | "us",
): Record<string, string> {
  const values: Record<string, string> = { measuredOn: entry.measuredOn };
  if (units === "metric") {
    if (entry.weightKg) values.weightKg = trim(entry.weightKg, 2);
    if (entry.heightCm) values.heightCm = trim(entry.heightCm, 1);
    if (entry.waistCm) values.waistCm = trim(entry.waistCm, 1);
  } else {
    if (entry.weightKg) values.weightLb = trim(kgToLb(entry.weightKg), 1);
    if (entry.heightCm) {
      const { ft, in: inches } = cmToFtIn(entry.heightCm);
      values.heightFt = String(ft);
      values.heightIn = trim(inches, 1);
    }
    if (entry.waistCm) values.waistIn = trim(cmToIn(entry.waistCm), 1);
  }
  return values;
}
