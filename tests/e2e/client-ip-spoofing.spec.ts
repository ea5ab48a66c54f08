// Served directly (no proxy configured), the client's address for the sign-in and sign-up limits
// comes from the connection: a made-up X-Forwarded-For must not buy more guesses. Checked against a
// real `next start` of the build, with the headers an attacker would send.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { PASSWORD, signUp, uniqueEmail } from "./support/accounts";
import { sql } from "./support/admin";
import { startDirectServer, type DirectServer } from "./support/direct-server";

const SPOOFS = ["203.0.113.8", "203.0.113.7, 198.51.100.1", "unknown", ""];

/** One guess through Auth.js's credentials endpoint; the answer is its error code (or "signed_in"). */
async function guess(api: APIRequestContext, email: string, password: string, xff: string): Promise<string> {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/dashboard" },
    headers: { "x-forwarded-for": xff },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const location = new URL(response.headers().location!, "http://x");
  return location.searchParams.get("code") ?? (location.pathname === "/dashboard" ? "signed_in" : location.toString());
}

test.describe("rate limits when served directly", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(({ isMobile }) => isMobile, "server behaviour; one viewport is enough");

  let server: DirectServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startDirectServer();
    // Every request to the direct server comes from loopback, so a repeat of these tests (--repeat-each, a
    // retry) would find the earlier run's attempts. Other tests never use loopback: the main server trusts
    // Playwright's made-up addresses (support/fixtures.ts).
    await sql(`DELETE FROM "AuthAttempt" WHERE key ~ '(^ip:|[|])(::ffff:)?(127[.]0[.]0[.]1|::1)$'`);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("sign-up: five accounts per address, whatever X-Forwarded-For says", async ({ browser }) => {
    test.setTimeout(120_000);
    const messages: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const context = await browser.newContext({
        baseURL: server.url,
        extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${attempt + 1}` },
      });
      const page = await context.newPage();
      await page.goto("/sign-up");
      await page.getByLabel("Email").fill(uniqueEmail("signup"));
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(
        page
          .getByRole("main")
          .getByRole("alert")
          .or(page.getByRole("heading", { name: "Your profile" })),
      ).toBeVisible();
      messages.push(
        page.url().includes("/profile")
          ? "created"
          : ((await page.getByRole("main").getByRole("alert").textContent()) ?? ""),
      );
      await context.close();
    }
    expect(messages.slice(0, 5)).toEqual(["created", "created", "created", "created", "created"]);
    expect(messages[5]).toMatch(/Too many attempts\. Try again in 1[45] minutes\./);
  });

  test("sign-in: spoofed X-Forwarded-For neither escapes a lock nor buys more guesses", async ({ page }) => {
    test.setTimeout(120_000);
    // The victim's account, made on the main server (same database; there Playwright plays a trusted proxy).
    const victim = await signUp(page);

    const api = await playwrightRequest.newContext({ baseURL: server.url });
    try {
      let checked = 0;
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(await guess(api, victim, `wrong-${attempt}-password`, "203.0.113.7")).toBe("invalid_credentials");
        checked += 1;
      }
      // The (email, address) pair is locked: a new made-up header changes nothing, not even with the right password.
      for (const spoof of SPOOFS) {
        expect(await guess(api, victim, `wrong-${spoof}-password`, spoof), `X-Forwarded-For: "${spoof}"`).toBe(
          "rate_limited",
        );
      }
      expect(await guess(api, victim, PASSWORD, "198.51.100.77")).toBe("rate_limited");

      // Spraying 8 emails with a new header each time: this address gets 20 password checks in all.
      const emails = Array.from({ length: 8 }, (_, index) => uniqueEmail(`spray${index}`));
      let rotation = 0;
      for (let round = 0; round < 5; round += 1) {
        for (const email of emails) {
          rotation += 1;
          const answer = await guess(api, email, `spray-${round}-password`, `198.51.100.${rotation}`);
          if (answer === "invalid_credentials") checked += 1;
          else expect(answer).toBe("rate_limited");
        }
      }
      expect(checked).toBe(20);
    } finally {
      await api.dispose();
    }
  });
});
