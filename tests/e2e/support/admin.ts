// Admin accounts for end-to-end tests: signed up through the site like anyone, then given the admin
// role straight in the test database (E2E_DATABASE_URL, set by scripts/e2e.ts), as an existing
// admin or `npm run admin:create` would.
import pg from "pg";
import type { Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./accounts";

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Signs up a new account in this page and makes it an admin; the role counts from the next request. */
export async function signUpAdmin(page: Page, label = "admin"): Promise<string> {
  const email = await signUp(page, uniqueEmail(label));
  await sql(`UPDATE "User" SET role = 'ADMIN' WHERE email = $1`, [email]);
  return email;
}
