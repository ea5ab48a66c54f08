import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("list cursor", () => {
  const key = { measuredOn: "2024-02-29", createdAt: "2024-03-01T08:15:30.123Z", id: "clx0abc" };

  it("round-trips and is URL-safe", () => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it("refuses forged or damaged cursors instead of passing them to the database", () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const bad of [
      "",
      "%%%",
      encodeCursor(key).slice(0, -4),
      forge({ measuredOn: "2024-02-29" }),
      forge(["2024-02-30", key.createdAt, key.id]),
      forge([key.measuredOn, "2024-03-01", key.id]),
      forge([key.measuredOn, key.createdAt, ""]),
      forge([key.measuredOn, key.createdAt, 42]),
      "A".repeat(600),
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });

  it("refuses dates and ids that PostgreSQL would reject (year 0, beyond its timestamps, NUL)", () => {
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const parts of [
      ["0000-01-01", key.createdAt, key.id],
      [key.measuredOn, "0000-01-01T00:00:00.000Z", key.id],
      [key.measuredOn, "+275760-09-13T00:00:00.000Z", key.id],
      [key.measuredOn, "-000001-01-01T00:00:00.000Z", key.id],
      [key.measuredOn, key.createdAt, "clx\u0000abc"],
      [key.measuredOn, key.createdAt, "clx abc"],
      [key.measuredOn, key.createdAt, "x".repeat(65)],
    ]) {
      expect(decodeCursor(forge(parts)), JSON.stringify(parts)).toBeNull();
    }
  });
});
