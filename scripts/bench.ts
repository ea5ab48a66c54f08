// `npm run bench`: throughput and latency of every kind of page and API, each as a share of a floor
// measured in the same run, plus database round trips per request, bytes shipped and Lighthouse.
// Numbers are printed and written to bench/results/latest.json, never asserted: performance is
// measured here, not in tests (docs/benchmarks.md, ADR 0020).
//
// A production build (.next-bench/) on loopback against a seeded database (a user with 2,000
// entries, 50 articles, the routine catalogue); load from autocannon in a process of its own, 20
// connections, each row run 3 times in interleaved rounds and the median kept. Floors (ADR 0031): a
// bare Next.js page rendering the article page's body, prerendered and on demand; a bare on-demand
// route handler serving the article page's bytes (for the JSON APIs); and plain node:http.
// BENCH_BUILD_ONLY=1 only builds (hold a build lock for that part alone, then measure with)
// BENCH_SKIP_BUILD=1, which reuses the product's build; BENCH_SECONDS (default 5) is the length of one run;
// BENCH_SKIP_LIGHTHOUSE=1 leaves Lighthouse out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type NextServer, buildInto, startNext } from "./lib/app-server";
import { PROJECT_ROOT, dropDatabase, migrate, provisionScratchServer, recreateDatabase } from "./lib/database";
import { freePort } from "./lib/embedded-postgres";
import { signIn } from "./lib/http-client";
import { BENCH_PASSWORD, HEAVY_EMAIL, WRITER_EMAIL, seedBenchData } from "./bench/data";
import { FLOOR_DIR, buildFloorApp, startNodeFloor } from "./bench/floor";
import { lighthouseScores, pageBytes } from "./bench/pages";
import { printReport, type Report } from "./bench/report";
import { autocannon, benchRows, summarise, type Row, type Run } from "./bench/rows";

// BENCH_DIST_DIR lets two people measure different builds side by side; BENCH_ROWS (comma-separated
// parts of row names, e.g. "dashboard,search") measures only those rows, and such a partial run
// prints its table without replacing bench/results/latest.json.
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const ROW_FILTER = (process.env.BENCH_ROWS ?? "")
  .split(",")
  .map((part) => part.trim())
  .filter(Boolean);
const SECRET = "bench-secret-not-for-production-0000000000";
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const log = (line: string) => console.log(`[bench] ${line}`);

const cleanups: (() => Promise<unknown>)[] = [];

async function main() {
  const { serverUrl, release } = await provisionScratchServer("bench", log);
  cleanups.push(release);
  const name = `steadyback_bench_${process.pid}`;
  const url = await recreateDatabase(serverUrl, name);
  cleanups.push(() => dropDatabase(serverUrl, name));
  migrate(url);
  const data = await seedBenchData(url);
  log(`seeded: ${data.articles} articles, a user with ${data.heavyEntries} measurements`);

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, AUTH_TRUST_HOST: "true" };
  const skipBuild =
    process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(PROJECT_ROOT, DIST_DIR, "BUILD_ID"));
  if (!skipBuild) await buildInto(DIST_DIR, env);
  if (process.env.BENCH_BUILD_ONLY === "1") return;
  const counterPort = await freePort(0);
  const counter = path.join(import.meta.dirname, "bench/query-counter.cjs");
  const app = await startNext({
    distDir: DIST_DIR,
    port: await freePort(3400),
    env: {
      ...env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${counter}`.trim(),
      BENCH_QUERY_COUNTER_PORT: String(counterPort),
    },
    readyPath: "/api/v1/bmi?heightCm=170&weightKg=70&age=30",
  });
  cleanups.push(() => app.stop());
  const sessions = {
    heavy: await signIn(app.url, HEAVY_EMAIL, BENCH_PASSWORD),
    writer: await signIn(app.url, WRITER_EMAIL, BENCH_PASSWORD),
  };
  const cookie = (as: Row["as"]) => {
    if (!as) return undefined;
    const session = sessions[as];
    if (!session.ok) throw new Error(`could not sign in as ${as}: ${session.code}`);
    return session.cookie;
  };

  // The floors serve the article page's exact bytes (the home page's if there is no article).
  const articlePath = data.articleSlug ? `/articles/${data.articleSlug}` : "/";
  const html = await (await fetch(app.url + articlePath)).text();
  // Always rebuilt (seconds): its bytes are this run's article page. Its folder is its own, so this
  // build cannot clash with any other.
  await buildFloorApp(html, env);
  const floorApp: NextServer = await startNext({
    distDir: ".next",
    projectDir: FLOOR_DIR,
    port: await freePort(3500),
    env,
    readyPath: "/static",
  });
  cleanups.push(() => floorApp.stop());
  const nodeFloor = await startNodeFloor(html);
  cleanups.push(() => nodeFloor.close());
  if ((await (await fetch(floorApp.url + "/static")).text()) !== html)
    log("warning: the static floor does not serve the article's bytes (stale floor build?)");

  const rows = benchRows(data.articleSlug).filter(
    (row) => ROW_FILTER.length === 0 || ROW_FILTER.some((part) => row.name.includes(part)),
  );
  const floors: Row[] = [
    // The floors the issue names: a bare page, prerendered and rendered per request (ADR 0031).
    { name: "floor: bare static Next.js page", path: "/static-page", floor: "static", target: 1 },
    { name: "floor: bare on-demand Next.js page", path: "/dynamic-page", floor: "on-demand", target: 1 },
    // The JSON APIs' floor: a route handler run per request, serving the same bytes. The static handler is for
    // reference (it was the static floor before ADR 0031).
    { name: "floor: bare on-demand route handler", path: "/dynamic", floor: "handler", target: 1 },
    { name: "reference: bare static route handler", path: "/static", floor: "static", target: 1 },
    { name: "floor: plain node:http", path: "/", floor: "static", target: 1 },
  ];
  // The floors and references are compared with nothing themselves.
  const isFloor = (row: Row) => floors.includes(row);
  const baseOf = (row: Row) => (row.name.includes("node:http") ? nodeFloor.url : isFloor(row) ? floorApp.url : app.url);
  let writerDay = 1;
  const request = (row: Row) => ({
    url: baseOf(row) + row.path,
    method: row.method ?? "GET",
    headers: {
      ...(cookie(row.as) && { cookie: cookie(row.as)! }),
      ...(row.method === "POST" && { "content-type": "application/json" }),
    },
    ...(row.body !== undefined && { body: JSON.stringify(row.body) }),
  });

  // A row whose route does not exist (yet) is skipped with a note, not measured as errors.
  const skipped: { name: string; note: string }[] = [];
  const measured: Row[] = [];
  // Served from the prerender cache: Next says so in x-nextjs-cache (HIT, STALE), per URL and query.
  const prerendered = new Set<string>();
  for (const row of [...floors, ...rows]) {
    const probe = request(row);
    const body = row.uniqueDays ? JSON.stringify({ measuredOn: dayBack(writerDay++), weightKg: 70 }) : probe.body;
    const response = await fetch(probe.url, { method: probe.method, headers: probe.headers, body, redirect: "manual" });
    if (response.status === 404 || response.status >= 500 || response.status === 307 || response.status === 308) {
      skipped.push({ name: row.name, note: `${row.method ?? "GET"} ${row.path} answered ${response.status}` });
    } else measured.push(row);
    if (response.headers.has("x-nextjs-cache") && baseOf(row) === app.url) prerendered.add(row.name);
  }

  // Database round trips per request: a few requests one after another, counted by the pg driver.
  const roundTrips = new Map<string, number>();
  for (const row of measured.filter((row) => baseOf(row) === app.url)) {
    await fetch(`http://127.0.0.1:${counterPort}/`, { method: "POST" });
    for (let i = 0; i < 5; i += 1) {
      const { url: target, method, headers, body } = request(row);
      await (
        await fetch(target, {
          method,
          headers,
          body: row.uniqueDays ? JSON.stringify({ measuredOn: dayBack(writerDay++), weightKg: 70 }) : body,
        })
      ).arrayBuffer();
    }
    roundTrips.set(row.name, Number(await (await fetch(`http://127.0.0.1:${counterPort}/`)).text()) / 5);
  }

  log(
    `${measured.length} rows × ${ROUNDS} runs of ${SECONDS} s at ${CONNECTIONS} connections ` +
      `(~${Math.ceil((measured.length * (ROUNDS * SECONDS + 2)) / 60)} min)…`,
  );
  const runs = new Map<string, Run[]>(measured.map((row) => [row.name, []]));
  for (let round = 0; round <= ROUNDS; round += 1) {
    for (const row of measured) {
      // Round 0 is a short warm-up (JIT, caches, connections), not recorded.
      const duration = round === 0 ? 1 : SECONDS;
      const run = await autocannon({
        ...request(row),
        connections: CONNECTIONS,
        duration,
        ...(row.uniqueDays && { uniqueDays: { firstDayBack: writerDay } }),
      });
      writerDay += run.daysUsed;
      if (round > 0) runs.get(row.name)!.push(run);
    }
  }

  const bytesPages = ["/", "/bmi", articlePath, "/articles", "/routines", "/sign-in"];
  const bytes = await Promise.all(bytesPages.map((page) => pageBytes(app.url, page)));
  const dashboardBytes = await pageBytes(app.url, "/dashboard", cookie("heavy"));
  const runtime = await pageBytes(floorApp.url, "/bare");
  const lighthouse =
    process.env.BENCH_SKIP_LIGHTHOUSE === "1" || ROW_FILTER.length > 0
      ? []
      : await lighthouseScores(app.url, [
          { path: "/" },
          { path: "/bmi" },
          { path: articlePath },
          { path: "/routines" },
          { path: "/dashboard", cookie: cookie("heavy") },
        ]);

  const report: Report = {
    date: new Date().toISOString(),
    machine: machineLine(),
    settings: { connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS },
    rows: measured.map((row) => ({
      name: row.name,
      request: `${row.method ?? "GET"} ${row.path}`,
      floor: isFloor(row) ? null : row.floor,
      target: isFloor(row) ? null : row.target,
      prerendered: baseOf(row) === app.url && row.method !== "POST" ? prerendered.has(row.name) : null,
      dbRoundTrips: roundTrips.get(row.name) ?? null,
      ...summarise(runs.get(row.name)!),
    })),
    skipped,
    bytes: [...bytes, dashboardBytes],
    runtime,
    lighthouse,
  };
  if (ROW_FILTER.length > 0) {
    printReport(report);
    log("partial run (BENCH_ROWS): bench/results/latest.json left as it was");
    return;
  }
  const out = path.join(PROJECT_ROOT, "bench/results/latest.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  log(`wrote ${path.relative(PROJECT_ROOT, out)}`);
}

function dayBack(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function machineLine(): string {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  return `${process.platform}, ${os.cpus().length} cores, Node ${process.version}, load average at the end ${load}`;
}

process.on("SIGINT", () => void runCleanups().finally(() => process.exit(130)));
async function runCleanups() {
  while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => console.error(error));
}
main()
  .then(runCleanups)
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await runCleanups();
    process.exit(1);
  });
