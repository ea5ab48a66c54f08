import { describe, expect, it } from "vitest";
import { databaseNotes, exitStatus } from "./shutdown";

describe("exitStatus", () => {
  it("passes on the app's own exit code, 0 included", () => {
    expect(exitStatus(0, null)).toBe(0);
    expect(exitStatus(1, null)).toBe(1);
    expect(exitStatus(3, null)).toBe(3);
  });

  it("is 128 + the signal's number when a signal ended the app, as shells report it", () => {
    expect(exitStatus(null, "SIGINT")).toBe(130);
    expect(exitStatus(null, "SIGKILL")).toBe(137);
    expect(exitStatus(null, "SIGTERM")).toBe(143);
    expect(exitStatus(null, "SIGSEGV")).toBe(139);
  });

  it("is never 0 for an app that did not exit by itself", () => {
    expect(exitStatus(null, null)).toBe(1);
  });
});

describe("databaseNotes", () => {
  it("says it stops the database only when it started it", () => {
    const started = databaseNotes({ embedded: true, owned: true });
    expect(started.onStart).toContain("Ctrl-C stops the app and its database");
    expect(started.onStop).toMatch(/^Stopping the embedded PostgreSQL/);
  });

  it("leaves an embedded server another process started running, and says so", () => {
    const found = databaseNotes({ embedded: true, owned: false });
    expect(found.onStart).toContain("leaves it running");
    expect(found.onStart).not.toContain("its database");
    expect(found.onStop).toBeNull();
  });

  it("says nothing about a DATABASE_URL server", () => {
    expect(databaseNotes({ embedded: false, owned: false })).toEqual({ onStart: "", onStop: null });
  });
});
