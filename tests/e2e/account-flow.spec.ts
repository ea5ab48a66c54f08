import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, fakeClientIp, test } from "./support/fixtures";
import { PASSWORD, saveProfile, signIn, signOut, signUp, uniqueEmail } from "./support/accounts";

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
function displayDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
/** The History's measurements: one table on every screen (ADR 0024), its rows less the header row. */
function historyEntries(page: Page) {
  return page
    .getByRole("region", { name: "History" })
    .getByRole("row")
    .filter({ hasNot: page.getByRole("columnheader") });
}

test.describe("accounts and the BMI dashboard", () => {
  // One long journey, on the desktop and the phone viewport (the same History table on both).
  test(
    "sign up → profile → log metric and US measurements → chart and table → edit → delete → import " +
      "→ export → sign out",
    async ({ page }) => {
      test.setTimeout(120_000);
      await signUp(page);
      await saveProfile(page, { birthDate: "1990-05-04", sex: "Male", heightCm: "180", goalKg: "78" });

      await page.goto("/dashboard");
      await expect(page.getByRole("link", { name: "Log your first measurement" })).toBeVisible();

      // Metric entry, 10 days ago.
      const first = isoDaysAgo(10);
      await page.goto("/dashboard/measurements/new");
      await page.getByLabel("Date").fill(first);
      await page.getByLabel("Weight (kg)").fill("84");
      await page.getByRole("button", { name: "Save measurement" }).click();
      await expect(page).toHaveURL(/\/dashboard/);

      // US entry, 3 days ago: 180 lb at 5 ft 11 in.
      const second = isoDaysAgo(3);
      await page.goto("/dashboard/measurements/new?units=us");
      await page.getByLabel("Date").fill(second);
      await page.getByLabel("Weight (lb)").fill("180");
      await page.getByLabel("Height (ft)").fill("5");
      await page.getByLabel("and inches").fill("11");
      await page.getByRole("button", { name: "Save measurement" }).click();
      await expect(page).toHaveURL(/\/dashboard/);

      // 180 lb = 81.65 kg; 5 ft 11 in = 180.34 cm → BMI 25.1.
      const entries = historyEntries(page);
      await expect(entries).toHaveCount(2);
      await expect(entries.filter({ hasText: displayDate(second) })).toContainText("25.1");
      await expect(entries.filter({ hasText: displayDate(first) })).toContainText("25.9");
      await expect(page.getByRole("img", { name: /BMI/ }).first()).toBeVisible();

      // Edit the first entry: 84 → 80 kg gives BMI 24.7.
      await page
        .getByRole("link", { name: `Edit measurement of ${displayDate(first)}` })
        .first()
        .click();
      await expect(page.getByRole("heading", { name: "Edit measurement" })).toBeVisible();
      await expect(page.getByLabel("Weight (kg)")).toHaveValue("84");
      await page.getByLabel("Weight (kg)").fill("80");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(/\/dashboard\?updated=/);
      await expect(entries.filter({ hasText: displayDate(first) })).toContainText("24.7");

      // Delete the second entry (with confirmation).
      await page
        .getByRole("link", { name: `Delete measurement of ${displayDate(second)}` })
        .first()
        .click();
      await expect(page.getByRole("heading", { name: "Delete this measurement?" })).toBeVisible();
      await page.getByRole("button", { name: "Delete measurement" }).click();
      await expect(page).toHaveURL(/\/dashboard\?deleted=/);
      await expect(entries).toHaveCount(1);

      // Import a CSV: two good rows, one bad row, one repeating an existing entry (same day, same weight).
      const csv = [
        "date,weight,height",
        `${isoDaysAgo(40)},86.5,180`,
        `${isoDaysAgo(30)},85.9,`,
        `${isoDaysAgo(20)},abc,180`,
        `${first},80,180`,
      ].join("\n");
      await page.goto("/dashboard/import");
      await page
        .getByLabel("CSV file")
        .setInputFiles({ name: "history.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("button", { name: "Preview import" }).click();
      await expect(page.getByTestId("import-summary")).toContainText(
        "2 rows ready to import, 0 for days that already have a measurement (skipped unless you replace), 1 " +
          "with errors, 1 already there",
      );
      await expect(page.locator('tr[data-line="4"]')).toContainText("Weight must be a number.");
      await page.getByRole("button", { name: "Import 2 new rows" }).click();
      await expect(page).toHaveURL(/\/dashboard/);
      await expect(entries).toHaveCount(3);

      // Export JSON and CSV.
      await page.goto("/account");
      const [jsonDownload] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download JSON" }).click(),
      ]);
      const exported = JSON.parse(fs.readFileSync((await jsonDownload.path())!, "utf8"));
      expect(exported.measurements).toHaveLength(3);
      expect(exported.profile.heightCm).toBe(180);
      expect(JSON.stringify(exported)).not.toContain("argon2");
      const [csvDownload] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download measurements as CSV" }).click(),
      ]);
      expect(
        fs
          .readFileSync((await csvDownload.path())!, "utf8")
          .trim()
          .split("\n"),
      ).toHaveLength(4);

      // Sign out: the dashboard now asks to sign in.
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
    },
  );

  test("wrong password and unknown email get the same message", async ({ page }) => {
    const email = await signUp(page);
    await signOut(page);
    await signIn(page, email, "not-the-password");
    // (scoped to main: Next's route announcer is an alert too)
    const message = page.getByRole("main").getByRole("alert");
    await expect(message).toHaveText("Email or password is incorrect.");
    await signIn(page, uniqueEmail("nobody"), PASSWORD);
    await expect(message).toHaveText("Email or password is incorrect.");
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/dashboard/);
  });

  test("an admin-only page refuses a normal user, and another person's measurement is not found", async ({
    page,
    browser,
  }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1985-01-01", sex: "Female", heightCm: "165" });
    await page.goto("/dashboard/measurements/new");
    await page.getByLabel("Weight (kg)").fill("60");
    await page.getByRole("button", { name: "Save measurement" }).click();
    const editHref = await page
      .getByRole("link", { name: /Edit measurement of/ })
      .first()
      .getAttribute("href");

    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();

    // Someone else, signed in, tries the first person's entry by its id.
    const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientIp() } });
    const otherPage = await other.newPage();
    await signUp(otherPage);
    const attempt = await otherPage.goto(editHref!);
    expect(attempt?.status()).toBe(404);
    const apiAttempt = await otherPage.request.get(`/api/v1/measurements/${editHref!.split("/")[3]}`);
    expect(apiAttempt.status()).toBe(404);
    await other.close();
  });
});

test.describe("sign-in rate limit", () => {
  test.skip(({ isMobile }) => isMobile, "desktop only");

  test("after 5 failures the person is told when to try again", async ({ page }) => {
    const email = await signUp(page);
    await signOut(page);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, email, `wrong-password-${attempt}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
    }
    // Even the right password is refused now, with the time to wait.
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      /Too many attempts\. Try again in 1[45] minutes\./,
    );
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
