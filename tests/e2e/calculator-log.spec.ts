// The calculator and the log: signed in, the calculator is filled in from the profile and a result
// can be saved to the log; signed out, a result offers "Sign in to save". UK units and a decimal
// comma work in the calculator too.
import { evaluateBmi } from "@/lib/bmi/evaluate";
import { expect, test } from "./support/fixtures";
import { saveProfile, signUp } from "./support/accounts";

test("signed in: prefilled from the profile and latest weight; Save to my log, then Replace for the same day", async ({
  page,
}) => {
  await signUp(page);
  await saveProfile(page, { birthDate: "1990-05-04", sex: "Female", heightCm: "168" });
  await page.goto("/dashboard/measurements/new");
  await page.getByLabel("Weight (kg)").fill("64.5");
  await page.getByRole("button", { name: "Save measurement" }).click();
  await expect(page.locator("#status")).toBeVisible();

  await page.goto("/bmi");
  await expect(page.getByText(/Filled in from your profile and your latest measurement/)).toBeVisible();
  await expect(page.getByLabel("Height (cm)")).toHaveValue("168");
  await expect(page.getByLabel("Weight (kg)")).toHaveValue("64.5");
  await expect(page.getByRole("radio", { name: "Female", exact: true })).toBeChecked();
  await page.getByLabel("Weight (kg)").fill("64,2");
  await page.getByRole("button", { name: "Calculate BMI" }).click();
  await expect(page.getByTestId("bmi-value")).toHaveText("22.75");

  await page.getByRole("button", { name: "Save to my log" }).click();
  // Today already has the entry logged above: the same choice as on the entry form.
  await page.getByRole("button", { name: /^Replace the measurement of/ }).click();
  await expect(page.getByTestId("save-result")).toContainText("Replaced your measurement of");
  await page.getByRole("link", { name: "See it on your dashboard" }).click();
  await expect(page.locator('[data-highlighted="true"]:visible')).toContainText("64.2 kg");
});

test("signed out: the empty calculator stays empty and a result offers Sign in to save", async ({ page }) => {
  await page.goto("/bmi?units=metric&age=30&heightCm=180&weightKg=65");
  const link = page.getByRole("link", { name: "Sign in to save" });
  await expect(link).toBeVisible();
  expect(decodeURIComponent((await link.getAttribute("href")) ?? "")).toContain(
    "callbackUrl=/bmi?units=metric&age=30&heightCm=180&weightKg=65#result",
  );
  await page.goto("/bmi");
  await expect(page.getByLabel("Height (cm)")).toHaveValue("");
});

test("UK units: 11 st 7 lb at 5 ft 9 in, and back to metric", async ({ page }) => {
  await page.goto("/bmi");
  await page.getByRole("radio", { name: "UK (ft, in, st, lb)" }).check({ force: true });
  await page.getByLabel("Age (years)").fill("40");
  await page.getByLabel("Height (ft)").fill("5");
  await page.getByLabel("and inches").fill("9");
  await page.getByLabel("Weight (st)").fill("11");
  await page.getByLabel("and pounds").fill("7");
  await page.getByRole("button", { name: "Calculate BMI" }).click();
  const expected = evaluateBmi({ units: "uk", age: 40, heightFt: 5, heightIn: 9, weightSt: 11, weightLb: 7 });
  if (!expected.ok) throw new Error("fixture input should be valid");
  await expect(page.getByTestId("bmi-value")).toHaveText(expected.result.bmi.toFixed(2));
  await expect(page).toHaveURL(/units=uk.*weightSt=11.*weightLb=7|units=uk.*weightLb=7/);
  await page.getByRole("radio", { name: "Metric (cm, kg)" }).check({ force: true });
  await expect(page.getByLabel("Weight (kg)")).toHaveValue("73");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("UK units and a decimal comma", async ({ page }) => {
    await page.goto("/bmi");
    await page.getByText("UK (ft, in, st, lb)").click();
    await page.getByLabel("Age (years)").fill("40");
    await page.getByLabel("Height (ft)").fill("5");
    await page.getByLabel("and inches").fill("9,5");
    await page.getByLabel("Weight (st)").fill("11");
    await page.getByLabel("and pounds").fill("7");
    await page.getByRole("button", { name: "Calculate BMI" }).click();
    const expected = evaluateBmi({ units: "uk", age: 40, heightFt: 5, heightIn: 9.5, weightSt: 11, weightLb: 7 });
    if (!expected.ok) throw new Error("fixture input should be valid");
    await expect(page.getByTestId("bmi-value")).toHaveText(expected.result.bmi.toFixed(2));
  });
});
