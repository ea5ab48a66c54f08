import { describe, expect, it } from "vitest";
import { BMI_NOT_APPLICABLE_MESSAGE } from "./constants";
import { evaluateBmi } from "./evaluate";

describe("evaluateBmi", () => {
  it("returns the public result for valid query-string input", () => {
    const outcome = evaluateBmi(Object.fromEntries(new URLSearchParams("heightCm=175&weightKg=70&age=30&sex=")));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result).toMatchObject({ bmi: 22.86, category: "healthy_weight", group: "adult" });
    expect(outcome.details.bands.length).toBe(8);
  });

  it("returns field errors for invalid input", () => {
    const outcome = evaluateBmi({ heightCm: "abc", weightKg: "70", age: "30" });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: "invalid_input",
        message: "Some values are missing or out of range.",
        fields: { heightCm: "Enter a number" },
      },
    });
  });

  it("says 'not applicable' for under-2s", () => {
    const outcome = evaluateBmi({ heightCm: 80, weightKg: 11, age: 1, sex: "male" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("bmi_not_applicable");
    expect(outcome.error.message).toBe(BMI_NOT_APPLICABLE_MESSAGE);
  });

  it("rejects a body that is not an object", () => {
    expect(evaluateBmi(null).ok).toBe(false);
    expect(evaluateBmi([1, 2]).ok).toBe(false);
  });
});
