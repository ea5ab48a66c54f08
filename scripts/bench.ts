// `npm run bench`: throughput and latency of the JSON API and the dashboard (a user with 2,000
// entries), and bytes shipped per page, against a production build on this machine. Numbers are
// printed, never asserted: performance is measured here, not in tests.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { createPrismaClient } from "../lib/prisma-factory";
import { PROJECT_ROOT, dropDatabase, migrate, recreateDatabase } from "./lib/database";
import { freePort, startEmbeddedPostgres, tempDataDir } from "./lib/embedded-postgres";
import { bin, run } from "./lib/process";
import { seed } from "./seed";

const SECRET = "bench-secret-not-for-production-0000000000";

type Result = { name: string; requests: number; concurrency: number; seconds: number; latencies: number[]; failures: number };

async function load(name: string, url: string, requests: number, concurrency: number, init: RequestInit = {}): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t0 = performance.now();
        const response = await fetch(url, init);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failures += 1;
      }
    }),
  );
  return { name, requests, concurrency, seconds: (performance.now() - started) / 1000, latencies, failures };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function bytesShipped(base: string, pagePath: string, cookie?: string) {
  const html = await (await fetch(base + pagePath, { headers: cookie ? { cookie } : {} })).text();
  // Modern browsers skip `nomodule` scripts (legacy polyfills), so they are not counted.
  const scripts = [...new Set([...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((match) => !/nomodule/i.test(match[1]! + match[3]!)).map((match) => match[2]!))];
  const styles = [...new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!))];
  let js = 0;
  let jsGzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    js += body.length;
    jsGzip += gzipSync(body).length;
  }
  let css = 0;
  for (const href of styles) css += gzipSync(Buffer.from(await (await fetch(new URL(href, base))).arrayBuffer())).length;
  return { page: pagePath, html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, jsFiles: scripts.length, js, jsGzip, cssGzip: css };
}

async function main() {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let serverUrl = configured;
  let stopServer = async () => {};
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = tempDataDir("steadyback-bench-pg-");
    const server = await startEmbeddedPostgres({ dataDir, persistent: false });
    serverUrl = server.serverUrl;
    stopServer = server.stop;
  }
  const name = `steadyback_bench_${process.pid}`;
  let app: ReturnType<typeof spawn> | undefined;
  try {
    const url = await recreateDatabase(serverUrl, name);
    migrate(url);
    await seed(url, { log: () => {} });
    const prisma = createPrismaClient(url);
    const heavy = await prisma.user.create({
      data: { email: "heavy@bench.test", birthDate: new Date("1988-06-01T00:00:00Z"), sex: "female", heightCm: 168, goalWeightKg: 62 },
    });
    const day = 86_400_000;
    const start = Date.now() - 2000 * day;
    await prisma.measurement.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        userId: heavy.id,
        measuredOn: new Date(Math.floor((start + i * day) / day) * day),
        weightKg: 70 - i / 250 + Math.sin(i) * 0.6,
        heightCm: 168,
        waistCm: i % 7 === 0 ? 80 : null,
      })),
    });
    await prisma.$disconnect();

    const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
    if (!fs.existsSync(path.join(PROJECT_ROOT, ".next/BUILD_ID"))) await run(bin("next"), ["build"], env);
    const port = await freePort(3200);
    app = spawn(bin("next"), ["start", "--port", String(port)], { cwd: PROJECT_ROOT, env, stdio: "ignore" });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i += 1) {
      if (await fetch(base + "/bmi").then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const token = await encode({ token: { sub: heavy.id }, secret: SECRET, salt: "authjs.session-token" });
    const cookie = `authjs.session-token=${token}`;

    const results = [
      await load("GET /api/v1/bmi (adult)", `${base}/api/v1/bmi?heightCm=175&weightKg=70&age=35`, 2000, 16),
      await load("GET /api/v1/bmi (child, extended)", `${base}/api/v1/bmi?heightCm=110&weightKg=30&age=4.2&sex=male`, 2000, 16),
      await load("GET /bmi?… (calculator page)", `${base}/bmi?heightCm=175&weightKg=70&age=35`, 300, 8),
      await load("GET /api/v1/measurements (2,000 entries, page of 100)", `${base}/api/v1/measurements?limit=100`, 500, 8, { headers: { cookie } }),
      await load("GET /dashboard (2,000 entries, 1y)", `${base}/dashboard?range=1y`, 100, 4, { headers: { cookie } }),
      await load("GET /dashboard (2,000 entries, all)", `${base}/dashboard?range=all`, 100, 4, { headers: { cookie } }),
    ];
    console.log("\nThroughput and latency (ms)");
    console.table(
      results.map((r) => {
        const sorted = [...r.latencies].sort((a, b) => a - b);
        return {
          endpoint: r.name,
          "req/s": Math.round(r.requests / r.seconds),
          p50: +percentile(sorted, 50).toFixed(1),
          p95: +percentile(sorted, 95).toFixed(1),
          p99: +percentile(sorted, 99).toFixed(1),
          concurrency: r.concurrency,
          failures: r.failures,
        };
      }),
    );
    console.log("Bytes shipped per page (html: uncompressed, including the React payload; the rest gzip)");
    console.table([
      await bytesShipped(base, "/"),
      await bytesShipped(base, "/bmi"),
      await bytesShipped(base, "/dashboard", cookie),
      await bytesShipped(base, "/dashboard?range=1y", cookie),
      await bytesShipped(base, "/dashboard?range=all", cookie),
    ]);
  } finally {
    app?.kill("SIGTERM");
    await dropDatabase(serverUrl, name).catch(() => {});
    await stopServer();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
