// The header's account links on prerendered pages come from the browser (components/layout/account-links.tsx).
// A signed-in visitor must not see "Sign in" while /api/v1/me is on its way: the island starts from what this
// browser last heard, and signing out forgets it once the server has ended the session.
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signUp } from "./support/accounts";

/** Holds every /api/v1/me request until the returned function is called. */
async function holdMe(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route("**/api/v1/me", async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return () => {
    released = true;
    for (const route of held.splice(0)) void route.continue();
  };
}

test("a signed-in visitor sees their links before /api/v1/me answers, and signed-out ones after signing out", async ({
  page,
}) => {
  const header = page.getByRole("navigation", { name: "Main" });
  await signUp(page);
  await page.goto("/");
  await expect(header.getByRole("link", { name: "Dashboard" })).toBeVisible();

  // The answer is held: what shows is what this browser last heard.
  let release = await holdMe(page);
  await page.reload();
  await expect(header.getByRole("link", { name: "Dashboard" })).toBeVisible({ timeout: 3_000 });
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  release();
  await page.unrouteAll({ behavior: "ignoreErrors" });

  // While the sign-out is on its way the session is alive, and the header says so; it flips once the
  // server has ended it.
  const held: Route[] = [];
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) held.push(route);
    else await route.fallback();
  });
  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("button", { name: "Signing out…" })).toBeDisabled();
  await expect.poll(() => held.length).toBe(1);
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(header.getByRole("link", { name: "Dashboard" })).toBeVisible();
  for (const route of held) await route.continue();
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.context().cookies()).some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(false);

  release = await holdMe(page);
  await page.goto("/articles");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible({ timeout: 3_000 });
  await expect(header.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  release();
});

test("a visitor who never signed in sees the signed-out links while /api/v1/me is on its way", async ({ page }) => {
  const release = await holdMe(page);
  await page.goto("/");
  const header = page.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  release();
});
