import { describe, expect, it } from "vitest";
import type { DeletedMeasurement } from "./types";
import { UNDO_WINDOW_MS, readUndoToken, signUndoToken } from "./undo-token";

const SECRET = "test-secret-0123456789abcdef";
const NOW = Date.UTC(2026, 10, 21, 12);
const entry: DeletedMeasurement = {
  id: "cm1",
  measuredOn: "2026-11-20",
  weightKg: 82.4,
  heightCm: 180,
  waistCm: null,
  createdAt: "2026-11-20T07:00:00.000Z",
};

describe("undo token", () => {
  it("gives the deleted entry back to the same user within the window", () => {
    const token = signUndoToken("u1", entry, SECRET, NOW);
    expect(readUndoToken(token, "u1", SECRET, NOW + UNDO_WINDOW_MS - 1)).toEqual(entry);
  });

  it("is refused after the window, for another user, or with another secret", () => {
    const token = signUndoToken("u1", entry, SECRET, NOW);
    expect(readUndoToken(token, "u1", SECRET, NOW + UNDO_WINDOW_MS)).toBeNull();
    expect(readUndoToken(token, "u2", SECRET, NOW)).toBeNull();
    expect(readUndoToken(token, "u1", "another-secret", NOW)).toBeNull();
  });

  it("is refused when any byte of it was changed", () => {
    const token = signUndoToken("u1", entry, SECRET, NOW);
    const [data, mac] = token.split(".") as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ v: 1, uid: "u1", exp: NOW + 1e9, entry: { ...entry, weightKg: 50 } }),
    ).toString("base64url");
    expect(readUndoToken(`${forged}.${mac}`, "u1", SECRET, NOW)).toBeNull();
    expect(readUndoToken(`${data}.${mac.slice(0, -2)}AA`, "u1", SECRET, NOW)).toBeNull();
    for (const junk of [undefined, "", "abc", "a.b.c", `${data}.`, 42])
      expect(readUndoToken(junk, "u1", SECRET, NOW)).toBeNull();
  });
});
