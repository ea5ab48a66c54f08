import { describe, expect, it } from "vitest";
import { evaluateBmi } from "@/lib/bmi/evaluate";
import { submittedFields } from "./form-fields";
import { bmiFormErrors } from "./form-validator";

describe("bmiFormErrors (the browser's lazily loaded check)", () => {
  it("passes what the server accepts, a decimal comma included", () => {
    expect(bmiFormErrors({ units: "metric", age: "35", heightCm: "175", weightKg: "70,5" })).toBeNull();
  });

  it("names each box in error with the same words the server shows", () => {
    const fields = submittedFields({
      units: "uk",
      age: "30",
      heightFt: "5",
      heightIn: "9",
      weightSt: "11",
      weightStLb: "20",
    });
    const errors = bmiFormErrors(fields);
    expect(errors).toEqual({ weightLb: expect.stringMatching(/Pounds/) });
    const server = evaluateBmi(fields);
    expect(server.ok ? null : server.error.fields).toEqual(errors);
  });

  it("reports every problem at once", () => {
    expect(Object.keys(bmiFormErrors({ units: "metric", age: "30", heightCm: "500", weightKg: "abc" }) ?? {})).toEqual([
      "heightCm",
      "weightKg",
    ]);
  });
});
