// Row counts of every table, to prove that a refused request stored nothing. Tables are read from
// the catalog, so new ones are covered without a change here.
import { db } from "@/lib/db";

/**
 * Tables a refused request may write to by design, and why.
 * - AuthAttempt: a refused sign-in or sign-up is exactly what the rate limit counts.
 */
const WRITTEN_ON_REFUSAL = new Set(["AuthAttempt", "_prisma_migrations"]);

let query: string | undefined;

export async function rowCounts(): Promise<Record<string, number>> {
  if (!query) {
    const tables = await db().$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
    query = tables
      .map(({ table_name }) => table_name)
      .filter((name) => !WRITTEN_ON_REFUSAL.has(name))
      .map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`)
      .join(" UNION ALL ");
  }
  const rows = await db().$queryRawUnsafe<{ name: string; n: number }[]>(query);
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}
