// Input that PostgreSQL itself would reject (NUL in text, year 0, dates past its range) must be
// answered as the client's mistake (400/404), never reach a query and come back as a 500.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-hostile-input-0123456789";
});

import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/v1/measurements/[id]/route";
import { GET } from "@/app/api/v1/measurements/route";
import { db } from "@/lib/db";
import { deleteMeasurement, updateMeasurement } from "@/lib/measurements/mutations.server";
import { getMeasurement, listMeasurements } from "@/lib/measurements/queries.server";
import { createTestMeasurement, createTestUser } from "../support/factories";
import { sessionCookieFor } from "../support/session";

const BASE = "http://localhost/api/v1/measurements";
const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
const HOSTILE_IDS = [
  "\u0000",
  "abc\u0000",
  "%00",
  "a".repeat(10_000),
  '\'; DROP TABLE "Measurement"; --',
  "\u202e",
  "../../etc/passwd",
];

let user: { id: string; cookie: string; entryId: string };

beforeAll(async () => {
  const row = await createTestUser();
  user = { id: row.id, cookie: await sessionCookieFor(row.id), entryId: (await createTestMeasurement(row.id)).id };
});

const headers = () => ({ cookie: user.cookie, "content-type": "application/json" });
const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe("measurement ids", () => {
  it("answers 404 for ids with NUL and other impossible shapes, on every method", async () => {
    for (const id of HOSTILE_IDS) {
      const url = `${BASE}/${encodeURIComponent(id)}`;
      const responses = [
        await GET_ONE(new Request(url, { headers: headers() }), context(id)),
        await PATCH(
          new Request(url, { method: "PATCH", headers: headers(), body: JSON.stringify({ weightKg: 70 }) }),
          context(id),
        ),
        await DELETE(new Request(url, { method: "DELETE", headers: headers() }), context(id)),
      ];
      for (const response of responses) {
        expect(response.status, JSON.stringify(id)).toBe(404);
        expect((await response.json()).error.code).toBe("not_found");
      }
    }
    expect(await db().measurement.count({ where: { userId: user.id } })).toBe(1);
  });

  it("is refused by the domain functions the server actions call, without a query error", async () => {
    for (const id of HOSTILE_IDS) {
      expect(await getMeasurement(user.id, id)).toBeNull();
      expect(await deleteMeasurement(user.id, id)).toBeFalsy(); // nothing deleted
      expect(await updateMeasurement(user.id, id, { weightKg: 70 })).toBeNull();
    }
    expect(await getMeasurement(user.id, user.entryId)).not.toBeNull();
  });
});

describe("list dates and cursors", () => {
  const list = (query: string) => GET(new Request(`${BASE}?${query}`, { headers: headers() }));

  it("answers year 0 in from/to with 400 and a field message", async () => {
    for (const [query, field] of [
      ["from=0000-01-01", "from"],
      ["to=0000-01-01", "to"],
      ["from=0000-02-29&to=2024-01-01", "from"],
    ] as const) {
      const response = await list(query);
      expect(response.status, query).toBe(400);
      expect(Object.keys((await response.json()).error.fields)).toEqual([field]);
    }
    expect((await list("from=0001-01-01&to=9999-12-31")).status).toBe(200);
  });

  it("answers forged cursors (year 0, past PostgreSQL's range, NUL ids) with 400", async () => {
    const createdAt = "2024-03-01T08:15:30.123Z";
    for (const parts of [
      ["0000-01-01", createdAt, "cabc"],
      ["2024-01-01", "+275760-09-13T00:00:00.000Z", "cabc"],
      ["2024-01-01", "0000-01-01T00:00:00.000Z", "cabc"],
      ["2024-01-01", createdAt, "c\u0000"],
    ]) {
      const response = await list(`cursor=${forge(parts)}`);
      expect(response.status, JSON.stringify(parts)).toBe(400);
      expect(Object.keys((await response.json()).error.fields)).toEqual(["cursor"]);
      await expect(listMeasurements(user.id, { cursor: forge(parts) })).rejects.toBeInstanceOf(RangeError);
    }
  });
});
