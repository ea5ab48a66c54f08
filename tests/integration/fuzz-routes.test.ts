// Fuzzes every route handler under app/api (found on disk, so a new route is fuzzed or this file
// fails) with hostile requests: NUL and control characters, huge and non-finite numbers, impossible
// dates, prototype keys, arrays for scalars, malformed and oversized bodies, wrong content types,
// other origins; anonymous, with a forged cookie, and signed in. Real PostgreSQL, no mocks.
// Every answer must be below 500, nothing may throw, and a refused request (4xx) must store nothing.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-the-route-fuzzer-0123456789";
});
// Next's cache invalidation needs the request store that only a running Next server sets up; here
// the handlers run bare, so it does nothing (the database is real; only the page cache is absent).
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));

import { db } from "@/lib/db";
import { createTestMeasurement, createTestUser } from "../support/factories";
import { type Caller, known, ROUTE_FUZZ } from "../support/fuzz-routes";
import { assertFuzz, HOSTILE_STRINGS, hostileBody, hostileQuery, hostileWriteHeaders } from "../support/hostile";
import { rowCounts } from "../support/row-counts";
import { sessionCookieFor } from "../support/session";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const RUNS = 100;

/** Every route module, as a path from the project root ("app/api/v1/bmi/route.ts"). */
function discoverRoutes(): string[] {
  return (fs.readdirSync(path.join(ROOT, "app/api"), { recursive: true }) as string[])
    .filter((file) => /(^|[/\\])route\.(ts|tsx|js)$/.test(file))
    .map((file) => `app/api/${file.split(path.sep).join("/")}`)
    .sort();
}

type Method = (typeof METHODS)[number];
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type FuzzRequest = {
  method: Method;
  caller: Caller | "anonymous" | "forged";
  params: Record<string, string | string[]>;
  query: string;
  body: string;
  headers: Record<string, string>;
};

const cookies: Record<Caller | "forged", string> = {
  user: "",
  admin: "",
  forged: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged",
};

beforeAll(async () => {
  const user = await createTestUser();
  const admin = await createTestUser({ role: "ADMIN" });
  cookies.user = await sessionCookieFor(user.id);
  cookies.admin = await sessionCookieFor(admin.id);
  known.measurementId = (await createTestMeasurement(user.id)).id;
  const article = await db().article.create({
    data: { slug: `fuzz-${Date.now()}`, title: "Fuzz", body: "Body", status: "published", publishedAt: new Date() },
  });
  known.articleId = article.id;
});

describe("route fuzzing", () => {
  const routes = discoverRoutes();

  it("has a fuzz entry for every route module (add new routes to tests/support/fuzz-routes.ts)", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(
      routes.filter((route) => !ROUTE_FUZZ[route]),
      "routes without a fuzz entry",
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_FUZZ).filter((route) => !routes.includes(route)),
      "fuzz entries for routes that no longer exist",
    ).toEqual([]);
  });

  for (const route of routes) {
    it(`${route}: no 5xx, no throw, nothing stored when refused`, { timeout: 240_000 }, async () => {
      const entry = ROUTE_FUZZ[route];
      if (!entry) return; // reported by the test above
      const handlers = (await import(/* @vite-ignore */ path.join(ROOT, route))) as Partial<Record<Method, Handler>>;
      const methods = METHODS.filter((method) => typeof handlers[method] === "function");
      expect(methods.length, `${route} exports no HTTP method`).toBeGreaterThan(0);

      async function check(input: FuzzRequest) {
        const headers: Record<string, string> = { ...input.headers };
        if (input.caller !== "anonymous") headers.cookie = cookies[input.caller];
        const hasBody = !["GET", "HEAD", "OPTIONS"].includes(input.method);
        const url = `http://localhost${entry!.path(input.params)}${input.query}`;
        const label = `${input.method} ${url.slice(0, 200)}`;
        const before = await rowCounts();
        let response: Response;
        try {
          const request = new Request(url, { method: input.method, headers, ...(hasBody && { body: input.body }) });
          response = await handlers[input.method]!(request, { params: Promise.resolve(input.params) });
        } catch (error) {
          throw new Error(`${label} threw: ${error instanceof Error ? error.message : String(error)}`);
        }
        await response.arrayBuffer();
        expect(response.status, label).toBeLessThan(500);
        if (response.status >= 400) expect(await rowCounts(), `${label} was refused but stored`).toEqual(before);
      }

      // First a fixed sweep, so the classic cases are tried on every run: each hostile string in
      // each dynamic segment, with every method, as each signed-in caller. Then random requests.
      for (const name of Object.keys(entry.params ?? {})) {
        for (const value of HOSTILE_STRINGS) {
          for (const method of methods) {
            for (const caller of entry.callers.length ? entry.callers : (["anonymous"] as const)) {
              const params = { [name]: name === "nextauth" ? [value] : value };
              await check({
                method,
                caller,
                params,
                query: "",
                body: "{}",
                headers: { "content-type": "application/json" },
              });
            }
          }
        }
      }
      const request: fc.Arbitrary<FuzzRequest> = fc.record({
        method: fc.constantFrom(...methods),
        caller: fc.constantFrom<FuzzRequest["caller"]>("anonymous", "forged", ...entry.callers),
        params: fc.record(entry.params ?? {}),
        query: hostileQuery(entry.query ?? []),
        body: hostileBody(entry.fields ?? ["value"]),
        headers: hostileWriteHeaders,
      });
      await assertFuzz(fc.asyncProperty(request, check), RUNS);
    });
  }
});
