// /api/v1/measurements route handlers, called as Next calls them, with real Auth.js session cookies.
import { beforeAll, describe, expect, it, vi } from "vitest";

// lib/env caches on first use: the secret must be in place before anything reads the environment.
vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-measurements-api-0123456789";
});

import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/v1/measurements/[id]/route";
import { GET, POST } from "@/app/api/v1/measurements/route";
import { db } from "@/lib/db";
import { createTestMeasurement, createTestUser } from "../support/factories";
import { sessionCookieFor } from "../support/session";

const BASE = "http://localhost/api/v1/measurements";

type Options = { method?: string; cookie?: string; body?: unknown };
function request(url: string, { method = "GET", cookie, body }: Options = {}): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  return new Request(url, {
    method,
    headers,
    ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const one = {
  get: (id: string, cookie?: string) => GET_ONE(request(`${BASE}/${id}`, { cookie }), context(id)),
  patch: (id: string, body: unknown, cookie?: string) =>
    PATCH(request(`${BASE}/${id}`, { method: "PATCH", cookie, body }), context(id)),
  delete: (id: string, cookie?: string) => DELETE(request(`${BASE}/${id}`, { method: "DELETE", cookie }), context(id)),
};
const list = (query: string, cookie?: string) => GET(request(`${BASE}${query}`, { cookie }));
const create = (body: unknown, cookie?: string) => POST(request(BASE, { method: "POST", cookie, body }));

function expectNoStore(response: Response) {
  expect(response.headers.get("cache-control")).toBe("private, no-store");
}

let a: { id: string; cookie: string };
let b: { id: string; cookie: string; entryIds: string[] };

beforeAll(async () => {
  const userA = await createTestUser();
  const userB = await createTestUser();
  a = { id: userA.id, cookie: await sessionCookieFor(userA.id) };
  const entries = [
    await createTestMeasurement(userB.id, { measuredOn: "2024-01-10", weightKg: 90, waistCm: 100 }),
    await createTestMeasurement(userB.id, { measuredOn: "2024-01-11", weightKg: 91 }),
  ];
  b = { id: userB.id, cookie: await sessionCookieFor(userB.id), entryIds: entries.map((entry) => entry.id) };
});

describe("signed out", () => {
  it("answers 401 unauthenticated to every method, with a bad cookie too", async () => {
    const id = b.entryIds[0]!;
    const forged = "authjs.session-token=not-a-real-token";
    for (const cookie of [undefined, forged]) {
      for (const response of [
        await list("", cookie),
        await create({ weightKg: 70 }, cookie),
        await one.get(id, cookie),
        await one.patch(id, { weightKg: 1 }, cookie),
        await one.delete(id, cookie),
      ]) {
        expect(response.status).toBe(401);
        expectNoStore(response);
        expect(await response.json()).toEqual({
          error: { code: "unauthenticated", message: expect.any(String), fields: {} },
        });
      }
    }
    expect(await db().measurement.count({ where: { userId: b.id } })).toBe(2);
  });

  it("treats a cookie for a deleted account as signed out", async () => {
    const gone = await createTestUser();
    const cookie = await sessionCookieFor(gone.id);
    await db().user.delete({ where: { id: gone.id } });
    expect((await list("", cookie)).status).toBe(401);
  });
});

describe("another person's entries", () => {
  it("answer 404 exactly like a missing id, and stay unchanged", async () => {
    const before = await db().measurement.findMany({ where: { userId: b.id }, orderBy: { id: "asc" } });
    const missing = await one.get("no-such-id", a.cookie);
    const missingBody = await missing.json();
    expect(missing.status).toBe(404);
    expect(missingBody.error.code).toBe("not_found");

    for (const id of b.entryIds) {
      for (const response of [
        await one.get(id, a.cookie),
        await one.patch(id, { weightKg: 50, waistCm: null }, a.cookie),
        await one.delete(id, a.cookie),
      ]) {
        expect(response.status).toBe(404);
        expectNoStore(response);
        expect(await response.json()).toEqual(missingBody);
      }
    }
    const listed = await (await list("?limit=500", a.cookie)).json();
    expect(listed.items.map((item: { id: string }) => item.id)).not.toContain(b.entryIds[0]);
    expect(await db().measurement.findMany({ where: { userId: b.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("are B's to read (the 404s above were about ownership)", async () => {
    const response = await one.get(b.entryIds[0]!, b.cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: b.entryIds[0], weightKg: 90, waistCm: 100 });
  });
});

describe("the signed-in person's own log", () => {
  it("creates (201 + Location), reads, edits and deletes an entry", async () => {
    const created = await create(
      { measuredOn: "2024-04-01", units: "us", weightLb: 150, heightFt: 5, heightIn: 7 },
      a.cookie,
    );
    expect(created.status).toBe(201);
    expectNoStore(created);
    const view = await created.json();
    expect(view).toMatchObject({ measuredOn: "2024-04-01", group: "adult", waistCm: null, percentile: null });
    expect(view.weightKg).toBeCloseTo(68.0388555, 6);
    expect(created.headers.get("location")).toBe(`/api/v1/measurements/${view.id}`);
    // 150 lb at 5 ft 7 in is BMI 23.4934…: returned to 2 decimals, as the calculator shows it.
    expect(view.bmi).toBe(23.49);
    expect((await db().measurement.findUniqueOrThrow({ where: { id: view.id } })).userId).toBe(a.id);

    const read = await one.get(view.id, a.cookie);
    expect(read.status).toBe(200);
    expectNoStore(read);
    expect(await read.json()).toEqual(view);

    const patched = await one.patch(view.id, { weightKg: "66.5", waistCm: 80 }, a.cookie);
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ id: view.id, weightKg: 66.5, waistCm: 80, measuredOn: "2024-04-01" });

    const deleted = await one.delete(view.id, a.cookie);
    expect(deleted.status).toBe(204);
    expectNoStore(deleted);
    expect(await deleted.text()).toBe("");
    expect((await one.get(view.id, a.cookie)).status).toBe(404);
  });

  it("answers bad input with 400 invalid_input and field errors, saving nothing", async () => {
    const count = await db().measurement.count({ where: { userId: a.id } });
    const response = await create({ measuredOn: "2999-01-01", weightKg: 700, waistCm: "wide" }, a.cookie);
    expect(response.status).toBe(400);
    expectNoStore(response);
    expect(await response.json()).toEqual({
      error: {
        code: "invalid_input",
        message: expect.any(String),
        fields: {
          measuredOn: "Date can't be in the future",
          weightKg: "Weight must be between 2 and 650 kg",
          waistCm: "Enter a number",
        },
      },
    });
    const own = await createTestMeasurement(a.id);
    const patched = await one.patch(own.id, { weightKg: null }, a.cookie);
    expect(patched.status).toBe(400);
    expect((await patched.json()).error.fields).toEqual({ weightKg: "Weight is required" });
    expect(await db().measurement.count({ where: { userId: a.id } })).toBe(count + 1);
  });

  it("answers malformed JSON with 400 invalid_json, never a 500", async () => {
    for (const body of ["{oops", "[1]", "", "null"]) {
      const response = await create(body, a.cookie);
      expect(response.status).toBe(400);
      expectNoStore(response);
      expect((await response.json()).error.code).toBe("invalid_json");
    }
    const patched = await one.patch(b.entryIds[0]!, "{oops", a.cookie);
    expect(patched.status).toBe(400);
  });

  it("lists with a cursor, each row once, and validates the query", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    for (let day = 1; day <= 9; day += 1)
      await createTestMeasurement(user.id, { measuredOn: `2024-02-0${day}`, weightKg: 70 + day });
    const ids: string[] = [];
    let url = "?limit=4";
    for (;;) {
      const response = await list(url, cookie);
      expect(response.status).toBe(200);
      expectNoStore(response);
      const page = await response.json();
      ids.push(...page.items.map((item: { id: string }) => item.id));
      if (!page.nextCursor) break;
      url = `?limit=4&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);

    const bad = await list("?limit=0&from=2024-02-10&to=2024-02-01&cursor=zzz", cookie);
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["cursor", "limit", "to"]);
  });
});
