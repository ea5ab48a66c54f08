import { describe, expect, it } from "vitest";
import { BmiNotApplicableError, computeBmi } from "./compute";
import { BMI_NOT_APPLICABLE_MESSAGE } from "./constants";
import { bmiFieldErrors, bmiInputSchema, isBmiNotApplicable } from "./schema";
import { ftInToCm, inToCm, lbToKg } from "./units";

const adultMetric = { heightCm: "175", weightKg: "70", age: "30" };
const adultUs = { units: "us", heightFt: "5", heightIn: "9", weightLb: "150", age: "30" };

/** Field → first message, or {} when the input is valid. */
function errors(input: unknown): Record<string, string> {
  const r = bmiInputSchema.safeParse(input);
  return r.success ? {} : bmiFieldErrors(r.error);
}

function data(input: unknown) {
  const r = bmiInputSchema.safeParse(input);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

describe("valid input and normalisation", () => {
  it("accepts form strings and defaults units and background", () => {
    expect(data(adultMetric)).toEqual({ heightCm: 175, weightKg: 70, ageMonths: 360, background: "default" });
  });

  it("accepts JSON numbers and ignores unknown fields", () => {
    expect(data({ heightCm: 175, weightKg: 70, age: 30, csrfToken: "x" })).toEqual({
      heightCm: 175,
      weightKg: 70,
      ageMonths: 360,
      background: "default",
    });
  });

  it("treats empty strings (unfilled form fields) as absent", () => {
    const out = data({ ...adultMetric, units: "", sex: "", waistCm: "", ageMonths: "", background: "", heightFt: "" });
    expect(out).toEqual({ heightCm: 175, weightKg: 70, ageMonths: 360, background: "default" });
    expect("sex" in out).toBe(false);
    expect("waistCm" in out).toBe(false);
  });

  it("converts UK units exactly: ft + in, st + lb (14 lb a stone), waist in", () => {
    const out = data({
      units: "uk",
      heightFt: "5",
      heightIn: "9",
      weightSt: "11",
      weightLb: "7",
      waistIn: "34",
      age: "30",
    });
    expect(out.heightCm).toBe(ftInToCm(5, 9));
    expect(out.weightKg).toBe(lbToKg(161));
    expect(out.waistCm).toBe(inToCm(34));
    // An empty pounds box is 0 lb, as an empty inches box is 0 in.
    expect(data({ units: "uk", heightFt: "5", heightIn: "9", weightSt: "11", weightLb: "", age: "30" }).weightKg).toBe(
      lbToKg(154),
    );
  });

  it("converts US units exactly (ft + in, lb, waist in)", () => {
    const out = data({ ...adultUs, waistIn: "34", sex: "female", background: "adjusted" });
    expect(out.heightCm).toBeCloseTo(69 * 2.54, 12);
    expect(out.weightKg).toBeCloseTo(150 * 0.45359237, 12);
    expect(out.waistCm).toBeCloseTo(34 * 2.54, 12);
    expect(out.sex).toBe("female");
    expect(out.background).toBe("adjusted");
  });

  it("an empty inches box means 0 in", () => {
    expect(data({ ...adultUs, heightFt: "6", heightIn: "" }).heightCm).toBeCloseTo(182.88, 12);
  });

  it("trims whitespace and allows decimals", () => {
    expect(data({ heightCm: " 172.5 ", weightKg: "68.25", age: "19.5", sex: "male" })).toMatchObject({
      heightCm: 172.5,
      weightKg: 68.25,
      ageMonths: 234,
    });
  });

  it("age in years → ×12; whole months m (completed) → m + 0.5 (CDC month midpoint); decimal months exact", () => {
    expect(data({ ...adultMetric, age: "9.5", sex: "female" }).ageMonths).toBe(114);
    expect(data({ heightCm: "140", weightKg: "40", ageMonths: "114", sex: "female" }).ageMonths).toBe(114.5);
    expect(data({ heightCm: "140", weightKg: "40", ageMonths: 239, sex: "female" }).ageMonths).toBe(239.5);
    // With a fractional part the age is exact (worked out from dates): used as it is, not + 0.5.
    expect(data({ heightCm: "140", weightKg: "40", ageMonths: "114.5", sex: "female" }).ageMonths).toBe(114.5);
    expect(data({ heightCm: "140", weightKg: "40", ageMonths: 114.73, sex: "female" }).ageMonths).toBe(114.73);
    expect(data({ heightCm: "140", weightKg: "40", ageMonths: "239.99", sex: "female" }).ageMonths).toBe(239.99);
  });
});

describe("messages name the field and sit on its path", () => {
  it.each([
    [{ ...adultMetric, heightCm: "40" }, "heightCm", "Height must be between 50 and 272 cm"],
    [{ ...adultMetric, heightCm: "273" }, "heightCm", "Height must be between 50 and 272 cm"],
    [{ ...adultMetric, weightKg: "1.9" }, "weightKg", "Weight must be between 2 and 650 kg"],
    [{ ...adultMetric, weightKg: "651" }, "weightKg", "Weight must be between 2 and 650 kg"],
    [{ ...adultMetric, age: "121" }, "age", "Age must be between 2 and 120 years"],
    [{ ...adultMetric, age: "-1" }, "age", "Age must be between 2 and 120 years"],
    [{ ...adultMetric, waistCm: "29" }, "waistCm", "Waist must be between 30 and 300 cm"],
    [{ ...adultUs, heightFt: "1", heightIn: "7" }, "heightFt", "Height must be between 1 ft 8 in and 8 ft 11 in"],
    [{ ...adultUs, heightFt: "9", heightIn: "0" }, "heightFt", "Height must be between 1 ft 8 in and 8 ft 11 in"],
    [{ ...adultUs, heightIn: "12" }, "heightIn", "Height in inches must be at least 0 and less than 12"],
    [{ ...adultUs, heightIn: "-1" }, "heightIn", "Height in inches must be at least 0 and less than 12"],
    [{ ...adultUs, heightFt: "5.5" }, "heightFt", "Height in feet must be a whole number (put the rest in inches)"],
    [{ ...adultUs, weightLb: "4" }, "weightLb", "Weight must be between 5 and 1430 lb"],
    [{ ...adultUs, waistIn: "119" }, "waistIn", "Waist must be between 12 and 118 in"],
    [{ ...adultMetric, heightCm: "" }, "heightCm", "Height is required"],
    [{ ...adultMetric, weightKg: undefined }, "weightKg", "Weight is required"],
    [{ ...adultUs, heightFt: "", heightIn: "" }, "heightFt", "Height is required"],
    [{ ...adultUs, weightLb: "" }, "weightLb", "Weight is required"],
    [{ heightCm: "175", weightKg: "70" }, "age", "Age is required"],
    [{ heightCm: "80", weightKg: "11", ageMonths: "23.9", sex: "male" }, "ageMonths", BMI_NOT_APPLICABLE_MESSAGE],
    [{ heightCm: "175", weightKg: "70", ageMonths: "1441" }, "ageMonths", "Age must be between 24 and 1440 months"],
    [{ ...adultMetric, ageMonths: "400" }, "ageMonths", "Enter age in years or in months, not both"],
    [{ ...adultMetric, units: "imperial" }, "units", "Units must be metric, US or UK"],
    [
      { ...adultMetric, units: "uk", heightFt: "5", heightIn: "9", weightSt: "11.5" },
      "weightSt",
      "Weight in stones must be a whole number (put the rest in pounds)",
    ],
    [
      { ...adultMetric, units: "uk", heightFt: "5", heightIn: "9", weightSt: "11", weightLb: "14" },
      "weightLb",
      "Pounds must be at least 0 and less than 14",
    ],
    [{ ...adultMetric, units: "uk", heightFt: "5", heightIn: "9", weightLb: "7" }, "weightSt", "Weight is required"],
    [
      { ...adultMetric, units: "uk", heightFt: "5", heightIn: "9", weightSt: "103" },
      "weightSt",
      "Weight must be between 0 st 5 lb and 102 st 2 lb",
    ],
    [{ ...adultMetric, sex: "x" }, "sex", "Sex must be male or female"],
    [{ ...adultMetric, background: "asian" }, "background", "Background must be default or adjusted"],
  ])("%j → %s: %s", (input, field, message) => {
    const r = bmiInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.path, i.message])).toContainEqual([[field], message]);
    expect(bmiFieldErrors(r.error)[field]).toBe(message);
  });

  it("uses the metric fields for metric and the US fields for US (the other ones are ignored)", () => {
    expect(errors({ ...adultMetric, heightFt: "abc", weightLb: "-3" })).toEqual({});
    expect(errors({ ...adultUs, heightCm: "abc" })).toEqual({});
  });

  it("reports every problem at once", () => {
    expect(Object.keys(errors({ units: "us", heightFt: "x", weightLb: "", age: "150", waistIn: "1" })).sort()).toEqual([
      "age",
      "heightFt",
      "waistIn",
      "weightLb",
    ]);
  });
});

describe("non-numbers", () => {
  it.each(["abc", "NaN", "Infinity", "-Infinity", "1e999", "0x10", "1,750", "1,7,5", "12abc", "--1", "."])(
    '"%s" → "Enter a number"',
    (text) => {
      expect(errors({ ...adultMetric, heightCm: text })).toEqual({ heightCm: "Enter a number" });
    },
  );

  it("reads a decimal comma: 71,1 kg is 71.1 kg", () => {
    expect(data({ ...adultMetric, heightCm: "175,5", weightKg: "71,1" })).toMatchObject({
      heightCm: 175.5,
      weightKg: 71.1,
    });
  });

  it("rejects non-finite JSON numbers and non-number values", () => {
    expect(errors({ ...adultMetric, weightKg: Number.NaN })).toEqual({ weightKg: "Enter a number" });
    expect(errors({ ...adultMetric, weightKg: Number.POSITIVE_INFINITY })).toEqual({ weightKg: "Enter a number" });
    expect(errors({ ...adultMetric, weightKg: { value: 70 } })).toEqual({ weightKg: "Enter a number" });
    expect(errors({ ...adultMetric, weightKg: true })).toEqual({ weightKg: "Enter a number" });
  });

  it("accepts exponent notation that stays finite", () => {
    expect(data({ ...adultMetric, weightKg: "7e1" }).weightKg).toBe(70);
  });
});

describe("children", () => {
  it("requires sex under 20, on the sex field", () => {
    const expected = { sex: "Sex is required for children and teens under 20" };
    expect(errors({ heightCm: "140", weightKg: "35", age: "10" })).toEqual(expected);
    expect(errors({ heightCm: "170", weightKg: "60", age: "19.99" })).toEqual(expected);
    expect(errors({ heightCm: "140", weightKg: "35", ageMonths: "239" })).toEqual(expected);
  });

  it("does not require sex from 20", () => {
    expect(errors({ heightCm: "170", weightKg: "60", age: "20" })).toEqual({});
    expect(errors({ heightCm: "170", weightKg: "60", ageMonths: "240" })).toEqual({});
  });

  it("under 2 years → a not-applicable error on the age field", () => {
    for (const input of [
      { heightCm: "80", weightKg: "11", age: "1.5", sex: "female" },
      { heightCm: "80", weightKg: "11", age: "0", sex: "female" },
      { heightCm: "80", weightKg: "11", ageMonths: "23", sex: "male" },
    ]) {
      const r = bmiInputSchema.safeParse(input);
      expect(r.success).toBe(false);
      if (r.success) continue;
      expect(isBmiNotApplicable(r.error)).toBe(true);
      expect(Object.values(bmiFieldErrors(r.error))).toEqual([BMI_NOT_APPLICABLE_MESSAGE]);
    }
    const other = bmiInputSchema.safeParse({ ...adultMetric, heightCm: "1" });
    expect(other.success || isBmiNotApplicable(other.error)).toBe(false);
  });

  it("computeBmi throws BmiNotApplicableError for input that skipped the schema", () => {
    const input = { heightCm: 80, weightKg: 11, ageMonths: 23.5, sex: "male" as const, background: "default" as const };
    expect(() => computeBmi(input)).toThrow(BmiNotApplicableError);
    expect(() => computeBmi(input)).toThrow(/not used for children under 2/);
  });
});

describe("bmiFieldErrors", () => {
  it("keeps the first message per field and puts path-less issues under 'form'", () => {
    expect(
      bmiFieldErrors({
        issues: [
          { path: ["age"], message: "first" },
          { path: ["age"], message: "second" },
          { path: [], message: "whole form" },
        ],
      }),
    ).toEqual({ age: "first", form: "whole form" });
  });
});
