// The public articles: a visitor finds a seeded article by browsing, by topic and by search, reads
// it (counted once per day by the view beacon, shown on the page once it is revalidated), and the
// pages are prerendered, free of page-specific JavaScript and clean under the CSP.
import pg from "pg";
import type { Page, Response } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signUp } from "./support/accounts";

const ARTICLE = { slug: "ways-to-decompress-your-back", title: /decompress/i };
const BMI_ARTICLE = "bmi-explained-for-adults";

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const viewCount = async (slug: string) =>
  (await sql<{ viewCount: number }>(`SELECT "viewCount" FROM "Article" WHERE slug = $1`, [slug]))[0]!.viewCount;

/** Every CSP violation Chromium reports (console message or securitypolicyviolation event). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener("securitypolicyviolation", (event) =>
      store.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [...seen, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

const isBeacon = (response: Response) => /\/api\/v1\/articles\/[^/]+\/view$/.test(new URL(response.url()).pathname);

test.describe("articles", () => {
  test("a visitor finds an article by list, topic and search, reads it, and the read is counted once", async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    const before = await viewCount(ARTICLE.slug);

    await page.goto("/articles");
    await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
    // Newest first, so other tests' new articles may push it to a later page.
    for (
      let pages = 0;
      pages < 5 && (await page.locator(`a[href="/articles/${ARTICLE.slug}"]`).count()) === 0;
      pages++
    ) {
      await page.getByRole("link", { name: "Older →" }).click();
      // Wait for that page before looking again: counting on the old one would click twice.
      await expect(page).toHaveURL(new RegExp(`/articles/page/${pages + 2}$`));
    }
    await expect(page.locator(`a[href="/articles/${ARTICLE.slug}"]`).first()).toBeVisible();

    // By topic.
    await page
      .getByRole("navigation", { name: "Topics" })
      .getByRole("link", { name: /^Decompression/ })
      .click();
    await expect(page).toHaveURL(/\/tags\/decompression$/);
    await expect(page.getByRole("heading", { level: 1, name: "Articles about Decompression" })).toBeVisible();
    await expect(page.getByRole("link", { name: ARTICLE.title }).first()).toBeVisible();

    // By search, from the header (a plain GET form).
    await page.getByRole("searchbox", { name: "Search articles" }).first().fill("decompressing the spine");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=decompressing/);
    const hit = page.getByRole("listitem").filter({ has: page.locator(`a[href="/articles/${ARTICLE.slug}"]`) });
    await expect(hit).toBeVisible();
    await expect(hit.locator("mark").first()).toBeVisible();
    // The router has prefetched the result links by now: a prefetch is not a read.
    await page.waitForLoadState("networkidle");
    expect(await viewCount(ARTICLE.slug)).toBe(before);

    // Open it: the beacon counts this visitor once.
    const counted = page.waitForResponse(isBeacon);
    await hit.locator(`a[href="/articles/${ARTICLE.slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE.slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: ARTICLE.title })).toBeVisible();
    expect((await counted).headers()["x-view-counted"]).toBe("1");
    expect(await viewCount(ARTICLE.slug)).toBe(before + 1);

    // Reading it again the same day does not count.
    const again = page.waitForResponse(isBeacon);
    await page.reload();
    expect((await again).headers()["x-view-counted"]).toBe("0");
    expect(await viewCount(ARTICLE.slug)).toBe(before + 1);

    await expect(page.getByRole("heading", { name: "Routines from this article" })).toBeVisible();
    await expect(page.locator('a[href^="/routines/"]').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("an admin's publish and unpublish show on the prerendered pages at once", async ({ page }) => {
    test.setTimeout(60_000);
    const email = await signUp(page);
    await sql(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
    // A fresh cache entry for the list: without revalidateArticles it would stay as it is for a minute.
    await expect
      .poll(async () => (await page.request.get("/articles")).headers()["x-nextjs-cache"], { timeout: 20_000 })
      .toBe("HIT");

    const title = `Fresh from the editor ${Date.now()}`;
    const created = await page.request.post("/api/v1/admin/articles", {
      data: { title, body: "Written **just now**.", tags: ["e2e-fresh"], status: "published" },
    });
    expect(created.status()).toBe(201);
    const article = (await created.json()) as { id: string; slug: string; version: number };
    const linksOnList = async () => {
      await page.goto("/articles");
      return page.getByRole("link", { name: title }).count();
    };
    // Well inside the minute of periodic revalidation: this is revalidateArticles at work.
    await expect.poll(linksOnList, { timeout: 10_000 }).toBe(1);
    expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(200);
    expect(await (await page.request.get("/feed.xml")).text()).toContain(title);

    const unpublished = await page.request.patch(`/api/v1/admin/articles/${article.id}`, {
      data: { status: "draft", version: article.version },
    });
    expect(unpublished.status()).toBe(200);
    await expect.poll(linksOnList, { timeout: 10_000 }).toBe(0);
    expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404);
  });

  test("the page shows the new count once it is revalidated (within a minute)", async ({ page }) => {
    test.setTimeout(150_000);
    // A fresh article, so no other test's reads change its count; it was not in the build, so it is
    // rendered on its first visit and then cached like the others.
    const slug = `count-check-${Date.now()}`;
    await sql(
      `INSERT INTO "Article" (id, slug, title, excerpt, body, status, "publishedAt", "updatedAt") VALUES ` +
        `($1, $2, 'Counting reads', '', 'A short article.', 'published', now(), now())`,
      [`e2e${Date.now()}`, slug],
    );
    const counted = page.waitForResponse(isBeacon);
    await page.goto(`/articles/${slug}`);
    await expect(page.getByTestId("view-count")).toHaveText("Not read yet");
    expect((await counted).headers()["x-view-counted"]).toBe("1");
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId("view-count").textContent();
        },
        { timeout: 120_000, intervals: [5_000] },
      )
      .toBe("Read once");
  });

  test("article pages are prerendered and ship no JavaScript of their own", async ({ page }) => {
    const scriptsOf = async (path: string) => {
      const scripts = new Set<string>();
      const listener = (response: Response) => {
        if (response.request().resourceType() === "script") scripts.add(new URL(response.url()).pathname);
      };
      page.on("response", listener);
      const response = await page.goto(path);
      await page.waitForLoadState("networkidle");
      page.off("response", listener);
      return { response, scripts };
    };
    // /tags is a server-only page too: what it loads is the shared runtime and the header's island.
    const baseline = await scriptsOf("/tags");
    for (const path of [`/articles/${ARTICLE.slug}`, "/articles", "/tags/bmi", `/articles/${BMI_ARTICLE}`]) {
      const { response, scripts } = await scriptsOf(path);
      expect(response?.status(), path).toBe(200);
      // Served from the prerender cache, not rendered for this request.
      expect(response?.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
      expect(
        [...scripts].filter((script) => !baseline.scripts.has(script)),
        path,
      ).toEqual([]);
    }
    // The BMI article embeds the calculator as a plain form, not the calculator page's client component.
    await page.goto(`/articles/${BMI_ARTICLE}`);
    await expect(page.getByRole("heading", { name: "Work out your BMI" })).toBeVisible();
  });

  test("the inline calculator, the list and the article work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/articles");
    await page
      .getByRole("link", { name: /BMI Explained/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${BMI_ARTICLE}$`));
    await page.getByLabel("Age (years)").fill("35");
    await page.getByLabel("Height (cm)").fill("175");
    await page.getByLabel("Weight (kg)").fill("70");
    await page.getByRole("button", { name: "Calculate BMI" }).click();
    await expect(page).toHaveURL(/\/bmi\?units=metric&age=35&heightCm=175&weightKg=70/);
    await expect(page.getByTestId("bmi-value")).toHaveText("22.86");
    await context.close();
  });

  test("metadata: canonical URL, OpenGraph, and Article structured data that parses", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE.slug}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/articles/${ARTICLE.slug}$`),
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", ARTICLE.title);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@type": "Article",
      headline: expect.stringMatching(ARTICLE.title),
      datePublished: expect.any(String),
    });
  });

  test("an old slug redirects permanently to the article's current address", async ({ page }) => {
    const [article] = await sql<{ id: string }>(`SELECT id FROM "Article" WHERE slug = $1`, [BMI_ARTICLE]);
    await sql(
      `INSERT INTO "SlugRedirect" ("fromSlug", "articleId") VALUES ('what-bmi-means-old', $1) ON CONFLICT DO NOTHING`,
      [article!.id],
    );
    const response = await page.request.get("/articles/what-bmi-means-old", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(new RegExp(`/articles/${BMI_ARTICLE}$`));
    expect((await page.request.get("/articles/no-such-article-anywhere")).status()).toBe(404);
  });

  test("search explains junk and empty queries instead of failing", async ({ page }) => {
    for (const [query, message] of [
      ["", /Type a word or two/],
      ["!!!", /nothing to search for/],
      ["the and of", /nothing to search for/],
      ["zzzqqqxxx", /No articles match/],
      ["deadlift ".repeat(600), /first 200 characters/],
      ["back%00pain", /match/],
    ] as const) {
      const response = await page.goto(`/search?q=${query.includes("%") ? query : encodeURIComponent(query)}`);
      expect(response?.status(), query.slice(0, 20)).toBe(200);
      await expect(page.getByText(message).first()).toBeVisible();
    }
  });

  test("feed, sitemap and robots.txt", async ({ page }) => {
    const feed = await page.request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await feed.text();
    await page.goto("/articles");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        items: doc.querySelectorAll("item").length,
        version: doc.documentElement.getAttribute("version"),
      };
    }, xml);
    expect(parsed).toMatchObject({ error: null, version: "2.0" });
    expect(parsed.items).toBeGreaterThanOrEqual(9);

    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    for (const path of [`/articles/${ARTICLE.slug}`, "/tags/bmi", "/bmi", "/routines/"])
      expect(sitemap).toContain(path);

    const robots = await (await page.request.get("/robots.txt")).text();
    for (const rule of ["Disallow: /admin", "Disallow: /dashboard", "Disallow: /api", "Sitemap: "])
      expect(robots).toContain(rule);
  });
});
