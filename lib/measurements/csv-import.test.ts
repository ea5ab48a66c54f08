import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS, type ImportRules, importDateRange, markConflicts, parseImport, planImport } from "./csv-import";

const rules: ImportRules = { latestDate: "2024-06-15", birthDate: "1990-05-20", profileHeightCm: 170 };
const preview = (
  csv: string,
  units: unknown = "metric",
  extra: Partial<ImportRules> = {},
  existing: { measuredOn: string; weightKg: number }[] = [],
) => markConflicts(parseImport(csv, units, { ...rules, ...extra }), existing);
const errorsOf = (csv: string, units: unknown = "metric", extra: Partial<ImportRules> = {}) =>
  preview(csv, units, extra).rows.flatMap((row) => row.errors);

describe("headers", () => {
  it("finds columns in any order and case, ignoring unknown ones", () => {
    const result = preview("Notes,WAIST,Weight, DATE ,Height\nhello,80,70.5,2024-01-02,180\n");
    expect(result.fileErrors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        measuredOn: "2024-01-02",
        weightKg: 70.5,
        heightCm: 180,
        waistCm: 80,
        errors: [],
        duplicate: false,
        conflict: null,
      },
    ]);
  });

  it("accepts the export's unit-named columns only with the matching units", () => {
    expect(preview("date,weight_kg,height_cm\n2024-01-02,70,180").validCount).toBe(1);
    expect(preview("date,weight_lb,height_in\n2024-01-02,150,69", "us").rows[0]!.heightCm).toBeCloseTo(175.26, 9);
    expect(preview("date,weight_lb\n2024-01-02,150").fileErrors[0]).toMatch(
      /^The weight_lb column is in US units but you chose metric/,
    );
  });

  it("needs date and weight columns, once each", () => {
    expect(preview("day,kg\n2024-01-01,70").fileErrors).toEqual([
      "The first line must be a header with at least a date and a weight column, e.g. date,weight,height,waist.",
    ]);
    expect(preview("date;weight\n2024-01-01;70").fileErrors[0]).toMatch(/semicolons/);
    expect(preview("date,weight,Weight\n2024-01-01,70,70").fileErrors).toEqual([
      "The file has more than one weight column",
    ]);
  });

  it("refuses empty, header-only and unit-less files", () => {
    expect(preview("").fileErrors[0]).toMatch(/^The file is empty/);
    expect(preview("\uFEFF\r\n\r\n").fileErrors[0]).toMatch(/^The file is empty/);
    expect(preview("date,weight\r\n").fileErrors).toEqual(["The file has a header but no rows under it"]);
    expect(preview("date,weight\n2024-01-01,70", "imperial").fileErrors).toEqual([
      "Choose metric or US units for the file",
    ]);
  });
});

describe("rows", () => {
  it("converts US units: lb, and total inches for height and waist", () => {
    const [row] = preview("date,weight,height,waist\n2024-01-02,150,69,34", "us").rows;
    expect(row!.weightKg).toBeCloseTo(68.0388555, 6);
    expect(row!.heightCm).toBeCloseTo(175.26, 9);
    expect(row!.waistCm).toBeCloseTo(86.36, 9);
  });

  it("takes the profile height when a row has none, and says so when there is none", () => {
    expect(preview("date,weight\n2024-01-02,70").rows[0]!.heightCm).toBe(170);
    expect(errorsOf("date,weight,height\n2024-01-02,70,", "metric", { profileHeightCm: null })).toEqual([
      "Height is missing and your profile has no height.",
    ]);
  });

  it("reports each problem as a sentence of its own (the line is the row's, not repeated in the text)", () => {
    const csv = [
      "date,weight,height,waist",
      "2024-01-02,seventy,180,", // 2
      "02/01/2024,70,180,", // 3
      "2024-02-30,70,180,", // 4
      "2024-06-16,70,180,", // 5: tomorrow everywhere
      "1899-12-31,70,180,", // 6
      ",,180,90", // 7
      "2024-01-03,700,20,10", // 8
      "1991-01-01,70,180,", // 9: before age 2
      "2024-01-04,70,5,180,80", // 10: a decimal comma shifts every value
    ].join("\n");
    expect(preview(csv).rows.map((row) => [row.line, row.errors])).toEqual([
      [2, ["Weight must be a number."]],
      [3, ["Date must be written YYYY-MM-DD (e.g. 2024-03-31)."]],
      [4, ["Date 2024-02-30 is not a real date."]],
      [5, ["Date can't be in the future."]],
      [6, ["Date must be in 1900 or later."]],
      [7, ["Date is missing.", "Weight is missing."]],
      [
        8,
        [
          "Weight must be between 2 and 650 kg.",
          "Height must be between 50 and 272 cm.",
          "Waist must be between 30 and 300 cm.",
        ],
      ],
      [9, ["BMI is used from age 2, so measurements can start on 1992-05-20."]],
      [
        10,
        [
          "This row has 5 values but the header has 4 columns (write decimals with a dot, 70.5, or put " +
            '"70,5" in quotes).',
        ],
      ],
    ]);
  });

  it("gives US ranges in US words", () => {
    expect(errorsOf("date,weight,height\n2024-01-02,4,19", "us")).toEqual([
      "Weight must be between 5 and 1430 lb.",
      "Height must be between 20 and 107 in (total inches: 69 for 5 ft 9 in).",
    ]);
  });

  it("tolerates quoted values, spaces, trailing empty values and blank lines", () => {
    const result = preview('date,weight\r\n\r\n"2024-01-02", " 70.5 ",,\r\n\r\n2024-01-03,71\r\n');
    expect(result.rows.map((row) => [row.line, row.weightKg, row.errors])).toEqual([
      [3, 70.5, []],
      [5, 71, []],
    ]);
  });
});

describe("one entry per day: duplicates and conflicts", () => {
  // Lines 2–7.
  const csv =
    "date,weight\n2024-01-02,70.0\n2024-01-02,70.04\n2024-01-02,70.2\n2024-01-03,80\n2024-01-04,abc\n2024-01-04,75\n";

  it("flags every row whose day already has an entry, in the log or earlier in the file", () => {
    const result = preview(csv, "metric", {}, [{ measuredOn: "2024-01-03", weightKg: 79 }]);
    expect(result.rows.map((row) => [row.line, row.duplicate, row.conflict])).toEqual([
      [2, false, null],
      [3, true, null], // same day, same weight to 0.1 kg as line 2: nothing to import
      [4, false, { with: "file", line: 2, weightKg: 70 }],
      [5, false, { with: "saved", weightKg: 79 }],
      [6, false, null], // an error: never a duplicate, never an "earlier row"
      [7, false, null],
    ]);
    expect(result).toMatchObject({ validCount: 2, duplicateCount: 1, conflictCount: 2, errorCount: 1 });
  });

  it("compares in kg after converting pounds", () => {
    const result = preview("date,weight\n2024-01-02,150", "us", {}, [{ measuredOn: "2024-01-02", weightKg: 68.04 }]);
    expect(result.rows[0]!.duplicate).toBe(true);
  });

  it(
    "skips conflicts unless chosen; a chosen row becomes its day's entry, over an earlier row and a " + "saved entry",
    () => {
      const result = preview(csv, "metric", {}, [{ measuredOn: "2024-01-03", weightKg: 79 }]);
      const saved = new Set(["2024-01-03"]);
      const skip = planImport(result, { replaceAll: false, replaceLines: new Set() }, saved);
      expect(skip.rows.map((row) => row.line)).toEqual([2, 7]);
      expect([...skip.replaceDays]).toEqual([]);
      expect(skip.skipped).toBe(4);

      const pick = planImport(result, { replaceAll: false, replaceLines: new Set([4]) }, saved);
      expect(pick.rows.map((row) => [row.line, row.weightKg])).toEqual([
        [4, 70.2],
        [7, 75],
      ]);

      const all = planImport(result, { replaceAll: true, replaceLines: new Set() }, saved);
      expect(all.rows.map((row) => row.line)).toEqual([4, 5, 7]);
      expect([...all.replaceDays]).toEqual(["2024-01-03"]);
    },
  );

  it("gives the date range of valid rows, to fetch only saved entries that can clash", () => {
    expect(importDateRange(parseImport(csv, "metric", rules).rows)).toEqual({ from: "2024-01-02", to: "2024-01-04" });
    expect(importDateRange(parseImport("date,weight\nx,1", "metric", rules).rows)).toBeNull();
  });
});

describe("limits", () => {
  const rows = (n: number) => ["date,weight", ...Array.from({ length: n }, () => "2024-01-02,70")].join("\n");

  it(`takes ${IMPORT_LIMITS.maxRows} rows and refuses one more`, () => {
    expect(preview(rows(IMPORT_LIMITS.maxRows)).rows).toHaveLength(IMPORT_LIMITS.maxRows);
    expect(preview(rows(IMPORT_LIMITS.maxRows + 1)).fileErrors).toEqual([
      "The file has more than 5,000 rows; split it into smaller files",
    ]);
    expect(preview(rows(IMPORT_LIMITS.maxRows * 3)).fileErrors).toHaveLength(1);
  });

  it("refuses files over 1 MB, counted in bytes", () => {
    const big = `date,weight,notes\n2024-01-02,70,"${"é".repeat(IMPORT_LIMITS.maxBytes / 2)}"\n`;
    expect(preview(big).fileErrors).toEqual(["The file is larger than 1 MB; split it into smaller files"]);
  });
});
