// The rows of `npm run bench`, their floors and targets, and how a row's three runs become one line.
import { spawn } from "node:child_process";
import path from "node:path";

/**
 * static: a bare prerendered page; on-demand: the same page rendered per request; handler: a bare route handler run per
 * request, the like-for-like floor of the JSON APIs (ADR 0031).
 */
export type Floor = "static" | "on-demand" | "handler";
export type Row = {
  name: string;
  path: string;
  method?: "GET" | "POST";
  body?: unknown;
  /** Which signed-in user the row runs as. */
  as?: "heavy" | "writer";
  /** Each request logs a measurement on a day of its own. */
  uniqueDays?: boolean;
  /** The floor it is compared with, and the share of the floor's throughput it should reach. */
  floor: Floor;
  target: number;
};

/**
 * Pages the same for every visitor: 70 % of a bare static page. Per-request pages: 80 % of a bare on-demand page. JSON
 * APIs: 80 % of a bare on-demand route handler (stricter than a page: a handler renders nothing).
 */
export const STATIC_TARGET = 0.7;
export const ON_DEMAND_TARGET = 0.8;

export function benchRows(articleSlug: string | null): Row[] {
  const staticPage = (name: string, pagePath: string): Row => ({
    name,
    path: pagePath,
    floor: "static",
    target: STATIC_TARGET,
  });
  const perRequest = (name: string, pagePath: string, extra: Partial<Row> = {}): Row => ({
    name,
    path: pagePath,
    floor: "on-demand",
    target: ON_DEMAND_TARGET,
    ...extra,
  });
  return [
    staticPage("home", "/"),
    staticPage("calculator (empty)", "/bmi"),
    perRequest("calculator (with a result)", "/bmi?units=metric&heightCm=175&weightKg=70&age=35"),
    perRequest("BMI API", "/api/v1/bmi?heightCm=175&weightKg=70&age=35", { floor: "handler" }),
    staticPage("article page", articleSlug ? `/articles/${articleSlug}` : "/articles/none"),
    staticPage("articles list", "/articles"),
    staticPage("tags", "/tags"),
    perRequest("search", "/search?q=back+pain"),
    staticPage("routines catalogue", "/routines"),
    staticPage("sign-in", "/sign-in"),
    staticPage("sign-up", "/sign-up"),
    perRequest("recommendations API (POST)", "/api/v1/recommendations", {
      method: "POST",
      floor: "handler",
      body: { age: 34, heightCm: 180, weightKg: 82, painNow: 2, afterLifting: true, redFlags: [], conditions: [] },
    }),
    perRequest("dashboard (2,000 measurements)", "/dashboard", { as: "heavy" }),
    perRequest("logging a measurement (POST)", "/api/v1/measurements", {
      method: "POST",
      floor: "handler",
      as: "writer",
      uniqueDays: true,
    }),
  ];
}

export type Run = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  statusCodeStats: Record<string, { count: number }>;
  daysUsed: number;
};

const WORKER = path.join(import.meta.dirname, "autocannon-worker.mjs");

/** One autocannon run in its own process. */
export function autocannon(input: {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  uniqueDays?: { firstDayBack: number };
}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, JSON.stringify(input)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as Run) : reject(new Error(`autocannon worker exited with ${code}`)),
    );
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type Line = { rps: number; p50: number; p99: number; errors: number; runs: number };

export function summarise(runs: Run[]): Line {
  return {
    rps: Math.round(median(runs.map((run) => run.requestsPerSecond))),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    runs: runs.length,
  };
}
