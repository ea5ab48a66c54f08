// Vitest global setup for integration tests: one PostgreSQL server for the run (TEST_DATABASE_URL,
// else DATABASE_URL, else an embedded server in a temp dir), and one migrated template database
// that every test file clones into a database of its own (see tests/setup/per-file-database.ts).
import type { TestProject } from "vitest/node";
import { dropDatabase, migrate, provisionScratchServer, recreateDatabase } from "../../scripts/lib/database";
import pg from "pg";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const { serverUrl, release } = await provisionScratchServer("test");

  const runId = `steadyback_test_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const templateDatabase = `${runId}_template`;
  const templateUrl = await recreateDatabase(serverUrl, templateDatabase);
  migrate(templateUrl);

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", templateDatabase);
  project.provide("runId", runId);

  return async () => {
    // Drop whatever this run created (per-file databases that a crashed file left behind too).
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${runId}%`,
    ]);
    await client.end();
    for (const row of rows) await dropDatabase(serverUrl, row.datname);
    await release();
  };
}
