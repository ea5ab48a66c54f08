// The dashboard charts' point values (issue 9) with one shared target and tooltip per chart (issue
// 10, ADR 0024): Tab reaches the latest point, the arrow keys, Home and End reach every other one,
// the pointer shows the nearest point's value; and the History is one table whose actions stay in
// view on a phone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { saveProfile, signUp } from "./support/accounts";

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
function displayDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

test("chart values on keyboard and hover; History actions in view", async ({ page }) => {
  await signUp(page);
  await saveProfile(page, { birthDate: "1990-05-04", sex: "Female", heightCm: "170", goalKg: "68" });
  const days = [20, 10, 2];
  for (const [index, ago] of days.entries()) {
    const status = await page.evaluate(
      async (body) =>
        (await fetch("/api/v1/measurements", { method: "POST", headers: { "content-type": "application/json" }, body }))
          .status,
      JSON.stringify({ measuredOn: isoDaysAgo(ago), weightKg: 70 - index }),
    );
    expect(status).toBe(201);
  }
  await page.goto("/dashboard");
  // Every WCAG A/AA rule, whatever its impact (Lighthouse counts colour contrast of any impact).
  const audit = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    audit.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);

  const weight = page.getByRole("slider", { name: "Weight values" });
  await expect(weight).toHaveAttribute("aria-valuetext", `${displayDate(isoDaysAgo(2))}: 68.0 kg (latest)`);
  await weight.focus();
  const tip = weight.locator(".chart-tip");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Home");
  await expect(weight).toHaveAttribute("aria-valuetext", `${displayDate(isoDaysAgo(20))}: 70.0 kg`);
  await expect(tip).toHaveText(`${displayDate(isoDaysAgo(20))}: 70.0 kg`);
  await page.keyboard.press("ArrowRight");
  await expect(weight).toHaveAttribute("aria-valuetext", `${displayDate(isoDaysAgo(10))}: 69.0 kg`);
  await page.keyboard.press("End");
  await expect(weight).toHaveAttribute("aria-valuetext", /\(latest\)$/);
  await weight.blur();

  // The pointer at the left edge of the plot shows the oldest point's value.
  const plot = page.getByRole("img", { name: /^Weight from/ });
  const box = await plot.boundingBox();
  if (!box) throw new Error("the weight chart is not laid out");
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(`${displayDate(isoDaysAgo(20))}: 70.0 kg`);

  // History: one table; each row's Edit and Delete are on screen without scrolling sideways.
  const rows = page
    .getByRole("region", { name: "History" })
    .getByRole("row")
    .filter({ hasNot: page.getByRole("columnheader") });
  await expect(rows).toHaveCount(3);
  const edit = page.getByRole("link", { name: `Edit measurement of ${displayDate(isoDaysAgo(2))}` });
  const remove = page.getByRole("link", { name: `Delete measurement of ${displayDate(isoDaysAgo(2))}` });
  await expect(edit).toHaveCount(1);
  await page.getByRole("heading", { name: "History" }).scrollIntoViewIfNeeded();
  await expect(edit).toBeInViewport();
  await expect(remove).toBeInViewport();
  await expect(edit).toHaveAttribute("href", /^\/dashboard\/measurements\/[^/]+\/edit$/);
});
