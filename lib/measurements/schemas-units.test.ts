// The measurement schemas' units: a decimal comma, stones and pounds, and values the person did not
// change staying exactly as stored (the forms show them converted and rounded).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ftInToCm, lbToKg, stLbToKg } from "@/lib/bmi/units";
import { fieldErrors, measurementInputSchema, measurementPatchSchema } from "./schemas";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2024-06-15T12:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

function parse(value: unknown) {
  const result = measurementInputSchema.safeParse(value);
  if (!result.success) throw new Error(JSON.stringify(fieldErrors(result.error)));
  return result.data;
}
function errors(value: unknown) {
  const result = measurementInputSchema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error);
}

describe("decimal comma", () => {
  it("reads 71,1 as 71.1 in every number box", () => {
    expect(parse({ weightKg: "71,1", heightCm: "168,5", waistCm: "80,2" })).toMatchObject({
      weightKg: 71.1,
      heightCm: 168.5,
      waistCm: 80.2,
    });
    expect(parse({ units: "us", weightLb: "156,8", heightFt: "5", heightIn: "6,5" }).heightCm).toBe(ftInToCm(5, 6.5));
  });
});

describe("stones and pounds (units uk)", () => {
  it("takes whole stones plus pounds, 14 lb a stone, exactly", () => {
    const value = parse({ units: "uk", weightSt: "11", weightLb: "7,5", heightFt: "5", heightIn: "9" });
    expect(value.weightKg).toBe(stLbToKg(11, 7.5));
    expect(value.heightCm).toBe(ftInToCm(5, 9));
    expect(value.units).toBe("uk");
    expect(parse({ units: "uk", weightSt: "11" }).weightKg).toBe(lbToKg(154));
  });

  it("names the box at fault", () => {
    expect(errors({ units: "uk", weightSt: "11.5" })).toEqual({
      weightSt: "Weight in stones must be a whole number (put the rest in pounds)",
    });
    expect(errors({ units: "uk", weightSt: "11", weightLb: "14" })).toEqual({
      weightLb: "Pounds must be at least 0 and less than 14",
    });
    expect(errors({ units: "uk", weightLb: "7" })).toEqual({ weightSt: "Enter the stones as well as the pounds" });
    expect(errors({ units: "uk" })).toEqual({ weightSt: "Weight is required" });
    expect(errors({ units: "uk", weightSt: "103" })).toEqual({
      weightSt: "Weight must be between 0 st 5 lb and 102 st 2 lb",
    });
  });

  it("a patch may change only the weight in stones", () => {
    const result = measurementPatchSchema.safeParse({ units: "uk", weightSt: "12", weightLb: "0" });
    expect(result.success && result.data.weightKg).toBe(lbToKg(168));
  });
});

describe("values the person did not change are stored exactly", () => {
  it("a 168 cm profile height shown as 5 ft 6.1 in stays 168 cm, not 167.89", () => {
    expect(
      parse({ units: "us", weightLb: "150", heightFt: "5", heightIn: "6.1", heightCmBefore: "168" }).heightCm,
    ).toBe(168);
    expect(parse({ units: "uk", weightSt: "11", heightFt: "5", heightIn: "6.1", heightCmBefore: "168" }).heightCm).toBe(
      168,
    );
    // Without the hint (an API client), the typed value is converted as it is.
    expect(parse({ units: "us", weightLb: "150", heightFt: "5", heightIn: "6.1" }).heightCm).toBeCloseTo(167.894, 3);
  });

  it("a changed box is converted from what was typed", () => {
    expect(
      parse({ units: "us", weightLb: "150", heightFt: "5", heightIn: "6.5", heightCmBefore: "168" }).heightCm,
    ).toBe(ftInToCm(5, 6.5));
    expect(parse({ units: "us", weightLb: "151", weightKgBefore: "68.0388555" }).weightKg).toBe(lbToKg(151));
  });

  it("keeps an unchanged weight and waist in every unit system (an edit that only moves the date)", () => {
    const kg = 68.0388555; // 150 lb, shown as 68.04 kg, 150 lb or 10 st 10 lb
    expect(parse({ weightKg: "68.04", weightKgBefore: String(kg) }).weightKg).toBe(kg);
    expect(parse({ units: "us", weightLb: "150", weightKgBefore: String(kg) }).weightKg).toBe(kg);
    expect(parse({ units: "uk", weightSt: "10", weightLb: "10", weightKgBefore: String(kg) }).weightKg).toBe(kg);
    expect(parse({ weightKg: "70", waistCm: "86.4", waistCmBefore: "86.36" }).waistCm).toBe(86.36);
    expect(parse({ units: "us", weightLb: "150", waistIn: "34", waistCmBefore: "86.36" }).waistCm).toBe(86.36);
    const patch = measurementPatchSchema.safeParse({
      units: "us",
      measuredOn: "2024-06-01",
      weightLb: "150",
      weightKgBefore: String(kg),
    });
    expect(patch.success && patch.data.weightKg).toBe(kg);
  });

  it("ignores a hint that is not a plausible stored value", () => {
    expect(parse({ weightKg: "70", weightKgBefore: "70.004e10" }).weightKg).toBe(70);
    expect(parse({ weightKg: "70", weightKgBefore: "abc" }).weightKg).toBe(70);
  });
});
