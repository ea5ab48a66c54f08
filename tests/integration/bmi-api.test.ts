// The JSON API's route handlers, called as Next calls them: a Request in, a Response out.
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/bmi/route";

const base = "http://localhost/api/v1/bmi";
const post = (body: string) =>
  POST(new Request(base, { method: "POST", body, headers: { "content-type": "application/json" } }));

describe("GET /api/v1/bmi", () => {
  it("returns the full result for a metric adult", async () => {
    const response = await GET(new Request(`${base}?units=metric&heightCm=175&weightKg=70&age=35`));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("max-age");
    const body = await response.json();
    expect(body).toMatchObject({
      bmi: 22.86,
      category: "healthy_weight",
      categoryLabel: "Healthy weight",
      percentile: null,
      zScore: null,
      percentOfP95: null,
      healthyWeightKg: { min: 56.7, max: 76.6 },
      bmiPrime: 0.91,
      waistToHeightRatio: null,
      group: "adult",
    });
    expect(body.reference).toMatch(/WHO/);
  });

  it("reproduces CDC's worked example for a girl of 9 years 6 months (ageMonths)", async () => {
    // BMI 21.2 from a height of 1.40 m: weight = 21.2 × 1.4².
    const weightKg = 21.2 * 1.4 * 1.4;
    const response = await GET(
      new Request(`${base}?units=metric&heightCm=140&weightKg=${weightKg}&ageMonths=114&sex=female`),
    );
    const body = await response.json();
    expect(body).toMatchObject({ bmi: 21.2, percentile: 92.2, zScore: 1.42, category: "overweight", group: "child" });
    // Adult-only figures are null for her, not misleading numbers.
    expect(body.bmiPrime).toBeNull();
    expect(body.ignored).toEqual({});
  });
});

describe("adult-only inputs sent for a child", () => {
  it("ignores the NICE adjustment and a waist under 5, and names them in `ignored`", async () => {
    const response = await GET(
      new Request(`${base}?heightCm=100&weightKg=16&age=4&sex=female&background=adjusted&waistCm=50`),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ group: "child", bmiPrime: null, waistToHeightRatio: null, waistRisk: null });
    expect(Object.keys(body.ignored).sort()).toEqual(["background", "waist"]);
  });
});

describe("ageMonths with decimals", () => {
  it("is an exact age: 114.5 gives what 114 completed months give, and is not refused", async () => {
    const weightKg = 21.2 * 1.4 * 1.4;
    const exact = await GET(new Request(`${base}?heightCm=140&weightKg=${weightKg}&ageMonths=114.5&sex=female`));
    expect(exact.status).toBe(200);
    const completed = await GET(new Request(`${base}?heightCm=140&weightKg=${weightKg}&ageMonths=114&sex=female`));
    expect(await exact.json()).toEqual(await completed.json());
    const posted = await post(JSON.stringify({ heightCm: 140, weightKg, ageMonths: 114.73, sex: "female" }));
    expect(posted.status).toBe(200);
    expect((await posted.json()).group).toBe("child");
  });
});

describe("POST /api/v1/bmi", () => {
  it("accepts US units and a waist", async () => {
    const response = await post(
      JSON.stringify({ units: "us", heightFt: 5, heightIn: 9, weightLb: 150, age: 40, waistIn: 32 }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.bmi).toBe(22.15);
    expect(body.waistToHeightRatio).toBeCloseTo(32 / 69, 2);
    expect(body.waistRisk).toBe("no_increased_risk");
  });

  it("answers bad input with 400 and the field's message", async () => {
    const response = await post(JSON.stringify({ units: "metric", heightCm: 20, weightKg: 70, age: 30 }));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_input");
    expect(error.fields.heightCm).toBe("Height must be between 50 and 272 cm");
    expect(typeof error.message).toBe("string");
  });

  it("answers an age under 2 with a clear 'not applicable' error", async () => {
    const response = await post(
      JSON.stringify({ units: "metric", heightCm: 80, weightKg: 11, ageMonths: 18, sex: "male" }),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("bmi_not_applicable");
    expect(error.fields.ageMonths ?? error.fields.age).toBeTruthy();
  });

  it("answers malformed JSON and non-objects with 400 invalid_json, never a 500", async () => {
    for (const body of ["{oops", "[1,2]", "42", ""]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("invalid_json");
    }
  });
});
