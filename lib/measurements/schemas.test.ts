import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encodeCursor } from "./cursor";
import { fieldErrors, measurementInputSchema, measurementListQuerySchema, measurementPatchSchema } from "./schemas";

// 12:00 UTC on 15 June 2024: latest allowed date (UTC+14) is the 16th.
const NOW = new Date("2024-06-15T12:00:00Z");
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

type Schema = typeof measurementInputSchema | typeof measurementPatchSchema | typeof measurementListQuerySchema;
function errors(schema: Schema, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}
function data<S extends Schema>(schema: S, input: unknown) {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data as ReturnType<S["parse"]>;
}
const input = (value: unknown) => errors(measurementInputSchema, value);

describe("measurementInputSchema: valid input", () => {
  it("normalises form strings, defaulting units, date (UTC today) and waist", () => {
    expect(
      data(measurementInputSchema, { weightKg: "70.5", heightCm: "175", measuredOn: "", waistCm: "", units: "" }),
    ).toEqual({
      measuredOn: "2024-06-15",
      weightKg: 70.5,
      heightCm: 175,
      waistCm: null,
      units: "metric",
    });
  });

  it("accepts JSON numbers and drops unknown fields", () => {
    const out = data(measurementInputSchema, {
      measuredOn: "2024-01-31",
      weightKg: 70,
      waistCm: 80,
      userId: "someone-else",
      id: "x",
    });
    expect(out).toEqual({ measuredOn: "2024-01-31", weightKg: 70, waistCm: 80, units: "metric" });
    expect("heightCm" in out).toBe(false); // the profile height will apply
  });

  it("converts US units exactly", () => {
    const out = data(measurementInputSchema, {
      units: "us",
      weightLb: "150",
      heightFt: "5",
      heightIn: "9",
      waistIn: "34",
    });
    expect(out.weightKg).toBeCloseTo(150 * 0.45359237, 12);
    expect(out.heightCm).toBeCloseTo(69 * 2.54, 12);
    expect(out.waistCm).toBeCloseTo(34 * 2.54, 12);
    expect(out.units).toBe("us");
  });

  it("reads an empty inches box as 0 in, and two empty height boxes as 'use the profile'", () => {
    expect(
      data(measurementInputSchema, { units: "us", weightLb: 150, heightFt: "6", heightIn: "" }).heightCm,
    ).toBeCloseTo(182.88, 12);
    expect("heightCm" in data(measurementInputSchema, { units: "us", weightLb: 150, heightFt: "", heightIn: "" })).toBe(
      false,
    );
  });

  it("ignores the other units' fields, like the calculator", () => {
    expect(data(measurementInputSchema, { units: "metric", weightKg: "70", weightLb: "999999" }).weightKg).toBe(70);
  });

  it("accepts the latest date anyone can call today (UTC+14), and 1900", () => {
    expect(input({ weightKg: 70, measuredOn: "2024-06-16" })).toEqual({});
    expect(input({ weightKg: 70, measuredOn: "1900-01-01" })).toEqual({});
  });
});

describe("measurementInputSchema: messages on the field typed into", () => {
  it("requires a weight, in the units chosen", () => {
    expect(input({})).toEqual({ weightKg: "Weight is required" });
    expect(input({ weightKg: "" })).toEqual({ weightKg: "Weight is required" });
    expect(input({ units: "us" })).toEqual({ weightLb: "Weight is required" });
  });

  it("uses lib/bmi's ranges and words", () => {
    expect(input({ weightKg: "1.9", heightCm: "49", waistCm: "301" })).toEqual({
      weightKg: "Weight must be between 2 and 650 kg",
      heightCm: "Height must be between 50 and 272 cm",
      waistCm: "Waist must be between 30 and 300 cm",
    });
    expect(input({ units: "us", weightLb: "1431", heightFt: "9", waistIn: "11" })).toEqual({
      weightLb: "Weight must be between 5 and 1430 lb",
      heightFt: "Height must be between 1 ft 8 in and 8 ft 11 in",
      waistIn: "Waist must be between 12 and 118 in",
    });
  });

  it("refuses non-numbers, NaN and Infinity", () => {
    for (const bad of ["abc", "NaN", "Infinity", "1e999", "1,500", "0x46", true, {}]) {
      expect(input({ weightKg: bad }), String(bad)).toEqual({ weightKg: "Enter a number" });
    }
    expect(input({ weightKg: Number.NaN })).toEqual({ weightKg: "Enter a number" });
  });

  it("checks feet and inches", () => {
    expect(input({ units: "us", weightLb: 150, heightFt: "5.9" })).toEqual({
      heightFt: "Height in feet must be a whole number (put the rest in inches)",
    });
    expect(input({ units: "us", weightLb: 150, heightFt: "5", heightIn: "12" })).toEqual({
      heightIn: "Height in inches must be at least 0 and less than 12",
    });
    expect(input({ units: "us", weightLb: 150, heightFt: "", heightIn: "9" })).toEqual({
      heightFt: "Enter the feet as well as the inches",
    });
    expect(input({ units: "us", weightLb: 150, heightIn: "9" })).toEqual({
      heightFt: "Enter the feet as well as the inches",
    });
  });

  it("checks the date: format, reality, 1900, future", () => {
    expect(input({ weightKg: 70, measuredOn: "15/06/2024" })).toEqual({ measuredOn: "Enter a date as YYYY-MM-DD" });
    expect(input({ weightKg: 70, measuredOn: 20240615 })).toEqual({ measuredOn: "Enter a date as YYYY-MM-DD" });
    expect(input({ weightKg: 70, measuredOn: "2023-02-29" })).toEqual({ measuredOn: "Enter a real calendar date" });
    expect(input({ weightKg: 70, measuredOn: "1899-12-31" })).toEqual({ measuredOn: "Date must be in 1900 or later" });
    expect(input({ weightKg: 70, measuredOn: "2024-06-17" })).toEqual({ measuredOn: "Date can't be in the future" });
  });

  it("moves 'the future' with the clock", () => {
    vi.setSystemTime(new Date("2024-06-15T09:00:00Z")); // 23:00 on the 15th in UTC+14
    expect(input({ weightKg: 70, measuredOn: "2024-06-16" })).toEqual({ measuredOn: "Date can't be in the future" });
  });

  it("reports every problem at once and rejects bad units", () => {
    expect(Object.keys(input({ measuredOn: "x", weightKg: "x", heightCm: "x", waistCm: "x" })).sort()).toEqual([
      "heightCm",
      "measuredOn",
      "waistCm",
      "weightKg",
    ]);
    expect(input({ units: "imperial", weightKg: 70 })).toEqual({ units: "Units must be metric, US or UK" });
  });
});

describe("measurementPatchSchema", () => {
  const patch = (value: unknown) => errors(measurementPatchSchema, value);

  it("keeps only the fields sent", () => {
    expect(data(measurementPatchSchema, { weightKg: "71" })).toEqual({ weightKg: 71, units: "metric" });
    expect(data(measurementPatchSchema, { units: "us", weightLb: 150 }).weightKg).toBeCloseTo(68.0388555, 6);
  });

  it("reads an edit form that sends every field; empty waist clears it, empty height means the profile's", () => {
    expect(
      data(measurementPatchSchema, {
        measuredOn: "2024-06-01",
        weightKg: "70",
        heightCm: "",
        waistCm: "",
        units: "metric",
      }),
    ).toEqual({
      measuredOn: "2024-06-01",
      weightKg: 70,
      heightCm: null,
      waistCm: null,
      units: "metric",
    });
  });

  it("needs at least one change, and cannot empty the date or the weight", () => {
    expect(patch({})).toEqual({ form: "Change at least one field: measuredOn, weight, height or waist" });
    expect(patch({ units: "us" })).toHaveProperty("form");
    expect(patch({ measuredOn: "", weightKg: null })).toEqual({
      measuredOn: "Date is required",
      weightKg: "Weight is required",
    });
  });

  it("applies the same rules as a new entry", () => {
    expect(patch({ weightKg: 700, measuredOn: "2030-01-01" })).toEqual({
      weightKg: "Weight must be between 2 and 650 kg",
      measuredOn: "Date can't be in the future",
    });
  });
});

describe("measurementListQuerySchema", () => {
  const query = (value: unknown) => errors(measurementListQuerySchema, value);

  it("defaults the limit and treats empty parameters as absent", () => {
    expect(data(measurementListQuerySchema, {})).toEqual({ limit: 100 });
    expect(data(measurementListQuerySchema, { from: "", to: "", limit: "", cursor: "" })).toEqual({ limit: 100 });
    expect(data(measurementListQuerySchema, { from: "2024-01-01", to: "2024-01-01", limit: "500" })).toEqual({
      from: "2024-01-01",
      to: "2024-01-01",
      limit: 500,
    });
  });

  it("refuses bad dates, reversed ranges and limits outside 1–500", () => {
    expect(query({ from: "2024-02-30" })).toEqual({ from: "Enter a date as YYYY-MM-DD" });
    expect(query({ from: "2024-02-02", to: "2024-02-01" })).toEqual({
      to: "The end date must be on or after the start date",
    });
    for (const limit of ["0", "501", "2.5", "ten", "-1"]) {
      expect(query({ limit }), limit).toEqual({ limit: "Limit must be a whole number from 1 to 500" });
    }
  });

  it("accepts only cursors the server wrote", () => {
    const cursor = encodeCursor({ measuredOn: "2024-01-01", createdAt: "2024-01-01T10:00:00.000Z", id: "abc" });
    expect(data(measurementListQuerySchema, { cursor }).cursor).toBe(cursor);
    for (const bad of ["nope!", "bm9wZQ", Buffer.from('["2024-01-01","yesterday","x"]').toString("base64url")]) {
      expect(query({ cursor: bad }), bad).toEqual({
        cursor: "This page link is no longer valid; start from the first page",
      });
    }
  });
});
