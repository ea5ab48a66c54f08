// Hostile input through the real app (pages, server actions, JSON API under `next start`): each
// answer is a clear 4xx or is ignored, never a 5xx; messages meant for people reach them.
import pg from "pg";
import { expect, test } from "./support/fixtures";
import { saveProfile, signUp } from "./support/accounts";

const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
const FORGED_CURSORS = [
  forge(["0000-01-01", "2024-03-01T08:15:30.123Z", "cabc"]),
  forge(["2024-01-01", "+275760-09-13T00:00:00.000Z", "cabc"]),
  forge(["2024-01-01", "0000-01-01T00:00:00.000Z", "cabc"]),
  forge(["2024-01-01", "2024-03-01T08:15:30.123Z", "c\u0000"]),
];

async function makeAdmin(email: string) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
  } finally {
    await client.end();
  }
}

test.describe("hostile input", () => {
  test.skip(({ isMobile }) => isMobile, "server behaviour; one viewport is enough");

  test("forged cursors, NUL ids and year 0 are 4xx or ignored, never 5xx", async ({ page }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1990-01-01", sex: "Female", heightCm: "170" });
    await page.goto("/dashboard/measurements/new");
    await page.getByLabel("Weight (kg)").fill("70");
    await page.getByRole("button", { name: "Save measurement" }).click();
    await expect(page).toHaveURL(/\/dashboard\?saved=/);

    for (const cursor of FORGED_CURSORS) {
      const response = await page.goto(`/dashboard?cursor=${cursor}`);
      expect(response?.status(), cursor).toBe(200);
      // the newest page instead
      await expect(page.getByRole("region", { name: "History" }).getByRole("row")).toHaveCount(2);
    }
    for (const path of [
      "/dashboard/measurements/%00/edit",
      "/dashboard/measurements/%00/delete",
      "/dashboard/measurements/a%00b/edit",
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }

    const api = page.request;
    for (const path of ["/api/v1/measurements/%00", "/api/v1/measurements/x%00y"]) {
      expect((await api.get(path)).status(), path).toBe(404);
      expect((await api.delete(path, { headers: { origin: new URL(page.url()).origin } })).status(), path).toBe(404);
    }
    for (const query of ["from=0000-01-01", "to=0000-01-01", ...FORGED_CURSORS.map((cursor) => `cursor=${cursor}`)]) {
      expect((await api.get(`/api/v1/measurements?${query}`)).status(), query).toBe(400);
    }
  });

  test("a NUL in the profile name gets a field message", async ({ page }) => {
    await signUp(page);
    await page.goto("/profile");
    await page.getByLabel(/Display name/).evaluate((input: HTMLInputElement) => {
      input.value = "Ann\u0000Lee";
    });
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Display name can't contain control characters")).toBeVisible();
  });

  test("a CSV file over 1 MB gets the app's own message, not a server error", async ({
    page,
    browser,
    extraHTTPHeaders,
  }) => {
    test.setTimeout(90_000);
    await signUp(page);
    await saveProfile(page, { birthDate: "1990-01-01", sex: "Male", heightCm: "180" });
    const row = "2024-01-01,80,180\n";
    const csv = (megabytes: number) =>
      Buffer.from(`date,weight,height\n${row.repeat(Math.ceil((megabytes * 1024 * 1024) / row.length))}`);

    // In the browser, before anything is sent, however large.
    for (const megabytes of [1.5, 5]) {
      await page.goto("/dashboard/import");
      await page
        .getByLabel("CSV file")
        .setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: csv(megabytes) });
      await page.getByRole("button", { name: "Preview import" }).click();
      await expect(page.getByText(/larger than 1 MB/)).toBeVisible();
    }

    // Without JavaScript the file reaches the server action: Next's body limit must let the
    // server's own check answer.
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
      extraHTTPHeaders,
    });
    const plain = await noScript.newPage();
    await plain.goto("/dashboard/import");
    await plain.getByLabel("CSV file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: csv(1.5) });
    await plain.getByRole("button", { name: "Preview import" }).click();
    await expect(plain.getByText(/larger than 1 MB/)).toBeVisible();
    await noScript.close();
  });

  test("an absurd admin page number is not a server error", async ({ page }) => {
    const email = await signUp(page);
    await makeAdmin(email);
    for (const path of [
      "/admin?page=99999999999999999999",
      "/admin/users?page=99999999999999999999",
      "/admin/users?page=-1",
      "/admin/users?page=1e400",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
    }
  });
});
