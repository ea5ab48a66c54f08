import { describe, expect, it } from "vitest";
import { canonicalJson, parseIdempotencyKey, requestFingerprint } from "./idempotency";

const headers = (key?: string) => new Headers(key === undefined ? {} : { "Idempotency-Key": key });

describe("parseIdempotencyKey", () => {
  it("is absent without the header", () => {
    expect(parseIdempotencyKey(headers())).toEqual({ kind: "absent" });
  });

  it("takes 1 to 255 printable ASCII characters, spaces and punctuation included", () => {
    expect(parseIdempotencyKey(headers("a"))).toEqual({ kind: "valid", key: "a" });
    expect(parseIdempotencyKey(headers("4f8a2c1e-7b3d-4e9a-9c0b-2d6e8f1a3b5c"))).toEqual({
      kind: "valid",
      key: "4f8a2c1e-7b3d-4e9a-9c0b-2d6e8f1a3b5c",
    });
    expect(parseIdempotencyKey(headers("retry #2: weigh-in ~ok!"))).toMatchObject({ kind: "valid" });
    expect(parseIdempotencyKey(headers("k".repeat(255)))).toMatchObject({ kind: "valid" });
  });

  it("refuses an empty, blank, too long or non-ASCII key", () => {
    // Headers hold Latin-1 at most, so "é" is the kind of non-ASCII a client can actually send.
    for (const key of ["", "   ", "k".repeat(256), "cl\u00e9", "tab\there"]) {
      expect(parseIdempotencyKey(headers(key)), JSON.stringify(key)).toMatchObject({
        kind: "invalid",
        message: expect.stringContaining("printable ASCII"),
      });
    }
  });
});

describe("requestFingerprint", () => {
  it("is the same for the same fields in another order", () => {
    const a = requestFingerprint("POST /x", { weightKg: 80, measuredOn: "2026-01-02", units: "metric" });
    const b = requestFingerprint("POST /x", { units: "metric", measuredOn: "2026-01-02", weightKg: 80 });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it("differs for another value, another endpoint, or a number sent as text", () => {
    const base = requestFingerprint("POST /x", { weightKg: 80 });
    expect(requestFingerprint("POST /x", { weightKg: 80.1 })).not.toBe(base);
    expect(requestFingerprint("POST /y", { weightKg: 80 })).not.toBe(base);
    expect(requestFingerprint("POST /x", { weightKg: "80" })).not.toBe(base);
  });

  it("canonicalises nested objects and arrays, dropping undefined like JSON does", () => {
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: "x", u: undefined })).toBe(
      '{"a":"x","b":[2,{"c":null,"d":1}]}',
    );
  });
});
