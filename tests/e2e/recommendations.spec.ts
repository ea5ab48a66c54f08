// The check-in journey in Chromium: answers → safety triage → ranked routines with reasons, and red
// flags → doctor guidance with no routine at all, on the recommendations page and the dashboard.
import { expect, test } from "./support/fixtures";
import { saveProfile, signUp } from "./support/accounts";

test.beforeEach(async ({ page }) => {
  await signUp(page);
  await saveProfile(page, { birthDate: "1990-04-02", sex: "Male", heightCm: "180" });
});

test("a check-in with no red flags recommends routines, decompression first after lifting", async ({ page }) => {
  await page.goto("/check-in");
  await page.getByLabel("Back pain right now (0–10)").selectOption("3");
  await page.getByLabel("I lifted weights today").check();
  await page.getByLabel("Training experience").selectOption("intermediate");
  await page.getByRole("button", { name: "Save and see my routines" }).click();

  await expect(page).toHaveURL(/\/recommendations$/);
  await expect(page.getByRole("heading", { name: "No warning signs reported" })).toBeVisible();
  const ranked = page
    .getByRole("list")
    .filter({ has: page.getByRole("link", { name: /^Start / }) })
    .first();
  await expect(ranked.getByRole("listitem").first()).toContainText(/Because/i);
  await expect(page.getByText("General guidance, not medical advice.").first()).toBeVisible();

  // The dashboard's card shows the same top routine, and the check-in is remembered.
  const top = (await ranked.getByRole("heading", { level: 3 }).first().getByRole("link").textContent())!.trim();
  await page.goto("/dashboard");
  const card = page.getByRole("region", { name: "Today's routine" });
  await expect(card.getByRole("link", { name: top })).toBeVisible();
  await page.goto("/check-in");
  await expect(page.getByLabel("Back pain right now (0–10)")).toHaveValue("3");
  await expect(page.getByLabel("I lifted weights today")).toBeChecked();

  // Starting the top routine opens its guided session.
  await page.goto("/recommendations");
  await page.getByRole("link", { name: `Start ${top}` }).click();
  await expect(page).toHaveURL(/\/practice\//);
});

test("a red flag gives doctor guidance and no routine", async ({ page }) => {
  await page.goto("/check-in");
  await page.getByLabel("Back pain right now (0–10)").selectOption("4");
  await page.getByLabel(/Loss of bladder or bowel control/).check();
  await page.getByRole("button", { name: "Save and see my routines" }).click();

  await expect(page).toHaveURL(/\/recommendations$/);
  const alert = page.getByRole("alert").filter({ hasText: "Get medical help now" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("emergency");
  await expect(page.getByRole("heading", { name: "Suggested for you, best first" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Start / })).toHaveCount(0);

  await page.goto("/dashboard");
  const card = page.getByRole("region", { name: "Today's routine" });
  await expect(card).toContainText("Get urgent medical help now");
  await expect(card.getByRole("link", { name: "Start now" })).toHaveCount(0);
});

test("a condition that rules out inversion is named among the exclusions", async ({ page }) => {
  await page.goto("/check-in");
  await page.getByLabel("Back pain right now (0–10)").selectOption("1");
  await page.getByLabel("I lifted weights today").check();
  await page.getByLabel("High blood pressure").check();
  await page.getByRole("button", { name: "Save and see my routines" }).click();
  await expect(page).toHaveURL(/\/recommendations$/);
  await expect(page.getByText("Uses inversion")).toHaveCount(0);
  await page.getByText(/Not offered today/).click();
  await expect(page.getByText("Inversion is not safe with high blood pressure").first()).toBeVisible();
});

test("a refused check-in keeps every ticked box", async ({ page }) => {
  await page.goto("/check-in");
  await page.getByLabel(/Loss of bladder or bowel control/).check();
  await page.getByLabel("A fever, or feeling generally unwell").check();
  await page.getByLabel("High blood pressure").check();
  // No pain level chosen: the form is refused and must come back as it was sent.
  await page.getByRole("button", { name: "Save and see my routines" }).click();
  await expect(page.getByText(/Pain now is required/)).toBeVisible();
  await expect(page).toHaveURL(/\/check-in$/);
  await expect(page.getByLabel(/Loss of bladder or bowel control/)).toBeChecked();
  await expect(page.getByLabel("A fever, or feeling generally unwell")).toBeChecked();
  await expect(page.getByLabel("High blood pressure")).toBeChecked();
  await expect(page.getByLabel("A history of cancer")).not.toBeChecked();
});
