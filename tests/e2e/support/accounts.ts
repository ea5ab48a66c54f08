// Each end-to-end test makes its own account (unique email), so tests own their data.
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a-long-test-password";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function signUp(page: Page, email = uniqueEmail("user")): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/profile\?welcome=1/);
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Signs out with the header's button and waits until the server has ended the session (the header says
 * "Sign in" only then): a navigation started earlier would abort the request and keep the session.
 */
export async function signOut(page: Page): Promise<void> {
  const header = page.getByRole("navigation", { name: "Main" });
  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
}

export async function saveProfile(
  page: Page,
  profile: { birthDate: string; sex: "Female" | "Male"; heightCm: string; goalKg?: string },
) {
  await page.goto("/profile");
  await page.getByLabel("Birth date").fill(profile.birthDate);
  await page.getByRole("radio", { name: profile.sex, exact: true }).check();
  await page.getByLabel("Height (cm)").fill(profile.heightCm);
  if (profile.goalKg) await page.getByLabel("Goal weight (kg, optional)").fill(profile.goalKg);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
}
