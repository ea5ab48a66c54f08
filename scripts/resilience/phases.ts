// The two load phases of `npm run test:resilience` and what each must show. The load itself runs
// in load-worker.ts (a process of its own); here it is started, the database is restarted under it,
// and its result is checked against the database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "../../generated/prisma/client";
import { httpRequest } from "../lib/http-client";
import { bin } from "../lib/process";
import type { Check } from "./two-instances";
import type { LoadConfig, LoadResult, Op } from "./load-worker";

const WORKER = path.join(import.meta.dirname, "load-worker.ts");
const DB_OPS: Op[] = ["api-list", "api-write", "api-me"];

export async function runLoad(config: LoadConfig): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steadyback-load-"));
  const configPath = path.join(dir, "config.json");
  const resultPath = path.join(dir, "result.json");
  fs.writeFileSync(configPath, JSON.stringify(config));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin("tsx"), [WORKER, configPath, resultPath], { stdio: ["ignore", "inherit", "inherit"] });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`load worker exited with ${code}`))));
    });
    return JSON.parse(fs.readFileSync(resultPath, "utf8")) as LoadResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every acknowledged write is a row, and there is no row that was not acknowledged (no duplicates). */
export async function writesCheck(
  prisma: PrismaClient,
  result: LoadResult,
  userIds: string[],
  rowsBefore: number,
): Promise<Check> {
  const ids = result.acked.map((ack) => ack.id);
  const found = ids.length ? await prisma.measurement.count({ where: { id: { in: ids } } }) : 0;
  const rowsAfter = await prisma.measurement.count({ where: { userId: { in: userIds } } });
  const added = rowsAfter - rowsBefore;
  const replayed = result.acked.filter((ack) => ack.replayed).length;
  const lastStatuses = [...new Set(result.unacked.map((u) => u.lastStatus))].join(",");
  const ok = found === ids.length && added === ids.length && result.unacked.length === 0 && ids.length > 0;
  return {
    name: `${result.label}: every acknowledged write is in the database`,
    ok,
    detail:
      `${ids.length} writes acknowledged (${replayed} of them by a replay), ${found} found by id, ` +
      `${added} rows added, ${result.unacked.length} never acknowledged` +
      (result.unacked.length ? ` (last statuses: ${lastStatuses})` : ""),
  };
}

function statusTotals(result: LoadResult): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const stats of Object.values(result.ops))
    for (const [status, count] of Object.entries(stats.statuses)) totals[status] = (totals[status] ?? 0) + count;
  return totals;
}

/** Steady load: nothing but 200s (reads) and 201s (writes). */
export function steadyChecks(result: LoadResult, proxyErrors: number): Check[] {
  const totals = statusTotals(result);
  const requests = Object.values(totals).reduce((sum, count) => sum + count, 0);
  const seconds = (result.endedAt - result.startedAt) / 1000;
  const bad = Object.entries(totals).filter(([status]) => status !== "200" && status !== "201");
  const fivexx = Object.entries(totals).filter(([status]) => status === "network" || status.startsWith("5"));
  return [
    {
      name: `${result.label}: zero 5xx and no failed connection`,
      ok: fivexx.length === 0 && proxyErrors === 0,
      detail:
        `${requests} requests in ${seconds.toFixed(0)} s (${Math.round(requests / seconds)}/s); statuses ` +
        `${JSON.stringify(totals)}; proxy errors ${proxyErrors}` +
        (result.serverErrors.length ? `; first 5xx: ${result.serverErrors[0]}` : "") +
        (result.networkErrors.length ? `; first network error: ${result.networkErrors[0]}` : ""),
    },
    {
      name: `${result.label}: every answer is the expected 200/201`,
      ok: bad.length === 0,
      detail: bad.length ? `unexpected: ${JSON.stringify(Object.fromEntries(bad))}` : "yes",
    },
  ];
}

export type Outage = {
  stoppedAt: number;
  downFrom: number;
  startedAt: number;
  probe: { status: number; code: string; retryAfter: string; ms: number } | null;
  /** Prerendered pages asked for while it is down (not left to the load's chance): path → status. */
  pageProbes: Record<string, number>;
};

/**
 * Restart under load: while PostgreSQL is down the API answers 503 database_unavailable quickly,
 * prerendered pages keep answering 200, the same app processes serve again soon after PostgreSQL
 * is back, and no acknowledged write is lost (writesCheck, with retries by Idempotency-Key).
 */
export function restartChecks(result: LoadResult, outage: Outage, instancesAlive: boolean): Check[] {
  const checks: Check[] = [];
  const dbRequests = result.timeline.filter(([, op]) => DB_OPS.includes(op));
  const during = dbRequests.filter(([start]) => start >= outage.downFrom && start < outage.startedAt);
  const unavailable = result.timeline.filter(([, , status]) => status === 503);
  const other5xx = result.timeline.filter(([, , status]) => status === 0 || (status >= 500 && status !== 503));
  const slowest503 = unavailable.reduce((max, [, , , ms]) => Math.max(max, ms), 0);
  const probe = outage.probe;
  checks.push({
    name: `${result.label}: a clear, fast 503 while PostgreSQL is down`,
    ok:
      slowest503 < 11_000 &&
      probe !== null &&
      probe.status === 503 &&
      probe.code === "database_unavailable" &&
      Number(probe.retryAfter) > 0 &&
      probe.ms < 2_000,
    detail:
      `${unavailable.length} answers were 503 (slowest ${slowest503} ms); ` +
      `${during.filter(([, , status]) => status === 503).length} of ${during.length} API requests made while ` +
      `it was down; ` +
      (probe
        ? `probe: ${probe.status} ${probe.code}, Retry-After ${probe.retryAfter}, ${Math.round(probe.ms)} ms`
        : "no probe answer"),
  });
  checks.push({
    name: `${result.label}: no other 5xx and no failed connection`,
    ok: other5xx.length === 0,
    detail: other5xx.length
      ? `${other5xx.length}, e.g. ` +
        `${JSON.stringify(other5xx.slice(0, 3))}${result.serverErrors[0] ? `; ${result.serverErrors[0]}` : ""}`
      : "none",
  });
  const pages = result.timeline.filter(
    ([start, op]) => op.startsWith("page-") && start >= outage.downFrom && start < outage.startedAt,
  );
  const probes = Object.values(outage.pageProbes);
  checks.push({
    name: `${result.label}: prerendered pages keep answering while it is down`,
    ok: probes.length > 0 && probes.every((status) => status === 200) && pages.every(([, , status]) => status === 200),
    detail:
      `probes ${JSON.stringify(outage.pageProbes)}; ${pages.length} page requests of the load during the ` +
      `outage: ${JSON.stringify(countBy(pages.map(([, , status]) => String(status))))}`,
  });
  const firstOk = dbRequests.find(([start, , status]) => start >= outage.startedAt && status >= 200 && status < 300);
  const recoveryMs = firstOk ? firstOk[0] + firstOk[3] - outage.startedAt : Infinity;
  const settled = dbRequests.filter(([start]) => start >= outage.startedAt + 10_000);
  const failedAfter = settled.filter(([, , status]) => status < 200 || status >= 300);
  checks.push({
    name: `${result.label}: the app recovers by itself, without a restart`,
    ok: instancesAlive && recoveryMs < 10_000 && settled.length > 0 && failedAfter.length === 0,
    detail:
      `first success ${Number.isFinite(recoveryMs) ? `${Math.round(recoveryMs)} ms` : "never"} after ` +
      `PostgreSQL was back; ${settled.length} API requests from 10 s after: ${failedAfter.length} failed; ` +
      `same app processes: ${instancesAlive}`,
  });
  return checks;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** One request while the database is down, looked at closely: status, code, Retry-After, time. */
export async function probeOutage(proxy: string, cookie: string): Promise<Outage["probe"]> {
  try {
    const response = await httpRequest(`${proxy}/api/v1/measurements?limit=5`, {
      headers: { cookie },
      timeoutMs: 15_000,
    });
    let code = "";
    try {
      code = (JSON.parse(response.body) as { error?: { code?: string } }).error?.code ?? "";
    } catch {
      code = response.body.slice(0, 80);
    }
    return {
      status: response.status,
      code,
      retryAfter: String(response.headers["retry-after"] ?? ""),
      ms: response.ms,
    };
  } catch {
    return null;
  }
}

export function opTable(result: LoadResult): Record<string, string | number>[] {
  const seconds = (result.endedAt - result.startedAt) / 1000;
  return Object.entries(result.ops).map(([op, stats]) => ({
    request: op,
    count: stats.count,
    "req/s": Math.round(stats.count / seconds),
    "p50 ms": stats.p50,
    "p99 ms": stats.p99,
    "max ms": stats.max,
    statuses: Object.entries(stats.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(" "),
  }));
}
