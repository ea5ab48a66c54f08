import { expect, test } from "@playwright/test";
import { evaluateBmi } from "@/lib/bmi/evaluate";

test.describe("BMI calculator", () => {
  test("a metric adult gets BMI, WHO category, scale and healthy range", async ({ page }) => {
    await page.goto("/bmi");
    await page.getByLabel("Age (years)").fill("35");
    await page.getByRole("radio", { name: "Male", exact: true }).check();
    await page.getByLabel("Height (cm)").fill("175");
    await page.getByLabel("Weight (kg)").fill("70");
    await page.getByRole("button", { name: "Calculate BMI" }).click();

    await expect(page.getByTestId("bmi-value")).toHaveText("22.86");
    await expect(page.getByTestId("bmi-category")).toHaveText("Healthy weight");
    await expect(page.getByText("Healthy weight for your height")).toBeVisible();
    await expect(page.getByText("56.7 kg – 76.6 kg")).toBeVisible();
    await expect(page.getByRole("img", { name: /BMI 22.86 falls in the healthy weight band/ })).toBeVisible();
    // The result's URL carries the inputs, so it can be shared and reloaded.
    await expect(page).toHaveURL(/heightCm=175/);
    await page.reload();
    await expect(page.getByTestId("bmi-value")).toHaveText("22.86");
  });

  test("a teenager in US units gets a CDC percentile", async ({ page }) => {
    await page.goto("/bmi");
    await page.getByRole("radio", { name: "US (ft, in, lb)" }).check({ force: true });
    await page.getByLabel("Age (years)").fill("15");
    await page.getByRole("radio", { name: "Female" }).check();
    await page.getByLabel("Height (ft)").fill("5");
    await page.getByLabel("and inches").fill("4");
    await page.getByLabel("Weight (lb)").fill("150");
    await page.getByRole("button", { name: "Calculate BMI" }).click();

    const expected = evaluateBmi({ units: "us", age: 15, sex: "female", heightFt: 5, heightIn: 4, weightLb: 150 });
    if (!expected.ok) throw new Error("fixture input should be valid");
    await expect(page.getByTestId("bmi-value")).toHaveText(expected.result.bmi.toFixed(2));
    await expect(page.getByTestId("bmi-category")).toHaveText(expected.result.categoryLabel);
    await expect(page.getByText("BMI-for-age percentile")).toBeVisible();
    await expect(page.getByText(`z-score ${expected.result.zScore?.toFixed(2)}`, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/units=us/);
  });

  test("input errors are shown inline next to their field", async ({ page }) => {
    await page.goto("/bmi");
    await page.getByLabel("Age (years)").fill("30");
    await page.getByLabel("Height (cm)").fill("500");
    await page.getByLabel("Weight (kg)").fill("abc");
    await page.getByRole("button", { name: "Calculate BMI" }).click();

    const height = page.getByLabel("Height (cm)");
    await expect(height).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#bmi-heightCm-error")).toHaveText(/Height must be between 50 and 272 cm/);
    await expect(page.locator("#bmi-weightKg-error")).toContainText(/number/i);
    await expect(height).toBeFocused();
    await expect(page.getByTestId("bmi-value")).toHaveCount(0);
  });

  test("180 cm and 65 kg shows BMI 20.06, as the NHS and CDC calculators do", async ({ page }) => {
    await page.goto("/bmi?units=metric&age=30&heightCm=180&weightKg=65");
    await expect(page.getByTestId("bmi-value")).toHaveText("20.06");
  });

  test("a 9-year-old sees only figures valid for her age, and no adult thresholds option", async ({ page }) => {
    await page.goto("/bmi");
    await expect(page.getByTestId("bmi-background-option")).toBeVisible();
    await page.getByLabel("Age (years)").fill("9");
    await expect(page.getByTestId("bmi-background-option")).toHaveCount(0);
    await page.getByLabel("Age (years)").fill("35");
    await expect(page.getByTestId("bmi-background-option")).toBeVisible();
    await page.getByLabel("Age (years)").fill("9");
    await page.getByRole("radio", { name: "Female", exact: true }).check();
    await page.getByLabel("Height (cm)").fill("133");
    await page.getByLabel("Weight (kg)").fill("28");
    await page.getByLabel("Waist (cm, optional)").fill("60");
    await page.getByRole("button", { name: "Calculate BMI" }).click();

    await expect(page.getByText("BMI-for-age percentile")).toBeVisible();
    await expect(page.getByText("Waist-to-height ratio", { exact: true })).toBeVisible();
    await expect(page.getByText("BMI Prime", { exact: true })).toHaveCount(0);
    await expect(page.getByText(/top of the healthy range/)).toHaveCount(0);
    await expect(page).not.toHaveURL(/background=/);
  });

  test("a child without sex is asked for it", async ({ page }) => {
    await page.goto("/bmi?units=metric&age=8&heightCm=128&weightKg=26");
    await expect(page.locator("#bmi-sex-error")).toContainText("Sex");
  });

  test("errors found by the server focus the first box in error, as the browser's check does", async ({ page }) => {
    // The check in the browser loads after the first input (ADR 0025); a form sent before that is
    // validated by the server, and its page must put the person where the instant check would.
    await page.goto("/bmi?units=uk&age=30&heightFt=5&heightIn=9&weightSt=11&weightLb=20");
    await expect(page.locator("#bmi-weightStLb-error")).toContainText("Pounds");
    await expect(page.getByLabel("and pounds")).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and shows the result, and errors inline", async ({ page }) => {
    await page.goto("/bmi");
    await page.getByLabel("Age (years)").fill("40");
    await page.getByLabel("Height (cm)").fill("170");
    await page.getByLabel("Weight (kg)").fill("95");
    await page.getByRole("button", { name: "Calculate BMI" }).click();
    await expect(page.getByTestId("bmi-value")).toHaveText("32.87");
    await expect(page.getByTestId("bmi-category")).toHaveText(/Obese class I/);

    await page.getByLabel("Height (cm)").fill("");
    await page.getByRole("button", { name: "Calculate BMI" }).click();
    await expect(page.locator("#bmi-heightCm-error")).toContainText("Height");
    await expect(page.getByLabel("Height (cm)")).toBeFocused();
  });

  test("adult-only choices sent for a child are not applied, and the result says so", async ({ page }) => {
    await page.goto("/bmi?units=metric&age=4&sex=male&heightCm=100&weightKg=16&waistCm=50&background=adjusted");
    await expect(page.getByTestId("bmi-ignored")).toContainText("NICE thresholds are for adults");
    await expect(page.getByTestId("bmi-ignored")).toContainText("from age 5");
    await expect(page.getByText("BMI Prime", { exact: true })).toHaveCount(0);
    await expect(page.getByText("Waist-to-height ratio", { exact: true })).toHaveCount(0);
  });
});

test.describe("JSON API", () => {
  test("GET and POST agree, and bad input is a 400 naming the field", async ({ request }) => {
    const get = await request.get("/api/v1/bmi?units=metric&heightCm=175&weightKg=70&age=35");
    expect(get.status()).toBe(200);
    const fromGet = await get.json();
    expect(fromGet).toMatchObject({ bmi: 22.86, category: "healthy_weight", percentile: null });

    const post = await request.post("/api/v1/bmi", { data: { units: "metric", heightCm: 175, weightKg: 70, age: 35 } });
    expect(await post.json()).toEqual(fromGet);

    const bad = await request.post("/api/v1/bmi", {
      data: { units: "us", heightFt: 5, heightIn: 9, weightLb: -3, age: 35 },
    });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.fields.weightLb).toMatch(/Weight/);

    const malformed = await request.post("/api/v1/bmi", {
      headers: { "content-type": "application/json" },
      data: "{not json",
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_json");
  });
});
