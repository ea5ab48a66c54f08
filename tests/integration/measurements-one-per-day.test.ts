// One entry per day (ADR 0011): the domain refuses a second entry for a day unless asked to replace
// it, the JSON API answers 409 duplicate_day (or replaces with ?replace=true), a deleted entry can
// be put back exactly (undo), and values a form sends back unchanged are stored unchanged.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-one-per-day-0123456789";
});

import { PATCH } from "@/app/api/v1/measurements/[id]/route";
import { POST } from "@/app/api/v1/measurements/route";
import { db } from "@/lib/db";
import {
  createMeasurement,
  deleteMeasurement,
  restoreMeasurement,
  updateMeasurement,
} from "@/lib/measurements/mutations.server";
import { createTestMeasurement, createTestUser } from "../support/factories";
import { sessionCookieFor } from "../support/session";

const BASE = "http://localhost/api/v1/measurements";
const rows = (userId: string) => db().measurement.findMany({ where: { userId }, orderBy: { measuredOn: "asc" } });

function send(method: string, url: string, cookie: string, body: unknown): Request {
  return new Request(url, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
}

describe("createMeasurement and updateMeasurement", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await createTestUser()).id;
  });

  it("refuses a second entry for a day and names the one there; replaces it only when asked", async () => {
    const first = await createMeasurement(userId, { measuredOn: "2024-05-01", weightKg: 80 });
    if (!first.ok) throw new Error("first entry refused");
    const second = await createMeasurement(userId, { measuredOn: "2024-05-01", weightKg: 79 });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.duplicate?.id).toBe(first.measurement.id);
    expect(second.fields.measuredOn).toBe("There is already a measurement on 1 May 2024");
    expect((await rows(userId)).map((row) => row.weightKg)).toEqual([80]);

    // A stale Replace button (it named another entry) replaces nothing.
    expect((await createMeasurement(userId, { measuredOn: "2024-05-01", weightKg: 79 }, "some-other-id")).ok).toBe(
      false,
    );
    const replaced = await createMeasurement(userId, { measuredOn: "2024-05-01", weightKg: 79 }, first.measurement.id);
    expect(replaced).toMatchObject({
      ok: true,
      measurement: { id: first.measurement.id, weightKg: 79 },
      replaced: { weightKg: 80 },
    });
    expect((await rows(userId)).map((row) => row.weightKg)).toEqual([79]);
  });

  it("moving an entry onto a taken day is refused, or replaces that day's entry when asked", async () => {
    const a = await createTestMeasurement(userId, { measuredOn: "2024-06-01", weightKg: 70 });
    const b = await createTestMeasurement(userId, { measuredOn: "2024-06-02", weightKg: 71 });
    const refused = await updateMeasurement(userId, b.id, { measuredOn: "2024-06-01" });
    expect(refused).toMatchObject({ ok: false, duplicate: { id: a.id } });
    const moved = await updateMeasurement(userId, b.id, { measuredOn: "2024-06-01" }, a.id);
    expect(moved).toMatchObject({
      ok: true,
      measurement: { id: b.id, measuredOn: "2024-06-01", weightKg: 71 },
      replaced: { id: a.id },
    });
    expect(await db().measurement.findUnique({ where: { id: a.id } })).toBeNull();
    // Editing an entry without changing its date is never a duplicate of itself.
    expect((await updateMeasurement(userId, b.id, { measuredOn: "2024-06-01", weightKg: 72 }))?.ok).toBe(true);
  });

  it("keeps values the form sent back unchanged: 168 cm shown as 5 ft 6.1 in stays 168", async () => {
    const result = await createMeasurement(userId, {
      measuredOn: "2024-07-01",
      units: "us",
      weightLb: "165",
      heightFt: "5",
      heightIn: "6.1",
      heightCmBefore: "168",
    });
    expect(result.ok && result.measurement.heightCm).toBe(168);
    const changed = await createMeasurement(userId, {
      measuredOn: "2024-07-02",
      units: "us",
      weightLb: "165",
      heightFt: "5",
      heightIn: "7",
      heightCmBefore: "168",
    });
    expect(changed.ok && changed.measurement.heightCm).toBeCloseTo(170.18, 10);
  });
});

describe("undo after a delete", () => {
  it("puts the entry back exactly (id, values, creation time), once, and never over a newer entry", async () => {
    const userId = (await createTestUser()).id;
    const row = await createTestMeasurement(userId, {
      measuredOn: "2024-08-01",
      weightKg: 66.6,
      waistCm: 81.2,
      createdAt: new Date("2024-08-01T06:30:00Z"),
    });
    const deleted = await deleteMeasurement(userId, row.id);
    expect(deleted).toEqual({
      id: row.id,
      measuredOn: "2024-08-01",
      weightKg: 66.6,
      heightCm: 170,
      waistCm: 81.2,
      createdAt: "2024-08-01T06:30:00.000Z",
    });
    if (!deleted) return;
    expect(await rows(userId)).toEqual([]);

    expect(await restoreMeasurement(userId, deleted)).toMatchObject({
      ok: true,
      measurement: { id: row.id, weightKg: 66.6 },
    });
    expect(await restoreMeasurement(userId, deleted)).toMatchObject({ ok: true });
    const [back] = await rows(userId);
    expect(back).toMatchObject({
      id: row.id,
      weightKg: 66.6,
      waistCm: 81.2,
      createdAt: new Date("2024-08-01T06:30:00Z"),
    });

    await deleteMeasurement(userId, row.id);
    const newer = await createTestMeasurement(userId, { measuredOn: "2024-08-01", weightKg: 67 });
    expect(await restoreMeasurement(userId, deleted)).toMatchObject({
      ok: false,
      reason: "day_taken",
      existing: { id: newer.id },
    });
    expect((await rows(userId)).map((r) => r.id)).toEqual([newer.id]);
  });
});

describe("JSON API", () => {
  let userId: string;
  let cookie: string;
  beforeAll(async () => {
    userId = (await createTestUser()).id;
    cookie = await sessionCookieFor(userId);
  });

  it(
    "POST for a taken day: 409 duplicate_day with the existing id; ?replace=true replaces it " + "(200, same id)",
    async () => {
      const created = await POST(send("POST", BASE, cookie, { measuredOn: "2024-09-01", weightKg: 90 }));
      expect(created.status).toBe(201);
      const { id } = await created.json();

      const duplicate = await POST(send("POST", BASE, cookie, { measuredOn: "2024-09-01", weightKg: 89 }));
      expect(duplicate.status).toBe(409);
      const { error } = await duplicate.json();
      expect(error).toMatchObject({
        code: "duplicate_day",
        existingId: id,
        fields: { measuredOn: expect.any(String) },
      });

      const replaced = await POST(
        send("POST", `${BASE}?replace=true`, cookie, { measuredOn: "2024-09-01", weightKg: 89 }),
      );
      expect(replaced.status).toBe(200);
      expect(replaced.headers.get("location")).toBe(`/api/v1/measurements/${id}`);
      expect(await replaced.json()).toMatchObject({ id, weightKg: 89 });
      expect((await rows(userId)).map((row) => row.weightKg)).toEqual([89]);
    },
  );

  it("PATCH onto a taken day: 409, or with ?replace=true the other entry goes", async () => {
    const a = await createTestMeasurement(userId, { measuredOn: "2024-09-10", weightKg: 88 });
    const b = await createTestMeasurement(userId, { measuredOn: "2024-09-11", weightKg: 87 });
    const context = { params: Promise.resolve({ id: b.id }) };
    const refused = await PATCH(send("PATCH", `${BASE}/${b.id}`, cookie, { measuredOn: "2024-09-10" }), context);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({ code: "duplicate_day", existingId: a.id });
    const moved = await PATCH(send("PATCH", `${BASE}/${b.id}?replace=true`, cookie, { measuredOn: "2024-09-10" }), {
      params: Promise.resolve({ id: b.id }),
    });
    expect(moved.status).toBe(200);
    expect(await db().measurement.findUnique({ where: { id: a.id } })).toBeNull();
  });
});
