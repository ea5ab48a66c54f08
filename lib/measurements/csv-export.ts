/**
 * The log as CSV for spreadsheets, in the person's units. Pure. Column names carry the unit, and
 * the US file uses lb and total inches, so a file exported in either units imports back with the
 * same choice (its rows then show as duplicates of the saved entries).
 */
import { round, roundBmi, roundPercentile } from "@/lib/bmi/format";
import { cmToIn, kgToLb } from "@/lib/bmi/units";
import { toCsv } from "./csv";
import type { MeasurementView } from "./types";

export function measurementsToCsv(views: readonly MeasurementView[], units: "metric" | "us"): string {
  const us = units === "us";
  const header = us
    ? ["date", "weight_lb", "height_in", "waist_in", "bmi", "category", "percentile"]
    : ["date", "weight_kg", "height_cm", "waist_cm", "bmi", "category", "percentile"];
  // Two decimals keep re-imports within the 0.1 kg duplicate rule after unit conversion.
  const length = (cm: number) => round(us ? cmToIn(cm) : cm, 2);
  const rows = views.map((view) => [
    view.measuredOn,
    round(us ? kgToLb(view.weightKg) : view.weightKg, 2),
    length(view.heightCm),
    view.waistCm === null ? null : length(view.waistCm),
    roundBmi(view.bmi),
    // The label, not the code: it is what people read, and it says "Not assessed" when it is.
    view.categoryLabel,
    view.percentile === null ? null : roundPercentile(view.percentile),
  ]);
  return toCsv([header, ...rows]);
}
