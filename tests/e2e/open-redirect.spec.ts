// "Where to go after signing in" comes from the URL, so it must never lead to another site: checked on
// the real 307 of the sign-in page and on the sign-in form, in Chromium (which drops tabs and newlines
// inside URLs, so "/\t/host" becomes "//host", another site).
import { expect, test } from "./support/fixtures";
import { PASSWORD, signOut, signUp } from "./support/accounts";

const PHISH = "/sign-in?callbackUrl=/%09/127.0.0.1:8089/phish";

const HOSTILE_CALLBACKS = [
  "/%09/127.0.0.1:8089/phish",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%0d%0aSet-Cookie:%20x=1",
  "/%5Cevil.example",
  "/%2F/evil.example",
  "//evil.example",
  "/%5C/evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "%20//evil.example",
];

test.describe("sign-in redirects", () => {
  test.skip(({ isMobile }) => isMobile, "server behaviour; one viewport is enough");

  test("a signed-in visit to the sign-in page redirects only within the site (real 307 Location)", async ({
    page,
    baseURL,
  }) => {
    await signUp(page);
    for (const callback of HOSTILE_CALLBACKS) {
      const response = await page.request.get(`/sign-in?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBe(307);
      const location = response.headers().location ?? "";
      expect(location, callback).toBe("/dashboard");
      expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
    }
    // A real path of ours is still honoured.
    const ok = await page.request.get("/sign-in?callbackUrl=%2Fprofile%3Fwelcome%3D1", { maxRedirects: 0 });
    expect(ok.headers().location).toBe("/profile?welcome=1");
  });

  test("signing in through the form on a hostile link stays on the site", async ({ page, baseURL }) => {
    const email = await signUp(page);
    await signOut(page);

    await page.goto(PHISH);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/dashboard`);

    // Signed in now: following the same link again lands on the dashboard too.
    await page.goto(PHISH);
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
  });

  test("the sign-in action checks the target itself, whatever the form sends", async ({ page, baseURL }) => {
    const email = await signUp(page);
    await signOut(page);

    await page.goto("/sign-in");
    // A page of another site could post any value here; the action must not trust the field.
    await page.locator('input[name="callbackUrl"]').evaluate((input: HTMLInputElement) => {
      input.value = "/\t/127.0.0.1:8089/phish";
    });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
  });
});
