// Forgot password, end to end in Chromium: ask for a link, read it from the mail outbox (no SMTP in
// tests), choose a new password; the session another browser had is gone, the new password works,
// the old one and the used link do not.
import type { BrowserContext } from "@playwright/test";
import { expect, fakeClientIp, test } from "./support/fixtures";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./support/accounts";
import { mailsTo, resetLinkIn } from "../support/outbox";

const NEW_PASSWORD = "a reset-day passphrase";
const SENT =
  "If an account uses that email, we have sent it a link to choose a new password. The link works for 30 minutes.";

function outboxDir(): string {
  const dir = process.env.MAIL_OUTBOX_DIR;
  if (!dir) throw new Error("MAIL_OUTBOX_DIR is not set: run through npm run test:e2e");
  return dir;
}

async function askForLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(SENT);
}

async function dashboardStatus(context: BrowserContext): Promise<{ url: string; api: number }> {
  const page = await context.newPage();
  await page.goto("/dashboard");
  const result = { url: page.url(), api: (await context.request.get("/api/v1/measurements")).status() };
  await page.close();
  return result;
}

test.describe("forgot password", () => {
  test.skip(({ isMobile }) => isMobile, "one viewport is enough for the flow");

  test("outbox link → new password → other sessions gone, new password works", async ({ page, browser }) => {
    test.setTimeout(90_000);
    const email = await signUp(page);
    // Another device, signed in before the reset.
    const laptop: BrowserContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": fakeClientIp() },
    });
    const laptopPage = await laptop.newPage();
    await signIn(laptopPage, email);
    await expect(laptopPage).toHaveURL(/\/dashboard/);
    expect((await dashboardStatus(laptop)).api).toBe(200);

    // Someone signed out (this browser, after signing out) asks for a link. An unknown email gets the same answer.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    const nobody = uniqueEmail("nobody");
    await askForLink(page, nobody);
    await askForLink(page, email);

    // The mail goes out just after the answer: wait for it in the outbox.
    await expect.poll(() => mailsTo(outboxDir(), email).length, { timeout: 10_000 }).toBe(1);
    expect(mailsTo(outboxDir(), nobody)).toHaveLength(0);
    const link = resetLinkIn(mailsTo(outboxDir(), email)[0]!);
    expect(link.origin).toBe(new URL(test.info().project.use.baseURL!).origin);

    await page.goto(link.toString());
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=done/);
    await expect(page.getByRole("main").getByRole("status").first()).toContainText("Your password is changed");

    // The laptop's session ended on the server.
    const after = await dashboardStatus(laptop);
    expect(after.url).toMatch(/\/sign-in\?callbackUrl=%2Fdashboard/);
    expect(after.api).toBe(401);
    await laptop.close();

    // The old password no longer works; the new one does.
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
    await signIn(page, email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard/);

    // The link worked once.
    await page.goto(link.toString());
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("This link has expired or was already used.");
  });
});
