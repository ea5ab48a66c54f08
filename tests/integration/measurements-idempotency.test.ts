// POST /api/v1/measurements with an Idempotency-Key (ADR 0012): a retry never makes a second entry.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-measurements-idempotency-0123";
});

import { POST } from "@/app/api/v1/measurements/route";
import { db } from "@/lib/db";
import { IDEMPOTENCY_TTL_MS } from "@/lib/measurements/idempotency";
import { pruneExpiredKeys } from "@/lib/measurements/idempotency.server";
import { createTestUser } from "../support/factories";
import { sessionCookieFor } from "../support/session";

const URL = "http://localhost/api/v1/measurements";

function post(cookie: string, body: unknown, key?: string, query = ""): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", cookie };
  if (key !== undefined) headers["idempotency-key"] = key;
  return POST(
    new Request(URL + query, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }),
  );
}

type Person = { id: string; cookie: string };
async function person(): Promise<Person> {
  const user = await createTestUser();
  return { id: user.id, cookie: await sessionCookieFor(user.id) };
}
const entries = (userId: string) => db().measurement.count({ where: { userId } });

let alice: Person;
beforeAll(async () => {
  alice = await person();
});

describe("50 identical posts in parallel with one key", () => {
  it("make exactly one entry, and every client gets the same 201 answer", async () => {
    const body = { measuredOn: "2025-03-01", weightKg: 81.4, waistCm: 90 };
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => post(alice.cookie, body, "weigh-in-2025-03-01")),
    );
    const bodies = await Promise.all(responses.map((response) => response.json()));

    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
    const replayed = responses.filter((response) => response.headers.get("idempotent-replayed") === "true");
    expect(replayed).toHaveLength(49);
    expect(new Set(bodies.map((item) => JSON.stringify(item))).size).toBe(1);
    expect(new Set(responses.map((response) => response.headers.get("location"))).size).toBe(1);
    expect(bodies[0]).toMatchObject({
      measuredOn: "2025-03-01",
      weightKg: 81.4,
      waistCm: 90,
      heightCm: 170,
      bmi: 28.17,
    });

    expect(await entries(alice.id)).toBe(1);
    const saved = await db().measurement.findUniqueOrThrow({ where: { id: bodies[0].id } });
    expect(saved.createdAt.toISOString()).toBe(bodies[0].createdAt);
  });

  it("for a day that already has an entry are refused like a post without a key, and the key is not kept", async () => {
    const bob = await person();
    expect((await post(bob.cookie, { measuredOn: "2025-03-01", weightKg: 70 })).status).toBe(201);
    const withoutKey = await post(bob.cookie, { measuredOn: "2025-03-01", weightKg: 71 });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post(bob.cookie, { measuredOn: "2025-03-01", weightKg: 71 }, "late")),
    );
    expect(withoutKey.status).toBeGreaterThanOrEqual(400);
    const expected = await withoutKey.json();
    for (const response of responses) {
      expect(response.status).toBe(withoutKey.status);
      expect(await response.json()).toEqual(expected);
    }
    expect(await entries(bob.id)).toBe(1);
    expect(await db().idempotencyKey.count({ where: { userId: bob.id } })).toBe(0);
  });
});

describe("a key", () => {
  it("replayed later gives the stored answer even when the entry was changed since", async () => {
    const carol = await person();
    const first = await post(carol.cookie, { measuredOn: "2025-04-01", weightKg: 60 }, "k1");
    const created = await first.json();
    await db().measurement.update({ where: { id: created.id }, data: { weightKg: 61 } });
    const again = await post(carol.cookie, { weightKg: 60, measuredOn: "2025-04-01" }, "k1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("location")).toBe(`/api/v1/measurements/${created.id}`);
    expect(await again.json()).toEqual(created);
    expect(await entries(carol.id)).toBe(1);
  });

  it("reused with a different body is refused with 422 idempotency_key_reused, and nothing is written", async () => {
    const dan = await person();
    expect((await post(dan.cookie, { measuredOn: "2025-04-01", weightKg: 60 }, "same")).status).toBe(201);
    for (const other of [{ measuredOn: "2025-04-01", weightKg: 65 }, { weightKg: "not a number" }]) {
      const response = await post(dan.cookie, other, "same");
      expect(response.status).toBe(422);
      expect((await response.json()).error).toMatchObject({
        code: "idempotency_key_reused",
        fields: { "Idempotency-Key": expect.any(String) },
      });
    }
    expect(await entries(dan.id)).toBe(1);
  });

  it("belongs to one person: another person's identical key makes their own entry", async () => {
    const erin = await person();
    const frank = await person();
    const body = { measuredOn: "2025-05-01", weightKg: 70 };
    const [a, b] = await Promise.all([post(erin.cookie, body, "shared-key"), post(frank.cookie, body, "shared-key")]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.headers.get("idempotent-replayed")).toBeNull();
    expect(b.headers.get("idempotent-replayed")).toBeNull();
    expect([await entries(erin.id), await entries(frank.id)]).toEqual([1, 1]);
  });

  it("is not stored for a refused request, so the corrected retry with the same key goes through", async () => {
    const gina = await person();
    const bad = await post(gina.cookie, { measuredOn: "2025-05-01", weightKg: 9999 }, "fix-me");
    expect(bad.status).toBe(400);
    expect(await db().idempotencyKey.count({ where: { userId: gina.id } })).toBe(0);
    // A different body with the same key: allowed, since the first was never carried out.
    expect((await post(gina.cookie, { measuredOn: "2025-05-01", weightKg: 99 }, "fix-me")).status).toBe(201);
  });

  it("must be 1 to 255 printable ASCII characters (400 invalid_idempotency_key)", async () => {
    const hank = await person();
    for (const key of ["", "k".repeat(256), "caf\u00e9"]) {
      const response = await post(hank.cookie, { measuredOn: "2025-05-01", weightKg: 70 }, key);
      expect(response.status, JSON.stringify(key)).toBe(400);
      expect((await response.json()).error.code).toBe("invalid_idempotency_key");
    }
    expect(await entries(hank.id)).toBe(0);
  });

  it("expires after 24 hours: then it makes a new entry, and pruning removes expired keys", async () => {
    const ivy = await person();
    const body = { measuredOn: "2025-06-01", weightKg: 70 };
    const first = await (await post(ivy.cookie, body, "daily")).json();
    const old = new Date(Date.now() - IDEMPOTENCY_TTL_MS - 60_000);
    await db().idempotencyKey.update({
      where: { userId_key: { userId: ivy.id, key: "daily" } },
      data: { createdAt: old },
    });

    // Another body too: an expired key is free again, not compared with what it was used for.
    const second = await post(ivy.cookie, { ...body, measuredOn: "2025-06-02" }, "daily");
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect((await second.json()).id).not.toBe(first.id);
    expect(await entries(ivy.id)).toBe(2);

    await db().idempotencyKey.create({
      data: { userId: ivy.id, key: "stale", requestHash: "x", responseStatus: 201, responseBody: {}, createdAt: old },
    });
    expect(await pruneExpiredKeys()).toBeGreaterThanOrEqual(1);
    expect(await db().idempotencyKey.findMany({ where: { userId: ivy.id }, select: { key: true } })).toEqual([
      { key: "daily" },
    ]);
  });

  it("goes with the account when it is deleted", async () => {
    const jo = await person();
    await post(jo.cookie, { measuredOn: "2025-06-01", weightKg: 70 }, "bye");
    await db().user.delete({ where: { id: jo.id } });
    expect(await db().idempotencyKey.count({ where: { userId: jo.id } })).toBe(0);
  });
});

describe("a key with ?replace=true", () => {
  it("replaces the day's entry (200, same id), once: a retry replays the answer and writes nothing", async () => {
    const kim = await person();
    const original = await (await post(kim.cookie, { measuredOn: "2025-07-01", weightKg: 80 })).json();
    const body = { measuredOn: "2025-07-01", weightKg: 78.5, waistCm: 88 };

    const first = await post(kim.cookie, body, "redo-07-01", "?replace=true");
    expect(first.status).toBe(200);
    const replaced = await first.json();
    expect(replaced).toMatchObject({ id: original.id, measuredOn: "2025-07-01", weightKg: 78.5, waistCm: 88 });
    expect(await entries(kim.id)).toBe(1);

    // Changed by hand afterwards: a retry must not write again, only answer as the first time.
    await db().measurement.update({ where: { id: original.id }, data: { weightKg: 90 } });
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => post(kim.cookie, body, "redo-07-01", "?replace=true")),
    );
    for (const retry of retries) {
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(await retry.json()).toEqual(replaced);
    }
    expect(
      await db().measurement.findMany({ where: { userId: kim.id }, select: { id: true, weightKg: true } }),
    ).toEqual([{ id: original.id, weightKg: 90 }]);
  });

  it("on a free day creates the entry (201), and the same key without ?replace=true is another request", async () => {
    const lee = await person();
    const body = { measuredOn: "2025-07-02", weightKg: 70 };
    expect((await post(lee.cookie, body, "k1", "?replace=true")).status).toBe(201);
    expect((await post(lee.cookie, body, "k1")).status).toBe(422);
    expect(await entries(lee.id)).toBe(1);
  });

  it("without replace on a taken day is still a 409 duplicate_day, and keeps no key", async () => {
    const max = await person();
    await post(max.cookie, { measuredOn: "2025-07-03", weightKg: 70 });
    const refused = await post(max.cookie, { measuredOn: "2025-07-03", weightKg: 71 }, "k2");
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("duplicate_day");
    expect(await db().idempotencyKey.count({ where: { userId: max.id } })).toBe(0);
  });
});
