// `npm run test:resilience` (the last step of `npm test`): the app under load and faults, end to end.
//
// It starts its own embedded PostgreSQL (so it can restart it), a production build in a folder of
// its own (.next-resilience), two `next start` instances on one database and a round-robin proxy in
// front of them, then checks:
//   1. two instances share state: sign-in rate limits, article view counts, sign-out;
//   2. 200 concurrent clients for 60 s mixing reads and measurement writes: zero 5xx, and every
//      acknowledged write is in the database;
//   3. PostgreSQL restarted under load: a quick 503 database_unavailable while it is down, recovery
//      without restarting the app, no acknowledged write lost.
// Prints a summary and exits non-zero when any check fails. RESILIENCE_BUILD_ONLY=1 only builds
// (e.g. under a build lock on a shared machine); RESILIENCE_SKIP_BUILD=1 reuses the last build;
// RESILIENCE_LOAD_SECONDS / RESILIENCE_CLIENTS shorten the load for a quick local try.
import { hash } from "@node-rs/argon2";
import fs from "node:fs";
import path from "node:path";
import { ARGON2_OPTIONS } from "../lib/auth/argon2-options";
import { createPrismaClient } from "../lib/prisma-factory";
import { buildInto, startNext, type NextServer } from "./lib/app-server";
import { PROJECT_ROOT, migrate, recreateDatabase } from "./lib/database";
import { freePort, startEmbeddedPostgres, tempDataDir } from "./lib/embedded-postgres";
import { httpRequest, signIn } from "./lib/http-client";
import { startRoundRobinProxy, type Proxy } from "./lib/round-robin-proxy";
import type { LoadConfig } from "./resilience/load-worker";
import {
  opTable,
  probeOutage,
  restartChecks,
  runLoad,
  steadyChecks,
  writesCheck,
  type Outage,
} from "./resilience/phases";
import { twoInstanceChecks, type Check } from "./resilience/two-instances";
import { seed } from "./seed";

const DIST_DIR = ".next-resilience";
const SECRET = "resilience-secret-not-for-production-000000";
const PASSWORD = "resilience-password-2026";
const LOAD_USERS = 20;
const LOAD_SECONDS = Number(process.env.RESILIENCE_LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.RESILIENCE_CLIENTS ?? 200);
const log = (line: string) => console.log(`[resilience] ${line}`);

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => console.error(error));
}

async function main(): Promise<boolean> {
  const started = Date.now();
  const dataDir = tempDataDir("steadyback-resilience-pg-");
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  // persistent: the data must survive the restart (the folder is removed at the end all the same).
  const postgres = await startEmbeddedPostgres({ dataDir, persistent: true, log });
  cleanups.push(() => postgres.stop());
  const url = await recreateDatabase(postgres.serverUrl, "steadyback_resilience");
  migrate(url);
  await seed(url, { demo: false, log: () => {} });

  const prisma = createPrismaClient(url);
  cleanups.push(() => prisma.$disconnect());
  const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
  const makeUser = (email: string) =>
    prisma.user.create({
      data: {
        email,
        name: email.split("@")[0],
        passwordHash,
        birthDate: new Date("1985-04-02T00:00:00Z"),
        sex: "male",
        heightCm: 178,
      },
    });
  const loadUsers = await Promise.all(
    Array.from({ length: LOAD_USERS }, (_, i) => makeUser(`load-${i}@resilience.test`)),
  );
  await makeUser("limited@resilience.test");
  await makeUser("sign-out@resilience.test");
  const article = await prisma.article.findFirst({
    where: { status: "published", publishedAt: { lte: new Date() } },
    select: { slug: true },
  });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: SECRET,
    AUTH_TRUST_HOST: "true",
    TRUSTED_PROXY_HOPS: "1",
  };
  if (process.env.RESILIENCE_SKIP_BUILD === "1" && fs.existsSync(path.join(PROJECT_ROOT, DIST_DIR, "BUILD_ID"))) {
    log(`reusing the build in ${DIST_DIR}`);
  } else {
    log(`building into ${DIST_DIR}…`);
    await buildInto(DIST_DIR, env);
  }
  if (process.env.RESILIENCE_BUILD_ONLY === "1") return true;
  const instances: NextServer[] = [];
  for (const index of [0, 1]) {
    const port = await freePort(3300 + index * 10);
    const lines: string[] = [];
    const server = await startNext({
      distDir: DIST_DIR,
      port,
      env,
      readyPath: "/api/v1/bmi?heightCm=170&weightKg=70&age=30",
      log: (line) => lines.push(line),
    });
    cleanups.push(async () => {
      await server.stop();
      // The app's own log of errors, for whoever reads a failed run.
      const errors = lines.filter((line) => /error|unavailable/i.test(line));
      if (errors.length)
        console.log(
          `[instance ${index}] ${errors.length} log lines with errors; the first: ` +
            `${errors.slice(0, 3).join(" | ").slice(0, 600)}`,
        );
    });
    instances.push(server);
  }
  const pids = instances.map((server) => server.child.pid);
  const proxy: Proxy = await startRoundRobinProxy(instances.map((server) => server.url));
  cleanups.push(() => proxy.close());
  log(
    `instances ${instances.map((server) => server.url).join(" and ")} behind ${proxy.url}; ready in ` +
      `${Math.round((Date.now() - started) / 1000)} s`,
  );

  const checks: Check[] = [];
  checks.push(
    ...(await twoInstanceChecks({
      proxy: proxy.url,
      prisma,
      rateLimited: { email: "limited@resilience.test", password: PASSWORD },
      signOut: { email: "sign-out@resilience.test", password: PASSWORD },
    })),
  );

  // Each load user signs in once, from an address of its own, through the proxy.
  const users = [];
  for (const [index, user] of loadUsers.entries()) {
    const session = await signIn(proxy.url, user.email!, PASSWORD, { localAddress: `127.0.1.${index + 1}` });
    if (!session.ok) throw new Error(`load user ${user.email} could not sign in: ${session.code}`);
    users.push({ id: user.id, cookie: session.cookie });
  }
  const userIds = users.map((user) => user.id);
  const base: Omit<
    LoadConfig,
    "label" | "durationMs" | "concurrency" | "firstDayBack" | "mix" | "retryWrites" | "timeline"
  > = {
    base: proxy.url,
    users,
    articlePath: article ? `/articles/${article.slug}` : "/",
    retryGraceMs: 30_000,
  };

  log(`steady load: ${CLIENTS} clients for ${LOAD_SECONDS} s…`);
  const rowsBefore = await prisma.measurement.count({ where: { userId: { in: userIds } } });
  const proxyErrorsBefore = proxy.errors;
  const steady = await runLoad({
    ...base,
    label: "Steady load",
    durationMs: LOAD_SECONDS * 1000,
    concurrency: CLIENTS,
    firstDayBack: 1,
    mix: {
      "api-list": 20,
      "api-write": 20,
      "api-me": 10,
      "api-bmi": 10,
      "page-home": 10,
      "page-calculator": 5,
      "page-routines": 5,
      "page-article": 10,
      "page-dashboard": 10,
    },
    retryWrites: false,
    timeline: false,
  });
  console.table(opTable(steady));
  checks.push(...steadyChecks(steady, proxy.errors - proxyErrorsBefore));
  checks.push(await writesCheck(prisma, steady, userIds, rowsBefore));
  checks.push({
    name: "Steady load: both instances served",
    ok: proxy.counts.every((count) => count > 100),
    detail: `requests per instance: ${proxy.counts.join(", ")}`,
  });

  log("restart: PostgreSQL goes down 8 s into the load, for 8 s…");
  const rowsBeforeRestart = await prisma.measurement.count({ where: { userId: { in: userIds } } });
  const outage: Outage = { stoppedAt: 0, downFrom: 0, startedAt: 0, probe: null, pageProbes: {} };
  const restartLoad = runLoad({
    ...base,
    label: "PostgreSQL restart",
    durationMs: 36_000,
    concurrency: 40,
    firstDayBack: 5_000,
    mix: { "api-list": 30, "api-write": 30, "api-me": 10, "page-home": 10, "page-calculator": 10, "page-article": 10 },
    retryWrites: true,
    timeline: true,
  });
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  outage.stoppedAt = Date.now();
  await postgres.stop();
  outage.downFrom = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  outage.probe = await probeOutage(proxy.url, users[0]!.cookie);
  for (const page of ["/", "/bmi", "/routines", base.articlePath]) {
    outage.pageProbes[page] = await httpRequest(proxy.url + page, { timeoutMs: 15_000 }).then(
      (response) => response.status,
      () => 0,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 7_000));
  await postgres.start();
  outage.startedAt = Date.now();
  log(
    `PostgreSQL was stopped in ${outage.downFrom - outage.stoppedAt} ms and down for ` +
      `${Math.round((outage.startedAt - outage.downFrom) / 1000)} s`,
  );
  const restart = await restartLoad;
  console.table(opTable(restart));
  const alive = instances.every((server, index) => server.alive() && server.child.pid === pids[index]);
  checks.push(...restartChecks(restart, outage, alive));
  checks.push(await writesCheck(prisma, restart, userIds, rowsBeforeRestart));

  console.log("\nResilience checks");
  for (const check of checks) console.log(`${check.ok ? "PASS" : "FAIL"}  ${check.name}\n      ${check.detail}`);
  const failed = checks.filter((check) => !check.ok).length;
  console.log(`\nResilience: ${checks.length} checks in ${Math.round((Date.now() - started) / 1000)} s.`);
  // The conventional closing line test reporters end with.
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

process.on("SIGINT", () => void cleanup().finally(() => process.exit(130)));
main()
  .then(async (ok) => {
    await cleanup();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanup();
    process.exit(1);
  });
