import { describe, expect, it } from "vitest";
import { profileSchema } from "./schemas";

const errorsOf = (input: Record<string, string>) => {
  const result = profileSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("profileSchema", () => {
  it("refuses dates that do not exist, future dates and dates before 1900", () => {
    expect(errorsOf({ birthDate: "2023-02-29" }).birthDate).toBe("Enter a real date as YYYY-MM-DD");
    expect(errorsOf({ birthDate: "2999-01-01" }).birthDate).toBe("Birth date can't be in the future");
    expect(errorsOf({ birthDate: "1899-12-31" }).birthDate).toBe("Birth date must be after 1900");
    expect(errorsOf({ birthDate: "2024-02-29" })).toEqual({});
  });

  it("refuses control characters (NUL, newlines) in the display name, which PostgreSQL cannot store", () => {
    for (const name of ["Ann\u0000", "\u0000", "Ann\nLee", "Ann\rLee", "Ann\u001bLee", "Ann\u007f"]) {
      expect(errorsOf({ name }).name, JSON.stringify(name)).toBe("Display name can't contain control characters");
    }
    expect(errorsOf({ name: "Zoë O'Brien-Łukasz 李" })).toEqual({});
  });

  it("stores US height and goal weight in metric, exactly", () => {
    const profile = profileSchema.parse({ units: "us", heightFt: "5", heightIn: "11", goalWeightLb: "180" });
    expect(profile.heightCm).toBeCloseTo(180.34, 10);
    expect(profile.goalWeightKg).toBeCloseTo(180 * 0.45359237, 10);
  });

  it("reads numbers like the calculator and the log: a decimal comma is fine, hex and words are not", () => {
    expect(profileSchema.parse({ units: "metric", heightCm: "172,5", goalWeightKg: " 71,2 " })).toMatchObject({
      heightCm: 172.5,
      goalWeightKg: 71.2,
    });
    expect(errorsOf({ units: "metric", heightCm: "0x10" }).heightCm).toBe("Height must be a number");
    expect(errorsOf({ units: "metric", goalWeightKg: "Infinity" }).goalWeightKg).toBe("Goal weight must be a number");
    expect(errorsOf({ units: "metric", goalWeightKg: "1,500" }).goalWeightKg).toBe("Goal weight must be a number");
  });

  it("says what the calculator says about an impossible height", () => {
    expect(errorsOf({ units: "us", heightFt: "9", heightIn: "0" }).heightFt).toBe(
      "Height must be between 1 ft 8 in and 8 ft 11 in",
    );
  });

  it("names the field the person typed into when a value is out of range", () => {
    expect(errorsOf({ units: "metric", heightCm: "20" }).heightCm).toMatch(/Height must be between 50 and 272 cm/);
    expect(errorsOf({ units: "us", goalWeightLb: "2" }).goalWeightLb).toMatch(/Goal weight/);
  });
});
