// The measurement log as a new user meets it: every write is confirmed and its row marked, a
// delete can be undone, a day holds one entry (with a choice to replace), values left alone stay
// exact in US units, a decimal comma and stones work, and signing in returns to the page asked for.
import { expect, fakeClientIp, test } from "./support/fixtures";
import { PASSWORD, saveProfile, signUp } from "./support/accounts";

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

test.describe("the tracker", () => {
  test("the old /dashboard/entries addresses move permanently to /dashboard/measurements, query kept", async ({
    request,
  }) => {
    for (const [from, to] of [
      ["/dashboard/entries/new?units=us", "/dashboard/measurements/new?units=us"],
      ["/dashboard/entries/abc123/edit", "/dashboard/measurements/abc123/edit"],
      ["/dashboard/entries/abc123/delete", "/dashboard/measurements/abc123/delete"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers()["location"], from).toBe(to);
    }
  });

  test("a US measurement keeps the untouched 168 cm height; the save is announced and its row marked", async ({
    page,
  }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1990-05-04", sex: "Female", heightCm: "168" });
    await page.goto("/dashboard/measurements/new?units=us");
    await expect(page.getByLabel("and inches")).toHaveValue("6.1");
    await page.getByLabel("Date").fill(isoDaysAgo(5));
    await page.getByLabel("Weight (lb)").fill("150");
    await page.getByRole("button", { name: "Save measurement" }).click();

    await expect(page).toHaveURL(/\/dashboard\?saved=/);
    const status = page.locator("#status");
    await expect(status).toContainText(`Saved your measurement of ${displayDate(isoDaysAgo(5))}: 68.0 kg`);
    await expect(status).toBeFocused();
    await expect(page.locator('[data-highlighted="true"]:visible')).toContainText("Saved");

    await page
      .getByRole("link", { name: /Edit measurement of/ })
      .first()
      .click();
    await expect(page.getByLabel("Height (cm)")).toHaveValue("168");
    // An edit in US units that changes only the date leaves weight and height exactly as stored.
    const edit = page.url();
    await page.goto(`${edit}?units=us`);
    await expect(page.getByLabel("Weight (lb)")).toHaveValue("150");
    await page.getByLabel("Date").fill(isoDaysAgo(6));
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#status")).toContainText(
      `Updated your measurement of ${displayDate(isoDaysAgo(6))}: 68.0 kg`,
    );
    await page.goto(edit);
    await expect(page.getByLabel("Height (cm)")).toHaveValue("168");
    await expect(page.getByLabel("Weight (kg)")).toHaveValue("68.04");
  });

  test("one measurement per day: a second one is refused with a Replace button; a delete can be undone", async ({
    page,
  }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1988-01-01", sex: "Male", heightCm: "180" });
    const day = isoDaysAgo(2);
    for (const weight of ["80", "79,4"]) {
      await page.goto("/dashboard/measurements/new");
      await page.getByLabel("Date").fill(day);
      await page.getByLabel("Weight (kg)").fill(weight);
      await page.getByRole("button", { name: "Save measurement" }).click();
    }
    const offer = page.getByTestId("duplicate-day");
    await expect(offer).toContainText(`You already logged 80.0 kg on ${displayDate(day)}`);
    await expect(page.getByLabel("Weight (kg)")).toHaveValue("79,4");
    await page.getByRole("button", { name: `Replace the measurement of ${displayDate(day)}` }).click();
    await expect(page).toHaveURL(/\/dashboard\?replaced=/);
    await expect(page.locator("#status")).toContainText(`Replaced your measurement of ${displayDate(day)}: 79.4 kg`);

    await page
      .getByRole("link", { name: `Delete measurement of ${displayDate(day)}` })
      .first()
      .click();
    await page.getByRole("button", { name: "Delete measurement" }).click();
    await expect(page.locator("#status")).toContainText(`Deleted your measurement of ${displayDate(day)} (79.4 kg)`);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page).toHaveURL(/\/dashboard\?restored=/);
    await expect(page.locator("#status")).toContainText(`Restored your measurement of ${displayDate(day)}: 79.4 kg`);
    await expect(page.locator('[data-highlighted="true"]:visible')).toContainText("Restored");
  });

  test("stones and pounds", async ({ page }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1988-01-01", sex: "Male", heightCm: "180" });
    await page.goto("/dashboard/measurements/new?units=uk");
    await page.getByLabel("Weight (st)").fill("11");
    await page.getByLabel("and pounds").fill("7");
    await page.getByRole("button", { name: "Save measurement" }).click();
    // 11 st 7 lb = 161 lb = 73.03 kg.
    await expect(page.locator("#status")).toContainText(": 73.0 kg");
  });

  test("signing in from a protected page returns to it, query string and all", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientIp() } });
    const page = await context.newPage();
    const email = await signUp(page);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    for (const target of ["/dashboard/import", "/dashboard/measurements/new?units=us"]) {
      await page.goto(target);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(new RegExp(`${target.replace(/[?]/g, "\\?")}$`));
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    }
    await context.close();
  });
});

test.describe("the import", () => {
  test("rows for days that already have a measurement are flagged, and replaced only when ticked", async ({ page }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1988-01-01", sex: "Male", heightCm: "180" });
    const day = isoDaysAgo(3);
    await page.goto("/dashboard/measurements/new");
    await page.getByLabel("Date").fill(day);
    await page.getByLabel("Weight (kg)").fill("80");
    await page.getByRole("button", { name: "Save measurement" }).click();

    await page.goto("/dashboard/import");
    await expect(page.getByRole("link", { name: "kg and cm" })).toHaveAttribute("href", "/import-template-metric.csv");
    const template = await page.request.get("/import-template-metric.csv");
    expect((await template.text()).split(/\r?\n/)[0]).toBe("date,weight,height,waist");

    const csv = [
      "date,weight",
      `${day},81`,
      `${isoDaysAgo(4)},81.5`,
      `${isoDaysAgo(4)},81.7`,
      `${isoDaysAgo(5)},heavy`,
    ].join("\n");
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "log.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByTestId("import-summary")).toContainText(
      "1 row ready to import, 2 for days that already have a measurement",
    );
    await expect(page.locator('tr[data-line="2"]')).toContainText("Your log has 80.0 kg that day");
    await expect(page.locator('tr[data-line="4"]')).toContainText("Line 3 has the same day (81.5 kg)");
    await expect(page.locator('tr[data-line="5"]')).toContainText("Weight must be a number.");
    // The status is on screen without scrolling sideways, on a phone too.
    const status = page.locator('tr[data-line="2"] td').first();
    const box = await status.boundingBox();
    expect(box && box.x + 40 < (page.viewportSize()?.width ?? 0)).toBe(true);

    await page.getByLabel("Replace the saved measurement").check();
    await page.getByRole("button", { name: /^Import 1 new row/ }).click();
    await expect(page.locator("#status")).toContainText(
      "Imported 2 measurements (1 of them replaced a measurement of the same day).",
    );
  });
});
