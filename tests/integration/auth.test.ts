// Accounts on real PostgreSQL: credentials, roles, rate limits and account deletion.
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-factory";

process.env.ADMIN_EMAILS = "boss@example.com, Second@Example.com";

const { deleteAccount } = await import("@/lib/account/mutations.server");
const { changeRole } = await import("@/lib/admin/roles.server");
const {
  KNOWN_ADDRESS_MS,
  SIGN_UP_LIMITS,
  formatRetry,
  pruneAttempts,
  recordAttempt,
  retryAfter,
  signInRules,
  signUpRules,
} = await import("@/lib/auth/rate-limit.server");
const { signUpSchema } = await import("@/lib/auth/schemas");
const { EmailTakenError, createUserWithPassword, promoteListedAdmin, verifyCredentials } =
  await import("@/lib/auth/users.server");
const { db } = await import("@/lib/db");

const password = "correct horse battery";

describe("sign-up and credentials", () => {
  it("stores an argon2id hash, never the password, and normalises the email", async () => {
    const input = signUpSchema.parse({ email: "  Lifter@Example.COM ", password, name: "Lifter" });
    const { id } = await createUserWithPassword(input);
    const stored = await db().user.findUniqueOrThrow({ where: { id } });
    expect(stored.email).toBe("lifter@example.com");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(password);
  });

  it("refuses passwords shorter than 10 characters", () => {
    const result = signUpSchema.safeParse({ email: "a@example.com", password: "123456789" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["password"]);
  });

  it("verifies the right password and gives the same null for a wrong password and an unknown email", async () => {
    await createUserWithPassword(signUpSchema.parse({ email: "verify@example.com", password }));
    expect(await verifyCredentials("verify@example.com", password)).toMatchObject({
      email: "verify@example.com",
      role: "USER",
    });
    expect(await verifyCredentials("verify@example.com", "wrong password!")).toBeNull();
    expect(await verifyCredentials("nobody@example.com", password)).toBeNull();
  });

  it("refuses a second account with the same email", async () => {
    await createUserWithPassword(signUpSchema.parse({ email: "twice@example.com", password }));
    await expect(
      createUserWithPassword(signUpSchema.parse({ email: "TWICE@example.com", password })),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });
});

describe("roles", () => {
  it("makes ADMIN_EMAILS admins at sign-up and at sign-in", async () => {
    const boss = await createUserWithPassword(signUpSchema.parse({ email: "boss@example.com", password }));
    expect((await db().user.findUniqueOrThrow({ where: { id: boss.id } })).role).toBe("ADMIN");
    const later = await db().user.create({ data: { email: "second@example.com" } });
    await promoteListedAdmin(later.id, later.email);
    expect((await db().user.findUniqueOrThrow({ where: { id: later.id } })).role).toBe("ADMIN");
    const plain = await db().user.create({ data: { email: "plain@example.com" } });
    await promoteListedAdmin(plain.id, plain.email);
    expect((await db().user.findUniqueOrThrow({ where: { id: plain.id } })).role).toBe("USER");
  });

  it("never removes the last admin", async () => {
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { role: "USER" } });
    const only = await db().user.create({ data: { email: "only-admin@example.com", role: "ADMIN" } });
    const actor = { id: only.id, email: only.email };
    expect(await changeRole(actor, { userId: only.id, role: "USER" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at least one admin/),
    });
    const other = await db().user.create({ data: { email: "other-admin@example.com" } });
    expect(await changeRole(actor, { userId: other.id, role: "ADMIN" })).toEqual({ ok: true });
    expect(await changeRole(actor, { userId: only.id, role: "USER" })).toEqual({ ok: true });
  });
});

describe("rate limits", () => {
  beforeAll(async () => {
    await db().authAttempt.deleteMany();
  });

  it("blocks the 6th sign-up from an address within 15 minutes and says when to retry", async () => {
    const rules = signUpRules("limited@example.com", "203.0.113.7");
    const now = new Date();
    for (let attempt = 0; attempt < SIGN_UP_LIMITS.ip.attempts - 1; attempt += 1) await recordAttempt("sign_up", rules);
    expect(await retryAfter("sign_up", rules)).toBeNull();
    await recordAttempt("sign_up", rules);
    const until = await retryAfter("sign_up", rules);
    expect(until).not.toBeNull();
    const minutes = (until!.getTime() - now.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15.1);
    expect(formatRetry(until!)).toMatch(/^Too many attempts\. Try again in 1[45] minutes\.$/);
    // A different email from the same address is blocked too; a different email and address is not.
    expect(await retryAfter("sign_up", signUpRules("someone-else@example.com", "203.0.113.7"))).not.toBeNull();
    expect(await retryAfter("sign_up", signUpRules("someone-else@example.com", "198.51.100.1"))).toBeNull();
    // Sign-in counts separately from sign-up.
    expect(await retryAfter("sign_in", await signInRules("limited@example.com", "203.0.113.7"))).toBeNull();
  });

  it("counts attempts recorded by every app instance (the limit lives in PostgreSQL)", async () => {
    const otherInstance = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const rules = signUpRules("shared@example.com", "198.51.100.30");
      await otherInstance.authAttempt.createMany({
        data: Array.from({ length: 3 }, () => ({ action: "sign_up", key: rules[0]!.key })),
      });
      await recordAttempt("sign_up", rules);
      expect(await retryAfter("sign_up", rules)).toBeNull();
      await recordAttempt("sign_up", rules);
      expect(await retryAfter("sign_up", rules)).not.toBeNull();
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("forgets attempts older than the window, and prunes them (but keeps known addresses for 30 days)", async () => {
    const rules = signUpRules("old@example.com", "198.51.100.40");
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    await db().authAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ action: "sign_up", key: rules[0]!.key, createdAt: old })),
    });
    expect(await retryAfter("sign_up", rules)).toBeNull();
    await db().authAttempt.create({
      data: { action: "sign_in_known", key: "pair:old@example.com|198.51.100.40", createdAt: old },
    });
    await pruneAttempts();
    expect(await db().authAttempt.count({ where: { key: rules[0]!.key } })).toBe(0);
    expect(
      await db().authAttempt.count({ where: { action: "sign_in_known", key: "pair:old@example.com|198.51.100.40" } }),
    ).toBe(1);
    await pruneAttempts(Date.now() + KNOWN_ADDRESS_MS);
    expect(await db().authAttempt.count({ where: { action: "sign_in_known" } })).toBe(0);
  });
});

describe("account deletion", () => {
  it("removes every row of the person and nothing of anyone else's", async () => {
    const mine = await createUserWithPassword(signUpSchema.parse({ email: "leaving@example.com", password }));
    const theirs = await createUserWithPassword(signUpSchema.parse({ email: "staying@example.com", password }));
    for (const userId of [mine.id, theirs.id]) {
      await db().measurement.createMany({
        data: [1, 2, 3].map((day) => ({
          userId,
          measuredOn: new Date(Date.UTC(2026, 0, day)),
          weightKg: 80 + day,
          heightCm: 180,
        })),
      });
      await db().account.create({
        data: { userId, type: "oauth", provider: "github", providerAccountId: `gh-${userId}` },
      });
      await db().session.create({
        data: { userId, sessionToken: `token-${userId}`, expires: new Date(Date.now() + 1e7) },
      });
      await db().passwordResetToken.create({
        data: { userId, tokenHash: `hash-${userId}`, expiresAt: new Date(Date.now() + 1e7) },
      });
    }
    await recordAttempt("sign_in", await signInRules("leaving@example.com", "203.0.113.5"));
    await db().verificationToken.create({
      data: { identifier: "leaving@example.com", token: "t1", expires: new Date(Date.now() + 1e7) },
    });

    // Every table with a userId column: nothing of mine is left, all of theirs is.
    const tables = await db().$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'userId'`;
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const count = async (table: string, id: string) =>
      Number(
        (
          await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}" WHERE "userId" = $1`, id)
        )[0]!.n,
      );
    const theirsBefore = new Map<string, number>();
    for (const { table_name } of tables) theirsBefore.set(table_name, await count(table_name, theirs.id));
    for (const table of ["Measurement", "Account", "Session", "PasswordResetToken"])
      expect(theirsBefore.get(table)).toBeGreaterThan(0);

    expect(await deleteAccount(mine.id)).toBe(true);

    for (const { table_name } of tables) {
      expect(await count(table_name, mine.id)).toBe(0);
      expect(await count(table_name, theirs.id)).toBe(theirsBefore.get(table_name));
    }
    expect(await db().user.count({ where: { id: mine.id } })).toBe(0);
    expect(
      await db().authAttempt.count({
        where: { key: { in: ["email:leaving@example.com", "pair:leaving@example.com|203.0.113.5"] } },
      }),
    ).toBe(0);
    expect(await db().verificationToken.count({ where: { identifier: "leaving@example.com" } })).toBe(0);
    expect(await deleteAccount(mine.id)).toBe(false);
  });
});
