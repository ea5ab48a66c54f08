import { describe, expect, it } from "vitest";
import { clockTime, conflictMessage, conflictState } from "./editor-state";

describe("the save-conflict message", () => {
  it("names the time (in a zone), the version and who saved", () => {
    const savedAt = "2026-11-22T14:05:59Z";
    expect(clockTime(savedAt, "UTC")).toBe("14:05");
    expect(clockTime(savedAt, "America/New_York")).toBe("09:05");
    expect(conflictMessage({ version: 7, savedAt, savedBy: "bob@example.com" }, "09:05")).toBe(
      "Someone else saved this article at 09:05 (version 7). Your text is kept below; copy what you need, " +
        "then reload. The latest save is by bob@example.com.",
    );
  });

  it("is an error state in UTC for pages rendered on the server", () => {
    const state = conflictState({ version: 3, updatedAt: new Date("2026-11-22T08:30:00Z"), lastSavedBy: null });
    expect(state).toMatchObject({
      status: "error",
      conflict: { version: 3, savedAt: "2026-11-22T08:30:00.000Z", savedBy: null },
    });
    expect(state.message).toBe(
      "Someone else saved this article at 08:30 UTC (version 3). Your text is kept below; copy what you " +
        "need, then reload.",
    );
  });
});
