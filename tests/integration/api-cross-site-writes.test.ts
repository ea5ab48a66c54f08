// Cookie-authenticated writes to the JSON API: a page on another site can make the browser send the
// session cookie with a form post or a "simple" fetch (text/plain, form encoding: no CORS preflight),
// so writes must be JSON and come from our own origin. Nothing may be stored from a refused request.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-cross-site-writes-0123456789";
});

import { DELETE, PATCH } from "@/app/api/v1/measurements/[id]/route";
import { POST } from "@/app/api/v1/measurements/route";
import { POST as BMI } from "@/app/api/v1/bmi/route";
import { db } from "@/lib/db";
import { createTestMeasurement, createTestUser } from "../support/factories";
import { sessionCookieFor } from "../support/session";

const ORIGIN = "http://localhost";
const BASE = `${ORIGIN}/api/v1/measurements`;
const ENTRY = JSON.stringify({ measuredOn: "2024-03-01", weightKg: 70 });

let user: { id: string; cookie: string; entryId: string };

beforeAll(async () => {
  const row = await createTestUser();
  user = {
    id: row.id,
    cookie: await sessionCookieFor(row.id),
    entryId: (await createTestMeasurement(row.id, { weightKg: 80 })).id,
  };
});

function send(method: string, url: string, headers: Record<string, string>, body?: string) {
  return new Request(url, {
    method,
    headers: { cookie: user.cookie, ...headers },
    ...(body !== undefined && { body }),
  });
}
const context = () => ({ params: Promise.resolve({ id: user.entryId }) });
const create = (headers: Record<string, string>, body = ENTRY) => POST(send("POST", BASE, headers, body));
const patch = (headers: Record<string, string>, body = JSON.stringify({ weightKg: 50 })) =>
  PATCH(send("PATCH", `${BASE}/${user.entryId}`, headers, body), context());
const remove = (headers: Record<string, string>, body?: string) =>
  DELETE(send("DELETE", `${BASE}/${user.entryId}`, headers, body), context());

async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String), fields: {} } });
}

async function snapshot() {
  return db().measurement.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
}

describe("cross-site writes", () => {
  it("refuses another site's Origin with 403 cross_site, whatever the content type", async () => {
    const before = await snapshot();
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json",
    ]) {
      const headers = { origin: "http://evil.example", "content-type": type };
      await expectRefused(await create(headers), 403, "cross_site");
      await expectRefused(await patch(headers), 403, "cross_site");
      await expectRefused(await remove({ origin: "http://evil.example" }), 403, "cross_site");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses look-alike origins: another port, another scheme, a subdomain, 'null', garbage", async () => {
    const before = await snapshot();
    for (const origin of [
      "http://localhost:8080",
      "https://localhost",
      "http://evil.localhost",
      "null",
      "not a url",
      "http://localhost.evil.example",
    ]) {
      await expectRefused(await create({ origin, "content-type": "application/json" }), 403, "cross_site");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses Sec-Fetch-Site cross-site and same-site, even without an Origin", async () => {
    const before = await snapshot();
    for (const site of ["cross-site", "same-site"]) {
      await expectRefused(
        await create({ "sec-fetch-site": site, "content-type": "application/json" }),
        403,
        "cross_site",
      );
      await expectRefused(await remove({ "sec-fetch-site": site }), 403, "cross_site");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("accepts our own origin and same-origin or direct (none) fetches", async () => {
    const json = { "content-type": "application/json; charset=utf-8" };
    // One entry per day (ADR 0011): each accepted write logs a day of its own.
    const day = (measuredOn: string) => JSON.stringify({ measuredOn, weightKg: 70 });
    expect((await create({ ...json, origin: ORIGIN, "sec-fetch-site": "same-origin" }, day("2024-03-02"))).status).toBe(
      201,
    );
    expect((await create({ ...json, "sec-fetch-site": "none" }, day("2024-03-03"))).status).toBe(201);
    expect((await create(json, day("2024-03-04"))).status).toBe(201); // curl and other programs send neither header
    expect((await patch({ ...json, origin: ORIGIN })).status).toBe(200);
  });
});

describe("writes that are not JSON", () => {
  it("refuses text/plain, form encodings and a missing type with 415 unsupported_media_type", async () => {
    const before = await snapshot();
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "text/json",
      undefined,
    ]) {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      await expectRefused(await create(headers), 415, "unsupported_media_type");
      await expectRefused(await patch(headers), 415, "unsupported_media_type");
    }
    await expectRefused(await create({ "content-type": "text/plain" }, "weightKg=70"), 415, "unsupported_media_type");
    await expectRefused(await remove({ "content-type": "text/plain" }, "x"), 415, "unsupported_media_type");
    expect(await snapshot()).toEqual(before);
  });

  it("lets a DELETE without a body through", async () => {
    const entry = await createTestMeasurement(user.id, { measuredOn: "2024-02-01" });
    const response = await DELETE(send("DELETE", `${BASE}/${entry.id}`, { origin: ORIGIN }), {
      params: Promise.resolve({ id: entry.id }),
    });
    expect(response.status).toBe(204);
  });
});

describe("the public calculator", () => {
  it("needs no cookie and stays open to simple cross-site posts (it stores nothing)", async () => {
    const body = JSON.stringify({ units: "metric", heightCm: 175, weightKg: 70, age: 35 });
    const response = await BMI(
      new Request("http://localhost/api/v1/bmi", {
        method: "POST",
        headers: { origin: "http://evil.example", "content-type": "text/plain" },
        body,
      }),
    );
    expect(response.status).toBe(200);
  });
});
