// Forgot password on real PostgreSQL, with mail going to a temporary outbox: the token's whole life
// (hashed at rest, single use, 30-minute expiry, wrong tokens), the same answer for unknown emails,
// the rate limit, and every session ending when the password is reset.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const outbox = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/steadyback-outbox-${process.pid}-${Math.random().toString(36).slice(2)}`;
  process.env.MAIL_OUTBOX_DIR = dir;
  process.env.SITE_URL = "https://steadyback.example/some/path";
  process.env.AUTH_SECRET = "test-secret-for-password-reset-0123456789";
  return dir;
});

const { RESET_TOKEN_TTL_MS, isResetTokenUsable, requestPasswordReset, resetPassword } =
  await import("@/lib/auth/password-reset.server");
const { PASSWORD_RESET_LIMITS } = await import("@/lib/auth/rate-limit.server");
const { sessionUser } = await import("@/lib/auth/sessions.server");
const { signUpSchema } = await import("@/lib/auth/schemas");
const { createUserWithPassword, verifyCredentials } = await import("@/lib/auth/users.server");
const { db } = await import("@/lib/db");
const { sessionFor } = await import("../support/session");
const { mailsTo, resetLinkIn } = await import("../support/outbox");

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a fresh reset passphrase";
const ORIGIN = "https://steadyback.example";
let counter = 0;

async function account(mustChangePassword = false): Promise<{ id: string; email: string }> {
  const email = `reset-${Date.now()}-${counter++}@example.com`;
  const { id } = await createUserWithPassword(signUpSchema.parse({ email, password: PASSWORD }));
  if (mustChangePassword) await db().user.update({ where: { id }, data: { mustChangePassword: true } });
  return { id, email };
}

/** Asks for a reset link from a fresh address (the per-address limit is tested on its own). */
async function ask(email: string, ip = `198.51.100.${++counter % 250}`) {
  return requestPasswordReset({ email, ip, origin: ORIGIN });
}

function tokenOf(email: string): string {
  const mails = mailsTo(outbox, email);
  return resetLinkIn(mails[mails.length - 1]!).searchParams.get("token")!;
}

beforeEach(async () => {
  await db().authAttempt.deleteMany();
});
afterAll(() => {
  fs.rmSync(outbox, { recursive: true, force: true });
});

describe("asking for a reset link", () => {
  it("mails a link on the configured origin (never the request's Host) that expires in 30 minutes", async () => {
    const { id, email } = await account();
    expect(await ask(email)).toEqual({ ok: true });
    const [mail] = mailsTo(outbox, email);
    expect(mail).toMatchObject({ to: email, subject: "Reset your SteadyBack password" });
    const link = resetLinkIn(mail!);
    expect(link.origin).toBe(ORIGIN);
    expect(link.pathname).toBe("/reset-password");
    expect(link.searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db().passwordResetToken.findFirstOrThrow({ where: { userId: id } });
    const minutes = (row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000;
    expect(minutes).toBe(RESET_TOKEN_TTL_MS / 60_000);
    expect(minutes).toBe(30);
  });

  it("stores only the SHA-256 of the token", async () => {
    const { id, email } = await account();
    await ask(email);
    const token = tokenOf(email);
    const rows = await db().passwordResetToken.findMany({ where: { userId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await db().passwordResetToken.findMany())).not.toContain(token);
  });

  it("answers an unknown email exactly like a known one, and sends nothing", async () => {
    const { email } = await account();
    const unknown = `nobody-${Date.now()}@example.com`;
    const tokensBefore = await db().passwordResetToken.count();
    expect(await ask(unknown)).toEqual(await ask(email));
    expect(mailsTo(outbox, unknown)).toHaveLength(0);
    expect(await db().passwordResetToken.count()).toBe(tokensBefore + 1);
  });

  it("is rate-limited per email, known or not, and a refused request sends nothing", async () => {
    for (const email of [(await account()).email, `ghost-${Date.now()}@example.com`]) {
      for (let request = 0; request < PASSWORD_RESET_LIMITS.email.attempts; request += 1)
        expect(await ask(email)).toEqual({ ok: true });
      const refused = await ask(email);
      expect(refused).toMatchObject({ ok: false, retryAt: expect.any(Date) });
    }
    const mailbombed = (await account()).email;
    for (let request = 0; request < 10; request += 1) await ask(mailbombed);
    expect(mailsTo(outbox, mailbombed)).toHaveLength(PASSWORD_RESET_LIMITS.email.attempts);
  });

  it("is rate-limited per address too", async () => {
    const results = [];
    for (let request = 0; request <= PASSWORD_RESET_LIMITS.ip.attempts; request += 1)
      results.push(await ask(`spray-${request}@example.com`, "203.0.113.90"));
    expect(results.filter((result) => result.ok)).toHaveLength(PASSWORD_RESET_LIMITS.ip.attempts);
    expect(results.at(-1)).toMatchObject({ ok: false });
  });
});

describe("using the link", () => {
  it("sets the new password and ends every session of the account", async () => {
    const { id, email } = await account();
    const laptop = await sessionFor(id);
    const phone = await sessionFor(id);
    await ask(email);
    const token = tokenOf(email);
    expect(await isResetTokenUsable(token)).toBe(true);

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true });

    expect(await sessionUser(id, laptop.sessionId)).toBeNull();
    expect(await sessionUser(id, phone.sessionId)).toBeNull();
    expect(await db().session.count({ where: { userId: id } })).toBe(0);
    expect(await verifyCredentials(email, PASSWORD)).toBeNull();
    expect(await verifyCredentials(email, NEW_PASSWORD)).toMatchObject({ id });
  });

  it("works once", async () => {
    const { email } = await account();
    await ask(email);
    const token = tokenOf(email);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true });
    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await resetPassword(token, "someone else's passphrase")).toEqual({ ok: false });
    expect(await verifyCredentials(email, NEW_PASSWORD)).not.toBeNull();
  });

  it("works once even when used twice at the same moment", async () => {
    const { email } = await account();
    await ask(email);
    const token = tokenOf(email);
    const results = await Promise.all([
      resetPassword(token, "first parallel passphrase"),
      resetPassword(token, "second parallel passphrase"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("expires after 30 minutes", async () => {
    const { id, email } = await account();
    await ask(email);
    const token = tokenOf(email);
    await db().passwordResetToken.updateMany({
      where: { userId: id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false });
    expect(await verifyCredentials(email, PASSWORD)).not.toBeNull();
  });

  it("refuses a wrong token, and a link asked for earlier once a newer one has been used", async () => {
    const { email } = await account();
    await ask(email);
    const first = tokenOf(email);
    await ask(email);
    const second = tokenOf(email);
    expect(second).not.toBe(first);
    const wrong = `${second.slice(0, -1)}${second.endsWith("A") ? "B" : "A"}`;
    expect(await resetPassword(wrong, NEW_PASSWORD)).toEqual({ ok: false });
    expect(await resetPassword(second, NEW_PASSWORD)).toEqual({ ok: true });
    expect(await resetPassword(first, "an older link's passphrase")).toEqual({ ok: false });
  });

  it("clears a pending one-time-password change and the account's sign-in failures", async () => {
    const { id, email } = await account(true);
    await db().authAttempt.createMany({
      data: Array.from({ length: 60 }, () => ({ action: "sign_in", key: `email:${email}` })),
    });
    await ask(email);
    expect(await resetPassword(tokenOf(email), NEW_PASSWORD)).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(false);
    expect(await db().authAttempt.count({ where: { action: "sign_in", key: `email:${email}` } })).toBe(0);
  });
});
