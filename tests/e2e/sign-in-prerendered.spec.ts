// Sign-in and sign-up are prerendered (ADR 0026) and still do everything they did when rendered per
// request: without JavaScript too (the form posts natively, errors come back in the action's
// response, ?callbackUrl= is recovered from the Referer), and a visitor with a live session is sent on
// by a real redirect from the per-request twin.
import type { Browser } from "@playwright/test";
import { expect, fakeClientIp, test } from "./support/fixtures";
import { PASSWORD, signOut, signUp, uniqueEmail } from "./support/accounts";

const PRERENDERED = /script-src 'self' 'unsafe-inline'(;|$)/;
const PER_REQUEST = /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/;

async function withoutJavaScript(browser: Browser) {
  return browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": fakeClientIp() } });
}

test.describe("sign-in and sign-up pages", () => {
  test("are served prerendered to a visitor without a session, with the prerendered policy", async ({ request }) => {
    for (const path of ["/sign-in", "/sign-up", "/sign-in?callbackUrl=%2Fprofile"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
      expect(response.headers()["content-security-policy"], path).toMatch(PRERENDERED);
    }
    // A notice in the query is rendered per request (shown without JavaScript), with a nonce.
    const notice = await request.get("/sign-in?signedOut=everywhere");
    expect(notice.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(notice.headers()["content-security-policy"]).toMatch(PER_REQUEST);
    expect(await notice.text()).toContain("You are signed out on every device.");
  });

  test("without JavaScript: a wrong password shows the message, and signing in returns to the page asked for", async ({
    page,
    browser,
    isMobile,
  }) => {
    test.skip(isMobile, "server behaviour; one viewport is enough");
    const email = await signUp(page);
    const context = await withoutJavaScript(browser);
    const noScript = await context.newPage();

    await noScript.goto("/sign-in?callbackUrl=%2Fprofile");
    await noScript.getByLabel("Email").fill(email);
    await noScript.getByLabel("Password").fill("not-the-password");
    await noScript.getByRole("button", { name: "Sign in" }).click();
    await expect(noScript.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
    await expect(noScript.getByLabel("Email")).toHaveValue(email);

    // A field error names the field.
    await noScript.getByLabel("Email").fill("not-an-email");
    await noScript.getByLabel("Password").fill(PASSWORD);
    await noScript.getByRole("button", { name: "Sign in" }).click();
    await expect(noScript.locator("#email-error")).toBeVisible();

    await noScript.getByLabel("Email").fill(email);
    await noScript.getByLabel("Password").fill(PASSWORD);
    await noScript.getByRole("button", { name: "Sign in" }).click();
    await expect(noScript).toHaveURL(/\/profile$/);
    await context.close();
  });

  test("without JavaScript: a hostile ?callbackUrl= in the Referer still stays on the site", async ({
    page,
    browser,
    baseURL,
    isMobile,
  }) => {
    test.skip(isMobile, "server behaviour; one viewport is enough");
    const email = await signUp(page);
    const context = await withoutJavaScript(browser);
    const noScript = await context.newPage();
    await noScript.goto("/sign-in?callbackUrl=/%09/127.0.0.1:8089/phish");
    await noScript.getByLabel("Email").fill(email);
    await noScript.getByLabel("Password").fill(PASSWORD);
    await noScript.getByRole("button", { name: "Sign in" }).click();
    await expect(noScript).toHaveURL(`${baseURL}/dashboard`);
    await context.close();
  });

  test("without JavaScript: sign-up errors come back next to the field", async ({ browser, isMobile }) => {
    test.skip(isMobile, "server behaviour; one viewport is enough");
    const context = await withoutJavaScript(browser);
    const noScript = await context.newPage();
    await noScript.goto("/sign-up");
    await noScript.getByLabel("Email").fill(uniqueEmail("no-js"));
    await noScript.getByLabel("Password").fill("short");
    await noScript.getByRole("button", { name: "Create account" }).click();
    await expect(noScript.locator("#password-error")).toBeVisible();
    await expect(noScript.getByRole("main").getByRole("alert")).toHaveText("Please check the highlighted fields.");
    await context.close();
  });

  test("with JavaScript: ?callbackUrl= is honoured, and a signed-in visitor is sent on from both pages", async ({
    page,
    context,
    baseURL,
  }) => {
    const email = await signUp(page);
    await signOut(page);
    expect((await context.cookies()).some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(false);

    await page.goto("/sign-in?callbackUrl=%2Faccount");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/account`);

    await page.goto("/sign-up");
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
    await page.goto("/sign-in?callbackUrl=%2Fprofile");
    await expect(page).toHaveURL(`${baseURL}/profile`);
  });
});
