// `npm run admin:create` prints a one-time password; whoever signs in with it must choose their own
// first: every protected page redirects to /change-password and the JSON API answers 403.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "./support/fixtures";
import { signIn, uniqueEmail } from "./support/accounts";

const run = promisify(execFile);

test.describe("one-time password from admin:create", () => {
  test.skip(({ isMobile }) => isMobile, "one viewport is enough for the flow");

  test("must be replaced before anything else, then the admin area opens", async ({ page }) => {
    test.setTimeout(90_000);
    const email = uniqueEmail("first-admin");
    const { stdout } = await run("npm", ["run", "--silent", "admin:create", "--", email], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
      timeout: 60_000,
    });
    const oneTimePassword = /one-time password: (\S+)/.exec(stdout)?.[1];
    expect(oneTimePassword).toBeTruthy();

    await signIn(page, email, oneTimePassword!);
    await expect(page).toHaveURL(/\/change-password\?callbackUrl=%2Fdashboard/);
    await expect(page.getByRole("heading", { name: "Choose your own password" })).toBeVisible();

    // Every protected page sends it back here, and the API refuses it.
    for (const path of ["/admin", "/account", "/profile"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/change-password\\?callbackUrl=${encodeURIComponent(path)}$`));
    }
    const api = await page.request.get("/api/v1/measurements");
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe("password_change_required");

    // The one-time password cannot simply be kept.
    await page.getByLabel("One-time password").fill(oneTimePassword!);
    await page.getByLabel("New password").fill(oneTimePassword!);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Choose a password different from the current one")).toBeVisible();

    await page.getByLabel("One-time password").fill(oneTimePassword!);
    await page.getByLabel("New password").fill("the first admin's passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/profile$/);
    const admin = await page.goto("/admin");
    expect(admin?.status()).toBe(200);
    await expect(page).toHaveURL(/\/admin$/);
    expect((await page.request.get("/api/v1/measurements")).status()).toBe(200);
  });
});
