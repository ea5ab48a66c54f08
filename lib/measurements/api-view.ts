// What the JSON API returns for an entry: the MeasurementView with BMI and percentile rounded as the
// calculator rounds them (BMI to 2 decimals, percentile to 1, or 2 from the 99th), so a program
// sees the same figures as the person. Pages keep full precision and round when they display.
import { roundBmi, roundPercentile } from "@/lib/bmi/format";
import type { MeasurementPage, MeasurementView } from "./types";

export function toApiMeasurement(view: MeasurementView): MeasurementView {
  return {
    ...view,
    bmi: roundBmi(view.bmi),
    percentile: view.percentile === null ? null : roundPercentile(view.percentile),
  };
}

export function toApiPage(page: MeasurementPage): MeasurementPage {
  return { items: page.items.map(toApiMeasurement), nextCursor: page.nextCursor };
}
