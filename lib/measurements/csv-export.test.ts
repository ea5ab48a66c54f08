import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { measurementsToCsv } from "./csv-export";
import type { MeasurementView } from "./types";

const view = (overrides: Partial<MeasurementView> = {}): MeasurementView => ({
  id: "m1",
  measuredOn: "2024-06-15",
  weightKg: 68.0388555,
  heightCm: 175.26,
  waistCm: 86.36,
  bmi: 22.15,
  category: "healthy_weight",
  categoryLabel: "Healthy weight",
  group: "adult",
  percentile: null,
  ageMonths: 400,
  createdAt: "2024-06-15T10:00:00.000Z",
  ...overrides,
});

describe("measurementsToCsv", () => {
  it("writes a metric header and rounded values, blank for missing ones", () => {
    const csv = measurementsToCsv(
      [
        view(),
        view({
          waistCm: null,
          group: "child",
          percentile: 92.1937,
          categoryLabel: "Overweight",
          category: "overweight",
        }),
      ],
      "metric",
    );
    expect(csv.split("\r\n")).toEqual([
      "date,weight_kg,height_cm,waist_cm,bmi,category,percentile",
      "2024-06-15,68.04,175.26,86.36,22.15,Healthy weight,",
      "2024-06-15,68.04,175.26,,22.15,Overweight,92.2",
      "",
    ]);
  });

  it("writes lb and total inches for US units", () => {
    const [, row] = measurementsToCsv([view()], "us").split("\r\n");
    expect(row).toBe("2024-06-15,150,69,34,22.15,Healthy weight,");
  });

  it("quotes labels that need it", () => {
    const csv = measurementsToCsv([view({ categoryLabel: 'Overweight (pre-obese), class "A"' })], "metric");
    expect(parseCsv(csv).records[1]!.fields[5]).toBe('Overweight (pre-obese), class "A"');
  });
});
