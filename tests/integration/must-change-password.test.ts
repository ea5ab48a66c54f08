// The one-time password that `npm run admin:create` prints must be replaced at first sign-in: until
// then the JSON API answers 403 password_change_required (pages redirect to /change-password, checked
// end to end in tests/e2e/must-change-password.spec.ts).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-must-change-password-0123";
});

const { GET: listMeasurements } = await import("@/app/api/v1/measurements/route");
const { GET: exportData } = await import("@/app/api/v1/account/export/route");
const { changePassword } = await import("@/lib/auth/password-change.server");
const { requireApiAdmin } = await import("@/lib/auth/session.server");
const { verifyCredentials } = await import("@/lib/auth/users.server");
const { db } = await import("@/lib/db");
const { sessionFor } = await import("../support/session");

const run = promisify(execFile);
const ORIGIN = "http://localhost:3000";
const email = `first-admin-${Date.now()}@example.com`;
let oneTimePassword: string;
let userId: string;

beforeAll(async () => {
  // The real script, against this test file's database.
  const { stdout } = await run("npm", ["run", "--silent", "admin:create", "--", email], {
    env: { ...process.env },
    timeout: 60_000,
  });
  oneTimePassword = /one-time password: (\S+)/.exec(stdout)?.[1] ?? "";
  expect(oneTimePassword).not.toBe("");
  userId = (await db().user.findUniqueOrThrow({ where: { email } })).id;
}, 90_000);

describe("npm run admin:create", () => {
  it("creates an admin whose printed one-time password works once and must be changed", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("ADMIN");
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyCredentials(email, oneTimePassword)).toMatchObject({ id: user.id });
  });
});

describe("until the password is changed", () => {
  it("the JSON API answers 403 password_change_required, and 200 afterwards", async () => {
    const { cookie, sessionId } = await sessionFor(userId);
    const list = () => listMeasurements(new Request(`${ORIGIN}/api/v1/measurements`, { headers: { cookie } }));
    const download = () =>
      exportData(new Request(`${ORIGIN}/api/v1/account/export?format=json`, { headers: { cookie } }));
    const admin = () => requireApiAdmin(new Request(`${ORIGIN}/api/v1/admin/articles`, { headers: { cookie } }));

    for (const response of [await list(), await download()]) {
      expect(response.status).toBe(403);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await response.json()).toEqual({
        error: { code: "password_change_required", message: expect.stringContaining("/change-password"), fields: {} },
      });
    }
    expect(await admin()).toBe("password_change_required");

    expect(
      await changePassword({
        userId,
        sessionId,
        currentPassword: oneTimePassword,
        newPassword: "the admin's own passphrase",
        ip: "203.0.113.80",
      }),
    ).toEqual({ ok: true });

    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).mustChangePassword).toBe(false);
    expect((await list()).status).toBe(200);
    expect((await download()).status).toBe(200);
    expect(await admin()).toMatchObject({ id: userId, role: "ADMIN" });
    expect(await verifyCredentials(email, oneTimePassword)).toBeNull();
  });
});
