// The admin side of articles in a real browser: an admin writes a draft with a live (sanitised)
// preview and publishes it, and a visitor finds it; two admins editing at once lose nothing; the
// editor works without JavaScript; and a normal user is refused every admin page and the admin API.
import type { Browser, Page } from "@playwright/test";
import { PASSWORD, signUp } from "./support/accounts";
import { signUpAdmin, sql } from "./support/admin";
import { expect, fakeClientIp, test } from "./support/fixtures";

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeClientIp() }, ...options });
  return context.newPage();
}

const unique = () => Math.random().toString(36).slice(2, 8);

test.describe("admin articles", () => {
  test.skip(({ isMobile }) => isMobile, "desktop journeys");

  test("signing in from an admin page returns to it, query string and all", async ({ browser }) => {
    const page = await newPage(browser);
    const email = await signUpAdmin(page);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    const target = "/admin/articles?status=draft&q=brace";
    await page.goto(target);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Farticles%3Fstatus%3Ddraft%26q%3Dbrace$/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/articles\?status=draft&q=brace$/);
    await expect(page.locator("#articles-q")).toHaveValue("brace");
    await page.context().close();
  });

  test("an admin writes a draft with a live preview, publishes it, and a visitor finds it", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await signUpAdmin(page);
    const title = `Brace like you mean it ${unique()}`;
    await page.goto("/admin/articles/new");
    await page.getByLabel("Title").fill(title);
    // The slug follows the title until one is typed.
    await expect(page.getByLabel(/^Slug/)).toHaveValue(title.toLowerCase().replace(/ /g, "-"));
    await page
      .getByLabel("Body (Markdown)")
      .fill(
        "## Why bracing works\n\nTake a **big breath** first.\n\n<script>window.hacked = 1</script>\n\n<img " +
          'src=x onerror="window.hacked = 2">',
      );
    const preview = page.getByTestId("article-preview");
    await expect(preview.getByRole("heading", { name: "Why bracing works" })).toBeVisible();
    await expect(preview.locator("strong")).toHaveText("big breath");
    // Sanitised exactly as the public page: no script, no image with a handler.
    await expect(preview.locator("script, img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    await page.getByLabel("Tags (comma-separated)").fill("Core, Bracing");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?saved=save/);
    await expect(page.getByText("Not public")).toBeVisible();

    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByText("Published. The public page is refreshed.")).toBeVisible();
    const slug = (await page.getByLabel(/^Slug/).inputValue()).trim();

    await page.goto("/admin/articles?status=published");
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    const visitor = await newPage(browser);
    await visitor.goto("/articles");
    await visitor.getByRole("link", { name: title }).first().click();
    await expect(visitor).toHaveURL(new RegExp(`/articles/${slug}$`));
    await expect(visitor.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "Why bracing works" })).toBeVisible();
    await visitor.context().close();
  });

  test("when two admins save the same version, the second is told and keeps their text", async ({ page, browser }) => {
    test.setTimeout(90_000);
    await signUpAdmin(page, "first-admin");
    await page.goto("/admin/articles/new");
    await page.getByLabel("Title").fill(`Shared draft ${unique()}`);
    await page.getByLabel("Body (Markdown)").fill("The first words.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page).toHaveURL(/\?saved=save/);
    const editor = page.url().split("?")[0]!;

    const other = await newPage(browser);
    await signUpAdmin(other, "second-admin");
    await other.goto(editor);

    await page.getByLabel("Body (Markdown)").fill("The first admin's version.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("link", { name: "Revisions (2)" })).toBeVisible();

    await other.getByLabel("Body (Markdown)").fill("The second admin's precious paragraph.");
    await other.getByRole("button", { name: "Save draft" }).click();
    const alert = other.getByRole("alert").filter({ hasText: "Not saved" });
    await expect(alert).toContainText(/Someone else saved this article at \d\d:\d\d \(version 2\)\./);
    await expect(alert).toContainText("Your text is kept below; copy what you need, then reload.");
    await expect(other.getByLabel("Body (Markdown)")).toHaveValue("The second admin's precious paragraph.");
    // Saving again from the old version is refused again: nothing is ever overwritten silently.
    // (The alert is already on screen, so wait for the server's answer and the form to be idle again.)
    const refused = other.waitForResponse((r) => r.request().method() === "POST" && r.url().startsWith(editor));
    await other.getByRole("button", { name: "Save draft" }).click();
    await refused;
    await expect(other.getByRole("button", { name: "Save draft" })).toBeEnabled();
    await expect(alert).toBeVisible();
    const [row] = await sql<{ body: string; version: number }>(`SELECT body, version FROM "Article" WHERE id = $1`, [
      editor.split("/").at(-1),
    ]);
    expect(row).toEqual({ body: "The first admin's version.", version: 2 });

    // With unsaved text, leaving by a link asks first; staying keeps the text.
    // Each question is answered before the next click (a click stalls until its dialog is handled), so
    // one answer never lands on the other's dialog.
    const leaving = other.waitForEvent("dialog");
    const leave = other.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Articles" }).click();
    await (await leaving).dismiss();
    await leave;
    await expect(other).toHaveURL(editor);
    await expect(other.getByLabel("Body (Markdown)")).toHaveValue("The second admin's precious paragraph.");
    const reloading = other.waitForEvent("dialog");
    const reload = other.getByRole("link", { name: /Reload the latest version/ }).click();
    await (await reloading).accept();
    await reload;
    await expect(other.getByLabel("Body (Markdown)")).toHaveValue("The first admin's version.");
    await other.context().close();
  });

  test("the editor saves without JavaScript", async ({ page, browser }) => {
    await signUpAdmin(page, "no-js-admin");
    const noScript = await newPage(browser, { javaScriptEnabled: false });
    await noScript.context().addCookies(await page.context().cookies());
    await noScript.goto("/admin/articles/new");
    const title = `Written without scripts ${unique()}`;
    await noScript.getByLabel("Title").fill(title);
    await noScript.getByLabel("Body (Markdown)").fill("Plain *HTML* forms still work.");
    await noScript.getByRole("button", { name: "Save draft" }).click();
    await expect(noScript).toHaveURL(/\/admin\/articles\/[^/?]+\?saved=save/);
    await expect(noScript.getByText("Saved.", { exact: true })).toBeVisible();
    await expect(noScript.getByLabel("Title")).toHaveValue(title);
    await noScript.context().close();
  });

  test("a normal user is refused every admin page and the admin API", async ({ page }) => {
    test.setTimeout(60_000);
    await signUp(page);
    const [article] = await sql<{ id: string }>(`SELECT id FROM "Article" ORDER BY "createdAt" LIMIT 1`);
    const [routine] = await sql<{ id: string }>(`SELECT id FROM "Routine" ORDER BY slug LIMIT 1`);
    const pages = [
      "/admin",
      "/admin/articles",
      "/admin/articles/new",
      `/admin/articles/${article!.id}`,
      `/admin/articles/${article!.id}/revisions`,
      "/admin/routines",
      ...(routine ? [`/admin/routines/${routine.id}`] : []),
      "/admin/exercises",
      "/admin/users",
      "/admin/audit",
    ];
    for (const path of pages) {
      const response = await page.goto(path);
      expect(`${path} ${response?.status()}`).toBe(`${path} 403`);
      await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    }
    const api = page.request;
    const list = await api.get("/api/v1/admin/articles");
    expect(list.status()).toBe(403);
    expect((await list.json()).error.code).toBe("forbidden");
    expect((await api.get(`/api/v1/admin/articles/${article!.id}`)).status()).toBe(403);
    expect((await api.post("/api/v1/admin/articles", { data: { title: "x", body: "y" } })).status()).toBe(403);
    expect(
      (await api.patch(`/api/v1/admin/articles/${article!.id}`, { data: { body: "y", version: 1 } })).status(),
    ).toBe(403);
    expect((await api.delete(`/api/v1/admin/articles/${article!.id}`)).status()).toBe(403);
  });
});
