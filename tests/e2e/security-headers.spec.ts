// Every page of the app works under its Content-Security-Policy: Chromium reports no violation
// (console "Refused to …" or a securitypolicyviolation event) on any page, signed out, signed in and
// as an admin. Also checks the policy and HSTS headers themselves. New pages belong in PAGES below.
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { saveProfile, signIn, signOut, signUp } from "./support/accounts";

const SIGNED_OUT_PAGES = [
  "/",
  "/articles",
  "/tags",
  "/search?q=back",
  "/routines",
  "/bmi",
  "/bmi?units=metric&heightCm=175&weightKg=70&age=35&waistCm=80",
  "/bmi?units=us&heightFt=5&heightIn=2&weightLb=95&age=12&sex=female",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
];
const SIGNED_IN_PAGES = [
  "/dashboard",
  "/dashboard/measurements/new",
  "/dashboard/import",
  "/dashboard/sessions",
  "/profile",
  "/account",
  "/change-password",
  "/check-in",
  "/recommendations",
  "/bmi",
];
const ADMIN_PAGES = [
  "/admin",
  "/admin/users",
  "/admin/audit",
  "/admin/articles",
  "/admin/articles/new",
  "/admin/routines",
  "/admin/routines/new",
  "/admin/exercises",
  "/admin/exercises/new",
];

/** Pages with a slug or id in their path: the first such link on a page that lists them. */
async function linkedPages(page: Page, from: string, pattern: RegExp): Promise<string[]> {
  await page.goto(from);
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const found = hrefs.find((href) => pattern.test(href));
  return found ? [found] : [];
}

/** Collects every CSP violation Chromium reports on this page, however it reports it. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy/i.test(text)) seen.push(`console: ${text}`);
  });
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener("securitypolicyviolation", (event) => {
      store.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return async () => [...seen, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

/** Pages rendered per request carry a nonce; pages prerendered at build time carry none (ADR 0009). */
const PER_REQUEST = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/;
const PRERENDERED = /script-src 'self' 'unsafe-inline'(;|$)/;

async function visitAll(page: Page, paths: string[], violations: () => Promise<string[]>, status = 200) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    const policy = response?.headers()["content-security-policy"] ?? "";
    const nonce = PER_REQUEST.exec(policy)?.[1];
    if (!nonce) expect(policy, path).toMatch(PRERENDERED);
    // Every script of a per-request page has this response's nonce.
    for (const tag of (await response!.text()).match(/<script\b[^>]*>/g) ?? []) {
      if (nonce) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    await page.waitForLoadState("networkidle");
    expect(await violations(), path).toEqual([]);
  }
}

async function makeAdmin(email: string) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
  } finally {
    await client.end();
  }
}

test.describe("Content-Security-Policy", () => {
  test("signed-out pages run with no violation, and the calculator still works", async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    await visitAll(page, SIGNED_OUT_PAGES, violations);
    const articles = await linkedPages(page, "/articles", /^\/articles\/(?!page\/)[^/?#]+$/);
    const routines = await linkedPages(page, "/routines", /^\/routines\/[^/?#]+$/);
    const tags = await linkedPages(page, "/tags", /^\/tags\/[^/?#]+$/);
    expect(articles.length + routines.length).toBeGreaterThan(0);
    await visitAll(page, [...articles, ...routines, ...tags], violations);
    await visitAll(page, ["/no-such-page", "/dashboard/measurements/no-such-entry/edit/extra"], violations, 404);
    // Hydrated and interactive under the policy: the client-side calculator validates and navigates.
    await page.goto("/bmi");
    await page.getByLabel("Age (years)").fill("40");
    await page.getByRole("radio", { name: "Male", exact: true }).check();
    await page.getByLabel("Height (cm)").fill("180");
    await page.getByLabel("Weight (kg)").fill("81");
    await page.getByRole("button", { name: "Calculate BMI" }).click();
    await expect(page).toHaveURL(/weightKg=81/);
    await expect(page.getByTestId("bmi-value")).toHaveText("25.00");
    expect(await violations()).toEqual([]);
  });

  test("signed-in pages (charts, forms, server actions) and admin pages run with no violation", async ({ page }) => {
    test.setTimeout(180_000);
    const violations = await watchViolations(page);
    const email = await signUp(page);
    await saveProfile(page, { birthDate: "1988-02-03", sex: "Female", heightCm: "168", goalKg: "60" });
    for (const [date, kg] of [
      ["2026-01-10", "64"],
      ["2026-02-10", "63"],
      ["2026-03-10", "62.5"],
    ] as const) {
      await page.goto("/dashboard/measurements/new");
      await page.getByLabel("Date").fill(date);
      await page.getByLabel("Weight (kg)").fill(kg);
      await page.getByRole("button", { name: "Save measurement" }).click();
      await expect(page).toHaveURL(/\/dashboard\?saved=/);
    }
    await expect(page.getByRole("img", { name: /BMI/ }).first()).toBeVisible();
    expect(await violations()).toEqual([]);
    await visitAll(page, SIGNED_IN_PAGES, violations);
    const entryPages = await linkedPages(page, "/dashboard", /^\/dashboard\/measurements\/[^/]+\/edit$/);
    const practice = await linkedPages(
      page,
      (await linkedPages(page, "/routines", /^\/routines\/[^/?#]+$/))[0] ?? "/routines",
      /^\/practice\/[^/?#]+$/,
    );
    await visitAll(
      page,
      [...entryPages, ...entryPages.map((path) => path.replace(/\/edit$/, "/delete")), ...practice],
      violations,
    );

    // Sign-out and sign-in are server actions that end in redirects: form-action 'self' allows them.
    await signOut(page);
    await makeAdmin(email);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/dashboard/);
    await visitAll(page, ADMIN_PAGES, violations);
    expect(await violations()).toEqual([]);
  });

  test("each response gets its own nonce, and the policy refuses framing, plugins and foreign forms", async ({
    request,
  }) => {
    // A page rendered per request (plain /sign-in is prerendered since ADR 0026; a notice makes it per request).
    const first = (await request.get("/sign-in?signedOut=everywhere")).headers()["content-security-policy"] ?? "";
    const second = (await request.get("/sign-in?signedOut=everywhere")).headers()["content-security-policy"] ?? "";
    expect(PER_REQUEST.exec(first)?.[1]).toBeTruthy();
    expect(PER_REQUEST.exec(first)?.[1]).not.toBe(PER_REQUEST.exec(second)?.[1]);
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "img-src 'self' data: blob:",
      "default-src 'self'",
    ]) {
      expect(first).toContain(directive);
    }
    expect(first).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
});

test.describe("Strict-Transport-Security", () => {
  test("is sent by the production server, also behind a TLS proxy", async ({ request }) => {
    for (const headers of [{}, { "x-forwarded-proto": "https" }] as Record<string, string>[]) {
      const response = await request.get("/", { headers });
      expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    }
    const api = await request.get("/api/v1/bmi?heightCm=170&weightKg=70&age=30");
    expect(api.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });
});
