// The shapes below are the ones measured against a real PostgreSQL being stopped, restarted and
// paused under @prisma/adapter-pg 7.10 (ADR 0013); tests/integration/database-unavailable.test.ts
// checks the real errors of a client whose server is gone.
import { describe, expect, it } from "vitest";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, withDatabaseErrors } from "./database-unavailable";

const prismaError = (code: string, cause?: object) =>
  Object.assign(new Error("Invalid `prisma.x()` invocation"), {
    code,
    ...(cause && { meta: { driverAdapterError: Object.assign(new Error("adapter"), { cause }) } }),
  });

describe("isDatabaseUnavailable", () => {
  it("recognises a server that is down, shutting down, starting up or unreachable", () => {
    expect(isDatabaseUnavailable(prismaError("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "ConnectionClosed" }))).toBe(true);
    expect(
      isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", originalCode: "57P01", code: "57P01" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", originalCode: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "57P01" }) })),
    ).toBe(true);
  });

  it("leaves query errors and bugs alone", () => {
    expect(isDatabaseUnavailable(prismaError("P2002"))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", originalCode: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("undefined is not a function"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("P1001")).toBe(false);
  });
});

describe("withDatabaseErrors", () => {
  it("answers 503 database_unavailable with Retry-After, not cached", async () => {
    const handler = withDatabaseErrors(async () => {
      throw prismaError("P1001");
    });
    const response = await handler();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "database_unavailable", message: expect.any(String), fields: {} },
    });
  });

  it("passes answers through and rethrows other errors", async () => {
    const ok = withDatabaseErrors(async (n: number) => Response.json({ n }));
    expect(await (await ok(2)).json()).toEqual({ n: 2 });
    const bug = withDatabaseErrors(async () => {
      throw new RangeError("bug");
    });
    await expect(bug()).rejects.toThrow("bug");
  });
});
