import { describe, expect, it } from "vitest";
import { calculatorPrefill, prefillAge } from "./calculator-prefill";

const profile = {
  birthDate: "1990-05-20",
  sex: "female" as const,
  heightCm: 168,
  units: "metric" as const,
  background: "default" as const,
};

describe("calculatorPrefill", () => {
  it("fills age, sex, height and the latest weight in the profile's units", () => {
    expect(
      calculatorPrefill(profile, { measuredOn: "2026-11-20", weightKg: 64.5, heightCm: 168 }, "2026-11-22"),
    ).toEqual({
      values: { units: "metric", age: "36", sex: "female", heightCm: "168", weightKg: "64.5" },
      weightFrom: "2026-11-20",
    });
    const us = calculatorPrefill(
      { ...profile, units: "us", background: "adjusted" },
      { measuredOn: "2026-11-20", weightKg: 68.0388555, heightCm: 168 },
      "2026-11-22",
    );
    expect(us.values).toEqual({
      units: "us",
      age: "36",
      sex: "female",
      background: "adjusted",
      heightFt: "5",
      heightIn: "6.1",
      weightLb: "150",
    });
  });

  it("leaves out what the profile does not have", () => {
    expect(
      calculatorPrefill(
        { birthDate: null, sex: null, heightCm: null, units: "metric", background: "default" },
        null,
        "2026-11-22",
      ),
    ).toEqual({
      values: { units: "metric" },
      weightFrom: null,
    });
  });

  it("gives a child's age to the hundredth of a year, rounded down (CDC reads it by the month)", () => {
    expect(prefillAge("2017-05-20", "2026-11-22")).toBe("9.5");
    expect(prefillAge("2017-05-21", "2026-11-22")).toBe("9.5");
    expect(prefillAge("2017-01-01", "2026-11-22")).toBe("9.88"); // 3612 days: 118.67 months
    expect(prefillAge("2006-11-23", "2026-11-22")).toBe("19.99");
    expect(prefillAge("2030-01-01", "2026-11-22")).toBeNull();
  });
});
