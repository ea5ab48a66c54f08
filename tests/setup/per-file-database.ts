// Each integration test file gets a fresh database cloned from the migrated template, so files
// own their data and run in any order (and in parallel) without seeing each other's rows.
import { afterAll, inject } from "vitest";
import { dropDatabase, recreateDatabase } from "../../scripts/lib/database";

const serverUrl = inject("serverUrl");
const name = `${inject("runId")}_w${process.env.VITEST_POOL_ID ?? "0"}_${Math.random().toString(36).slice(2, 8)}`;

process.env.DATABASE_URL = await recreateDatabase(serverUrl, name, inject("templateDatabase"));
process.env.TEST_DATABASE_NAME = name;

afterAll(async () => {
  const cached = (globalThis as { prisma?: { $disconnect: () => Promise<void> } }).prisma;
  await cached?.$disconnect();
  await dropDatabase(serverUrl, name);
});
