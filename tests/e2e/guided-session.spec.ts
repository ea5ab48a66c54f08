// The guided player end to end, by keyboard only: from the routine's practice page to the history,
// the streak and today's cell on the dashboard.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { PASSWORD, signUp } from "./support/accounts";

/** A seeded routine (lib/routines/catalog) that mixes reps, holds, sets and rests. */
const ROUTINE = { slug: "upper-back-reset", name: "Upper-back reset" };
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Presses Tab until `name` has focus (a keyboard user's way there), failing after `max` presses. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await isTarget()) return;
  }
  throw new Error("Never reached the control by Tab");
}

/** The visible "Exercise 3 of 7" line (the live region's "Exercise 3 of 7: …" is a different text). */
const progressLine = (page: Page, n: number | null = null) =>
  page.getByText(new RegExp(`^Exercise ${n ?? "\\d+"} of \\d+(?![\\d:])`));

const focusedIs = (page: Page, selector: string) => () =>
  page
    .locator(selector)
    .evaluate((el) => el === document.activeElement)
    .catch(() => false);

test.describe("guided session", () => {
  // The session is saved on the browser's day and the dashboard reads the server's (UTC) day; pin the
  // browser to UTC so "today" is one day for both whatever zone the machine running this is in.
  test.use({ timezoneId: "UTC" });

  test("complete a session with the keyboard → history, streak and calendar", async ({ page }) => {
    test.setTimeout(90_000);
    await signUp(page);
    await page.goto(`/practice/${ROUTINE.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: ROUTINE.name })).toBeVisible();
    await expect(page.getByText("General guidance, not medical advice.")).toBeVisible();

    // Pain now: Tab to the slider, three steps right.
    await tabTo(page, focusedIs(page, "#pain-before"));
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(page.locator("#pain-before")).toHaveValue("3");

    await tabTo(page, async () => (await page.evaluate(() => document.activeElement?.textContent)) === "Start session");
    await page.keyboard.press("Enter");

    // The player: one exercise at a time, focus on the main button.
    await expect(progressLine(page, 1)).toBeVisible();
    const total = Number((await progressLine(page, 1).textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(1);
    await expect(page.getByRole("button", { name: /^(Start|Done)$/ })).toBeFocused();

    // The first phase: Space starts a hold's timer, Enter is "Done" for reps.
    const startLabel = await page.evaluate(() => document.activeElement?.textContent);
    if (startLabel === "Start") {
      await page.keyboard.press("Space");
      await expect(page.getByRole("timer")).toBeVisible();
      await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
      await page.keyboard.press("n");
    } else {
      await page.keyboard.press("Enter");
    }
    // ← goes back to that first exercise, → leaves it again.
    await page.keyboard.press("ArrowLeft");
    await expect(progressLine(page, 1)).toBeVisible();

    // Skip or finish every phase with the shortcuts until the rating form appears.
    const finished = page.getByRole("heading", { name: "Session complete" });
    const seen = new Set<string>();
    for (let i = 0; i < 80 && !(await finished.isVisible()); i++) {
      const where = await progressLine(page)
        .textContent({ timeout: 1_000 })
        .catch(() => null);
      if (where) seen.add(where.match(/^Exercise \d+/)?.[0] ?? "");
      await page.keyboard.press(i % 2 ? "ArrowRight" : "n");
    }
    await expect(finished).toBeVisible();
    await expect(finished).toBeFocused();
    expect(seen.size).toBe(total); // every exercise was shown

    // Rate it: Tab into the radio group, arrow to "About right"; pain after one lower; Save.
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "About right" })).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.locator("#pain-after")).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator("#pain-after")).toHaveValue("2");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Save session" })).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { name: "Session saved" })).toBeFocused();
    await expect(page.getByText(/Your streak: 1 day/)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Go to your dashboard" })).toBeFocused();
    await page.keyboard.press("Enter");

    // The dashboard: the session in "Recent sessions", a one-day streak, today's cell marked.
    await expect(page).toHaveURL(/\/dashboard$/);
    const recent = page.getByRole("list", { name: "Your latest sessions" });
    await expect(recent.getByRole("listitem")).toHaveCount(1);
    await expect(recent).toContainText(ROUTINE.name);
    await expect(recent).toContainText("about right");
    await expect(recent).toContainText("Pain 3 before, 2 after");
    const streak = page.getByRole("region", { name: "Your streak" });
    await expect(streak).toContainText(/1\s*day/);
    await expect(streak).toContainText("Done today");
    const [year, month, day] = await page.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
    });
    await expect(streak.getByRole("table", { name: new RegExp(`${MONTHS[month! - 1]} ${year}`) })).toBeVisible();
    await expect(streak.getByRole("cell", { name: `${day} ${MONTHS[month! - 1]}: 1 session (today)` })).toBeVisible();

    // The history page lists it, with a confirmed delete that empties the streak again.
    await page.getByRole("link", { name: "All sessions" }).click();
    await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
    await page.getByRole("link", { name: new RegExp(`^Delete session of .*${ROUTINE.name}`) }).click();
    await expect(page.getByRole("heading", { name: "Delete this session?" })).toBeVisible();
    await page.getByRole("button", { name: "Delete session" }).click();
    await expect(page.getByText("Session deleted.")).toBeVisible();
    await expect(page.getByText("No sessions yet.")).toBeVisible();
  });

  test("end early, still saved; other people's sessions and unknown routines are 404s", async ({ page, isMobile }) => {
    test.skip(isMobile, "covered on desktop");
    await signUp(page);
    await page.goto(`/practice/${ROUTINE.slug}`);
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByRole("button", { name: "End session" }).click();
    await expect(page.getByRole("button", { name: "Keep going" })).toBeFocused();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await expect(page.getByRole("heading", { name: "Session ended early" })).toBeVisible();
    await expect(page.getByText(/You did 0 of \d+ exercises/)).toBeVisible();
    await page.getByRole("radio", { name: "Hard" }).check();
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page.getByRole("heading", { name: "Session saved" })).toBeVisible();

    expect((await page.goto("/practice/no-such-routine"))?.status()).toBe(404);
    expect((await page.goto("/dashboard/sessions/not-a-real-id/delete"))?.status()).toBe(404);
  });

  test("signed out, the practice page asks to sign in and comes back", async ({ page, context }) => {
    const email = await signUp(page);
    await context.clearCookies();
    await page.goto(`/practice/${ROUTINE.slug}`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpractice%2Fupper-back-reset/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/practice/${ROUTINE.slug}$`));
    await expect(page.getByRole("button", { name: "Start session" })).toBeVisible();
  });
});
