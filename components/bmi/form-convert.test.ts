import { describe, expect, it } from "vitest";
import { convertUnits } from "./form-convert";
import { formValuesFrom, submittedFields } from "./form-fields";

describe("convertUnits", () => {
  it("carries metric values to US and UK units, a decimal comma included", () => {
    const metric = { units: "metric", heightCm: "180", weightKg: "73,0", waistCm: "86.36" };
    expect(convertUnits(metric, "us")).toMatchObject({
      units: "us",
      heightFt: "5",
      heightIn: "10.9",
      weightLb: "160.9",
      waistIn: "34",
    });
    expect(convertUnits(metric, "uk")).toMatchObject({
      units: "uk",
      heightFt: "5",
      heightIn: "10.9",
      weightSt: "11",
      weightStLb: "6.9",
    });
  });

  it("carries stones and pounds to the others, and keeps heights between US and UK", () => {
    const uk = { units: "uk", heightFt: "5", heightIn: "9", weightSt: "11", weightStLb: "7" };
    expect(convertUnits(uk, "us")).toMatchObject({ units: "us", weightLb: "161", heightFt: "5", heightIn: "9" });
    expect(convertUnits(uk, "metric")).toMatchObject({ units: "metric", weightKg: "73", heightCm: "175.3" });
  });
});

describe("form fields", () => {
  it("sends the UK pounds as weightLb, and only the current units' fields", () => {
    expect(
      submittedFields({
        units: "uk",
        age: "30",
        weightSt: "11",
        weightStLb: "7",
        weightLb: "150",
        heightFt: "5",
        heightIn: "9",
        heightCm: "175",
      }),
    ).toEqual({
      units: "uk",
      age: "30",
      heightFt: "5",
      heightIn: "9",
      weightSt: "11",
      weightLb: "7",
    });
    expect(
      submittedFields({ units: "metric", age: "9", background: "adjusted", heightCm: "133" }, { dropBackground: true }),
    ).toEqual({ units: "metric", age: "9", heightCm: "133" });
  });

  it("reads a no-JavaScript UK submission, where both pounds boxes are sent (US first)", () => {
    expect(formValuesFrom({ units: "uk", weightSt: "11", weightLb: ["", "7"] })).toMatchObject({
      units: "uk",
      weightSt: "11",
      weightStLb: "7",
    });
    expect(formValuesFrom({ units: "us", weightLb: ["150", ""] })).toMatchObject({ weightLb: "150" });
    expect(formValuesFrom({ units: "uk", weightSt: "11", weightLb: "7" }).weightStLb).toBe("7");
  });
});
