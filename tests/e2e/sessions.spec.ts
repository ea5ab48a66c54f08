// Sessions end on the server: a copy of the cookie from before signing out, "sign out of all devices"
// or a password change gets neither the dashboard nor the API.
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, fakeClientIp, test } from "./support/fixtures";
import { PASSWORD, signIn, signUp } from "./support/accounts";

async function newDevice(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientIp() } });
}

/** Signs in on another device and waits until it has landed on the dashboard. */
async function signInOn(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.close();
}

async function expectSignedOut(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  expect((await context.request.get("/api/v1/measurements")).status()).toBe(401);
  await page.close();
}

async function expectSignedIn(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  expect((await context.request.get("/api/v1/measurements")).status()).toBe(200);
  await page.close();
}

test.describe("sessions end on the server", () => {
  test.skip(({ isMobile }) => isMobile, "server behaviour; one viewport is enough");

  test("the cookie from before sign-out is worthless afterwards", async ({ page, context, browser }) => {
    await signUp(page);
    const before = await context.cookies();
    expect(before.some((cookie) => cookie.name === "authjs.session-token")).toBe(true);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    // Replay the old cookie from a fresh browser.
    const replay = await newDevice(browser);
    await replay.addCookies(before);
    await expectSignedOut(replay);
    await replay.close();
  });

  test("sign out of all devices ends every session, this one too", async ({ page, browser }) => {
    const email = await signUp(page);
    const phone = await newDevice(browser);
    await signInOn(phone, email);
    await expectSignedIn(phone);

    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out of all devices" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
    await expect(page.getByRole("status").filter({ hasText: "You are signed out on every device." })).toBeVisible();
    await expectSignedOut(page.context());
    await expectSignedOut(phone);
    await phone.close();
  });

  test("changing the password keeps this device signed in and signs out the others", async ({ page, browser }) => {
    const email = await signUp(page);
    const phone = await newDevice(browser);
    await signInOn(phone, email);
    await expectSignedIn(phone);

    await page.goto("/account");
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill("a completely new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

    await expectSignedIn(page.context());
    await expectSignedOut(phone);
    // The new password works on the phone; the old one does not.
    const phonePage = await phone.newPage();
    await signIn(phonePage, email, PASSWORD);
    await expect(phonePage.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
    await signIn(phonePage, email, "a completely new passphrase");
    await expect(phonePage).toHaveURL(/\/dashboard/);
    await phone.close();
  });
});
