// `npm run test:e2e`: a production build served by `next start` against a fresh, migrated and seeded
// database (on TEST_DATABASE_URL / DATABASE_URL's server, else an embedded one), driven by Playwright
// in the machine's Chromium.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, migrate, provisionScratchServer, recreateDatabase } from "./lib/database";
import { freePort } from "./lib/embedded-postgres";
import { bin, run } from "./lib/process";
import { seed } from "./seed";

async function main() {
  const { serverUrl, release } = await provisionScratchServer("e2e");
  const name = `steadyback_e2e_${process.pid}`;
  const outboxDir = path.join(os.tmpdir(), `steadyback-e2e-outbox-${process.pid}`);
  try {
    const url = await recreateDatabase(serverUrl, name);
    const port = await freePort(3100);
    migrate(url);
    await seed(url);
    const env = {
      ...process.env,
      DATABASE_URL: url,
      E2E_DATABASE_URL: url,
      E2E_PORT: String(port),
      // Links in emails come from configuration (ADR 0010); mails go to an outbox the tests read.
      SITE_URL: `http://127.0.0.1:${port}`,
      MAIL_OUTBOX_DIR: outboxDir,
      AUTH_SECRET: "e2e-secret-not-for-production-000000000000",
      AUTH_TRUST_HOST: "true",
      // Playwright plays our one trusted proxy: each test browses from an address of its own
      // (tests/e2e/support/fixtures.ts). client-ip-spoofing.spec.ts starts a server trusting none.
      TRUSTED_PROXY_HOPS: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (process.env.E2E_SKIP_BUILD !== "1") await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    await run(bin("playwright"), ["test", ...process.argv.slice(2)], env);
  } finally {
    await dropDatabase(serverUrl, name).catch(() => {});
    fs.rmSync(outboxDir, { recursive: true, force: true });
    await release();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
