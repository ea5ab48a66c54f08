// /api/v1/admin/articles route handlers, called as Next calls them, with real Auth.js session cookies.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-admin-articles-api-0123456789";
});
vi.mock("next/cache", async () => (await import("../support/next-request")).nextCacheModule());

import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/v1/admin/articles/[id]/route";
import { GET, POST } from "@/app/api/v1/admin/articles/route";
import { db } from "@/lib/db";
import { createTestUser } from "../support/factories";
import { request as nextRequest } from "../support/next-request";
import { sessionCookieFor } from "../support/session";

const BASE = "http://localhost/api/v1/admin/articles";

type Options = { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> };
function call(url: string, { method = "GET", cookie, body, headers = {} }: Options = {}): Request {
  const all: Record<string, string> = { ...(body !== undefined && { "content-type": "application/json" }), ...headers };
  if (cookie) all.cookie = cookie;
  return new Request(url, {
    method,
    headers: all,
    ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const api = {
  list: (query: string, cookie?: string) => GET(call(`${BASE}${query}`, { cookie })),
  create: (body: unknown, cookie?: string, headers?: Record<string, string>) =>
    POST(call(BASE, { method: "POST", cookie, body, headers })),
  get: (id: string, cookie?: string) => GET_ONE(call(`${BASE}/${id}`, { cookie }), context(id)),
  patch: (id: string, body: unknown, cookie?: string, headers?: Record<string, string>) =>
    PATCH(call(`${BASE}/${id}`, { method: "PATCH", cookie, body, headers }), context(id)),
  delete: (id: string, cookie?: string, headers?: Record<string, string>) =>
    DELETE(call(`${BASE}/${id}`, { method: "DELETE", cookie, headers }), context(id)),
};

let admin: string;
let otherAdmin: string;
let user: string;
let existingId: string;

beforeAll(async () => {
  const a = await createTestUser({ role: "ADMIN" });
  const b = await createTestUser({ role: "ADMIN" });
  const u = await createTestUser();
  admin = await sessionCookieFor(a.id);
  otherAdmin = await sessionCookieFor(b.id);
  user = await sessionCookieFor(u.id);
  await db().routine.create({
    data: {
      slug: "cat-camel-flow",
      name: "Cat-camel flow",
      goal: "g",
      summary: "s",
      kind: "mobility",
      intensity: "gentle",
      suitableFor: "anyone",
      tags: [],
      minutes: 5,
    },
  });
  const created = await (await api.create({ title: "Existing article", body: "Hello" }, admin)).json();
  existingId = created.id;
});

beforeEach(() => {
  nextRequest.revalidated.length = 0;
});

describe("who may call it", () => {
  it("answers 401 signed out and 403 to a signed-in non-admin, for every method, changing nothing", async () => {
    const before = await db().article.findUniqueOrThrow({ where: { id: existingId } });
    for (const [cookie, status, code] of [
      [undefined, 401, "unauthenticated"],
      [user, 403, "forbidden"],
    ] as const) {
      for (const response of [
        await api.list("", cookie),
        await api.create({ title: "Nope", body: "x" }, cookie),
        await api.get(existingId, cookie),
        await api.patch(existingId, { body: "hijacked", version: 1 }, cookie),
        await api.delete(existingId, cookie),
      ]) {
        expect(response.status).toBe(status);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
        expect(await response.json()).toEqual({ error: { code, message: expect.any(String), fields: {} } });
      }
    }
    expect(await db().article.findUniqueOrThrow({ where: { id: existingId } })).toEqual(before);
    expect(await db().article.count({ where: { title: "Nope" } })).toBe(0);
  });
});

describe("writing articles", () => {
  it("creates (201 + Location, id and version), reads, lists and revalidates the public pages", async () => {
    const response = await api.create(
      {
        title: "Brace before you lift",
        body: "## Why\n\nBecause.",
        tags: ["Core", "bracing"],
        status: "published",
        routineSlugs: ["cat-camel-flow"],
      },
      admin,
    );
    expect(response.status).toBe(201);
    const article = await response.json();
    expect(article).toMatchObject({
      id: expect.any(String),
      version: 1,
      slug: "brace-before-you-lift",
      status: "published",
      tags: ["bracing", "core"],
      routineSlugs: ["cat-camel-flow"],
    });
    expect(response.headers.get("location")).toBe(`/api/v1/admin/articles/${article.id}`);
    expect(nextRequest.revalidated).toContain("/articles/brace-before-you-lift");

    expect(await (await api.get(article.id, admin)).json()).toEqual(article);
    const listed = await (await api.list("?status=published&q=brace", admin)).json();
    expect(listed).toMatchObject({
      page: 1,
      pages: 1,
      total: 1,
      items: [{ id: article.id, version: 1, status: "published" }],
    });
    expect((await api.list("?status=nonsense", admin)).status).toBe(400);
  });

  it("needs the version on PATCH (400), and answers a stale one with 409 and the current article", async () => {
    const created = await (await api.create({ title: "Two editors", body: "Start" }, admin)).json();
    const missing = await api.patch(created.id, { body: "No version" }, admin);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({
      code: "invalid_input",
      fields: { version: expect.any(String) },
    });

    const first = await api.patch(created.id, { body: "First admin's text", version: 1 }, admin);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      id: created.id,
      version: 2,
      body: "First admin's text",
      title: "Two editors",
    });

    const second = await api.patch(created.id, { body: "Second admin's text", version: 1 }, otherAdmin);
    expect(second.status).toBe(409);
    const conflict = await second.json();
    expect(conflict).toMatchObject({
      error: { code: "version_conflict", fields: {} },
      currentVersion: 2,
      current: { id: created.id, version: 2, body: "First admin's text" },
    });
    expect((await db().article.findUniqueOrThrow({ where: { id: created.id } })).body).toBe("First admin's text");
    expect(await db().articleRevision.count({ where: { articleId: created.id } })).toBe(2);

    // Read again, send the version read: accepted.
    const retry = await api.patch(
      created.id,
      { body: "Second admin's text", version: conflict.currentVersion },
      otherAdmin,
    );
    expect(retry.status).toBe(200);
    expect((await retry.json()).version).toBe(3);
  });

  it("answers bad input with 400 field errors: unknown routines, past schedules, bad dates", async () => {
    const response = await api.create(
      {
        title: "Bad",
        body: "x",
        routineSlugs: ["cat-camel-flow", "no-such-routine"],
        status: "scheduled",
        publishAt: "2020-01-01T10:00:00Z",
      },
      admin,
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      code: "invalid_input",
      fields: { routineSlugs: "No routine with the slug no-such-routine", publishAt: "Choose a time in the future" },
    });
    const badDate = await api.create(
      { title: "Bad date", body: "x", status: "scheduled", publishAt: "next tuesday" },
      admin,
    );
    expect((await badDate.json()).error.fields).toEqual({ publishAt: expect.any(String) });
    expect(await db().article.count({ where: { title: { startsWith: "Bad" } } })).toBe(0);
  });

  it("moves an article to the trash on DELETE (200 with the trashed article), and refuses edits to it", async () => {
    const created = await (await api.create({ title: "Short-lived", body: "x", status: "published" }, admin)).json();
    const deleted = await api.delete(created.id, admin);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({
      id: created.id,
      version: 2,
      status: "trashed",
      trashedFrom: "published",
    });
    expect(nextRequest.revalidated).toContain("/articles/short-lived");
    const edit = await api.patch(created.id, { body: "y", version: 2 }, admin);
    expect(edit.status).toBe(409);
    expect((await edit.json()).error.code).toBe("article_trashed");
    expect((await api.get("no-such-id", admin)).status).toBe(404);
    expect((await api.patch("no-such-id", { body: "y", version: 1 }, admin)).status).toBe(404);
  });
});

describe("the shared write guard", () => {
  it("refuses cross-site writes (403) and non-JSON bodies (415), and caps the body size (413)", async () => {
    const cross = await api.create({ title: "From elsewhere", body: "x" }, admin, {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.code).toBe("cross_site");
    expect((await api.delete(existingId, admin, { "sec-fetch-site": "cross-site" })).status).toBe(403);

    const form = await POST(
      call(BASE, {
        method: "POST",
        cookie: admin,
        headers: { "content-type": "text/plain" },
        body: '{"title":"t","body":"b"}',
      }),
    );
    expect(form.status).toBe(415);

    const huge = await api.create({ title: "Huge", body: "x".repeat(600 * 1024) }, admin);
    expect(huge.status).toBe(413);
    // A long article (80,000 characters, beyond the API's usual 64 KB) is accepted.
    const long = await api.create({ title: "Long read", body: "word ".repeat(16_000) }, admin);
    expect(long.status).toBe(201);
    expect(await db().article.count({ where: { title: { in: ["From elsewhere", "Huge", "t"] } } })).toBe(0);
  });
});
