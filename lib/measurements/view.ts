// Helpers on MeasurementView that client components may import: no lib/bmi tables pulled in.
import type { MeasurementView } from "./types";

/**
 * False for the "not assessed" rows of deriveMeasurement (a child whose profile has no sex, or a
 * date before age 2): show their BMI and categoryLabel, but do not colour or advise by `category`,
 * which then only holds the WHO adult class as a placeholder.
 */
export function isAssessed(view: MeasurementView): boolean {
  return view.group === "adult" || view.percentile !== null;
}
