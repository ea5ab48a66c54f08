// axe over every page a person can reach: no serious or critical WCAG 2.1 A/AA violation anywhere.
// Pages that do not exist in this build (404) are skipped with a note in the report, never silently.
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { saveProfile, signUp } from "./support/accounts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function makeAdmin(email: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
  } finally {
    await client.end();
  }
}

/** The first link on `from` whose href starts with `prefix` (a routine, an article), or null. */
async function firstLink(page: Page, from: string, prefix: string, exclude: RegExp = /$^/): Promise<string | null> {
  const response = await page.goto(from);
  if (!response || response.status() === 404) return null;
  const hrefs = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.find((href) => href.length > prefix.length && !exclude.test(href)) ?? null;
}

/** Runs axe on each page; a 404 is noted and skipped. Every serious or critical violation is listed. */
async function audit(page: Page, info: TestInfo, paths: (string | null)[], label: string) {
  const problems: string[] = [];
  for (const path of paths) {
    if (path === null) {
      info.annotations.push({
        type: "skipped",
        description: `${label}: a page to test was not found (no link to follow)`,
      });
      continue;
    }
    const response = await page.goto(path);
    // The not-found page itself is audited (it answers 404 on purpose).
    if (!response || (response.status() === 404 && path !== "/no-such-page")) {
      info.annotations.push({ type: "skipped", description: `${path}: 404, not in this build` });
      console.log(`accessibility: skipped ${path} (404, not in this build)`);
      continue;
    }
    await page.waitForLoadState("load");
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const violation of violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      const nodes = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ");
      problems.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${nodes}`);
    }
  }
  expect(problems, problems.join("\n")).toEqual([]);
}

test.describe("accessibility (axe)", () => {
  test("public pages", async ({ page }, info) => {
    test.setTimeout(120_000);
    const routine = await firstLink(page, "/routines", "/routines/", /[?#]/);
    const article = await firstLink(page, "/articles", "/articles/", /\/articles\/(page|tag)|[?#]/);
    await audit(
      page,
      info,
      [
        "/",
        "/bmi",
        "/bmi?units=metric&age=35&sex=male&heightCm=175&weightKg=70&waistCm=86",
        "/bmi?units=metric&age=9&sex=female&heightCm=133&weightKg=28",
        "/sign-in",
        "/sign-up",
        "/routines",
        routine,
        "/articles",
        article,
        "/search?q=back",
        "/no-such-page",
      ],
      "public",
    );
  });

  test("signed-in pages, with data", async ({ page }, info) => {
    test.setTimeout(150_000);
    await signUp(page);
    await saveProfile(page, { birthDate: "1990-05-04", sex: "Male", heightCm: "180", goalKg: "76" });
    for (const [daysAgo, weight] of [
      [40, "84"],
      [20, "82.5"],
      [2, "81.2"],
    ] as const) {
      await page.goto("/dashboard/measurements/new");
      await page.getByLabel("Date").fill(new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10));
      await page.getByLabel("Weight (kg)").fill(weight);
      await page.getByRole("button", { name: "Save measurement" }).click();
      await expect(page.locator("#status")).toBeVisible();
    }
    const edit = await page
      .getByRole("link", { name: /Edit measurement of/ })
      .first()
      .getAttribute("href");
    const remove = await page
      .getByRole("link", { name: /Delete measurement of/ })
      .first()
      .getAttribute("href");
    const routine = await firstLink(page, "/routines", "/routines/", /[?#]/);
    await audit(
      page,
      info,
      [
        "/dashboard",
        "/dashboard?range=1y",
        "/dashboard/measurements/new",
        "/dashboard/measurements/new?units=uk",
        edit,
        remove,
        "/dashboard/import",
        "/dashboard/sessions",
        "/profile",
        "/account",
        "/check-in",
        "/recommendations",
        routine ? routine.replace("/routines/", "/practice/") : null,
      ],
      "signed in",
    );
  });

  test("admin pages", async ({ page }, info) => {
    test.setTimeout(120_000);
    const email = await signUp(page);
    await makeAdmin(email);
    await audit(
      page,
      info,
      ["/admin", "/admin/users", "/admin/audit", "/admin/articles", "/admin/articles/new", "/admin/exercises"],
      "admin",
    );
  });
});
