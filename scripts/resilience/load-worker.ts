// The load generator of `npm run test:resilience`, run as a process of its own so its CPU use and
// event loop stay apart from the orchestrator's: `tsx load-worker.ts <config.json> <result.json>`.
// N virtual clients loop over a weighted mix of reads and measurement writes until the deadline.
// Every write carries an Idempotency-Key; with `retryWrites` a client retries a write that failed
// (a 503 or a dropped connection) with the same key, as a careful real client does, until it is
// acknowledged. Nothing is asserted here: the orchestrator reads the result file.
import fs from "node:fs";
import http from "node:http";
import { httpRequest } from "../lib/http-client";

export type Op =
  | "api-list"
  | "api-write"
  | "api-me"
  | "api-bmi"
  | "page-home"
  | "page-calculator"
  | "page-routines"
  | "page-article"
  | "page-dashboard";
export type LoadUser = { id: string; cookie: string };
export type LoadConfig = {
  base: string;
  label: string;
  durationMs: number;
  concurrency: number;
  users: LoadUser[];
  /** Days back from today where each user's first write of this run goes; later writes go further back. */
  firstDayBack: number;
  articlePath: string;
  mix: Partial<Record<Op, number>>;
  retryWrites: boolean;
  /** Retries stop this long after the deadline. */
  retryGraceMs: number;
  timeline: boolean;
};
export type Ack = { key: string; id: string; userId: string; measuredOn: string; replayed: boolean };
export type OpStats = {
  count: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};
export type LoadResult = {
  label: string;
  startedAt: number;
  endedAt: number;
  ops: Partial<Record<Op, OpStats>>;
  acked: Ack[];
  /** Writes never acknowledged (steady load: each is a failure; restart: retries ran out). */
  unacked: { key: string; userId: string; measuredOn: string; lastStatus: string }[];
  networkErrors: string[];
  /** [start epoch ms, op, status (0 = network error), latency ms] */
  timeline: [number, Op, number, number][];
  /** Bodies of the first few 5xx answers, for the report. */
  serverErrors: string[];
};

const DAY = 86_400_000;

function pick(mix: Partial<Record<Op, number>>): Op {
  const entries = Object.entries(mix) as [Op, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = Math.random() * total;
  for (const [op, weight] of entries) {
    roll -= weight;
    if (roll < 0) return op;
  }
  return entries[0]![0];
}

function percentile(sorted: number[], p: number): number {
  return sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10
    : 0;
}

async function main() {
  const [configPath, resultPath] = process.argv.slice(2);
  if (!configPath || !resultPath) throw new Error("usage: load-worker.ts <config.json> <result.json>");
  const config = JSON.parse(fs.readFileSync(configPath, "utf8")) as LoadConfig;
  const agent = new http.Agent({ keepAlive: true, maxSockets: config.concurrency + 8 });
  const latencies = new Map<Op, number[]>();
  const statuses = new Map<Op, Record<string, number>>();
  const result: LoadResult = {
    label: config.label,
    startedAt: Date.now(),
    endedAt: 0,
    ops: {},
    acked: [],
    unacked: [],
    networkErrors: [],
    timeline: [],
    serverErrors: [],
  };
  const today = Math.floor(Date.now() / DAY) * DAY;
  const nextDay = config.users.map(() => config.firstDayBack);
  let writeSeq = 0;
  const deadline = result.startedAt + config.durationMs;

  function record(op: Op, started: number, status: number, ms: number, body?: string) {
    (latencies.get(op) ?? latencies.set(op, []).get(op)!).push(ms);
    const counts = statuses.get(op) ?? statuses.set(op, {}).get(op)!;
    const key = status === 0 ? "network" : String(status);
    counts[key] = (counts[key] ?? 0) + 1;
    if (config.timeline) result.timeline.push([started, op, status, Math.round(ms)]);
    if (status >= 500 && result.serverErrors.length < 10)
      result.serverErrors.push(`${op} ${status}: ${(body ?? "").slice(0, 300)}`);
  }

  async function send(
    op: Op,
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) {
    const started = Date.now();
    try {
      // Generous: on a saturated 2-core machine 200 clients queue for seconds; a timeout here would
      // be the load generator failing, not the app.
      const response = await httpRequest(url, { ...init, agent, timeoutMs: 90_000 });
      record(op, started, response.status, response.ms, response.status >= 500 ? response.body : undefined);
      return response;
    } catch (error) {
      record(op, started, 0, Date.now() - started);
      if (result.networkErrors.length < 20)
        result.networkErrors.push(`${op}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  async function write(userIndex: number) {
    const user = config.users[userIndex]!;
    const measuredOn = new Date(today - nextDay[userIndex]!++ * DAY).toISOString().slice(0, 10);
    const key = `${config.label}-${process.pid}-${writeSeq++}`;
    const body = JSON.stringify({ measuredOn, weightKg: Math.round((60 + Math.random() * 30) * 10) / 10 });
    const headers = { cookie: user.cookie, "content-type": "application/json", "idempotency-key": key };
    let lastStatus = "none";
    do {
      const response = await send("api-write", `${config.base}/api/v1/measurements`, { method: "POST", headers, body });
      if (response?.status === 201) {
        const created = JSON.parse(response.body) as { id: string };
        result.acked.push({
          key,
          id: created.id,
          userId: user.id,
          measuredOn,
          replayed: response.headers["idempotent-replayed"] === "true",
        });
        return;
      }
      lastStatus = response ? String(response.status) : "network";
      if (!config.retryWrites || (response && response.status !== 503)) break;
      // As a real client: wait as long as Retry-After asks (or a second after a dropped connection).
      const wait = Number(response?.headers["retry-after"] ?? 1) * 1000;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 5_000)));
    } while (Date.now() < deadline + config.retryGraceMs);
    result.unacked.push({ key, userId: user.id, measuredOn, lastStatus });
  }

  async function client(index: number) {
    const userIndex = index % config.users.length;
    const cookie = config.users[userIndex]!.cookie;
    while (Date.now() < deadline) {
      const op = pick(config.mix);
      let response: Awaited<ReturnType<typeof send>> = null;
      switch (op) {
        case "api-write":
          await write(userIndex);
          continue;
        case "api-list":
          response = await send(op, `${config.base}/api/v1/measurements?limit=20`, { headers: { cookie } });
          break;
        case "api-me":
          response = await send(op, `${config.base}/api/v1/me`, { headers: { cookie } });
          break;
        case "api-bmi":
          response = await send(op, `${config.base}/api/v1/bmi?heightCm=${160 + (index % 30)}&weightKg=70&age=35`);
          break;
        case "page-home":
          response = await send(op, `${config.base}/`);
          break;
        case "page-calculator":
          response = await send(op, `${config.base}/bmi`);
          break;
        case "page-routines":
          response = await send(op, `${config.base}/routines`);
          break;
        case "page-article":
          response = await send(op, `${config.base}${config.articlePath}`);
          break;
        case "page-dashboard":
          response = await send(op, `${config.base}/dashboard`, { headers: { cookie } });
          break;
      }
      // A failed request is followed by a short pause, as any client backs off.
      if (!response || response.status >= 500) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  await Promise.all(Array.from({ length: config.concurrency }, (_, index) => client(index)));
  result.endedAt = Date.now();
  for (const [op, values] of latencies) {
    const sorted = values.sort((a, b) => a - b);
    result.ops[op] = {
      count: values.length,
      statuses: statuses.get(op) ?? {},
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
    };
  }
  agent.destroy();
  fs.writeFileSync(resultPath, JSON.stringify(result));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
