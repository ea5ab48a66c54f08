// Sign-in rate limits on real PostgreSQL (docs/decisions/0010): the tight limit is per (email,
// address) pair, so failing on someone's email from one address does not lock them out; one address
// gets a fixed number of password checks whatever emails it names; and distributed guessing on one
// email stops at a per-email ceiling that the owner's known addresses pass.
import { beforeEach, describe, expect, it } from "vitest";

const { attemptPasswordSignIn } = await import("@/lib/auth/sign-in.server");
const { SIGN_IN_LIMITS } = await import("@/lib/auth/rate-limit.server");
const { signUpSchema } = await import("@/lib/auth/schemas");
const { createUserWithPassword, verifyCredentials } = await import("@/lib/auth/users.server");
const { db } = await import("@/lib/db");

const PASSWORD = "correct horse battery";

/** The real password check, counted: how many guesses actually reached argon2. */
function countingVerify() {
  const counter = { calls: 0 };
  const verify: typeof verifyCredentials = async (email, password) => {
    counter.calls += 1;
    return verifyCredentials(email, password);
  };
  return { counter, verify };
}

async function account(label: string): Promise<string> {
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await createUserWithPassword(signUpSchema.parse({ email, password: PASSWORD }));
  return email;
}

beforeEach(async () => {
  await db().authAttempt.deleteMany();
});

describe("the tight limit is per (email, address)", () => {
  it("locks the pair after 5 failures, while the owner signs in from their own address", async () => {
    const email = await account("victim");
    for (let guess = 1; guess <= SIGN_IN_LIMITS.pair.attempts; guess += 1) {
      expect(await attemptPasswordSignIn({ email, password: `guess-${guess}-wrong`, ip: "203.0.113.7" })).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    // The attacker's address is now locked out of this account, even with the right password…
    const locked = await attemptPasswordSignIn({ email, password: PASSWORD, ip: "203.0.113.7" });
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    const minutes = ((locked as { retryAt: Date }).retryAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15.1);
    // …but the owner, elsewhere, is not.
    expect(await attemptPasswordSignIn({ email, password: PASSWORD, ip: "198.51.100.20" })).toMatchObject({
      ok: true,
      user: { email },
    });
  });

  it("forgets a pair's failures when that pair signs in", async () => {
    const email = await account("typo");
    const ip = "192.0.2.44";
    for (let guess = 1; guess < SIGN_IN_LIMITS.pair.attempts; guess += 1)
      await attemptPasswordSignIn({ email, password: "a typo, again", ip });
    expect(await attemptPasswordSignIn({ email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    for (let guess = 1; guess < SIGN_IN_LIMITS.pair.attempts; guess += 1) {
      expect(await attemptPasswordSignIn({ email, password: "another typo", ip })).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
  });
});

describe("per address", () => {
  it("checks at most 20 passwords from one address in 15 minutes, however many emails it names", async () => {
    const { counter, verify } = countingVerify();
    const emails = Array.from({ length: 8 }, (_, index) => `spray-${index}@example.com`);
    const answers: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const email of emails) {
        const outcome = await attemptPasswordSignIn(
          { email, password: `spray-${round}-password`, ip: "203.0.113.50" },
          verify,
        );
        answers.push(outcome.ok ? "ok" : outcome.reason);
      }
    }
    expect(counter.calls).toBe(SIGN_IN_LIMITS.ip.attempts);
    expect(SIGN_IN_LIMITS.ip.attempts).toBe(20);
    expect(answers.filter((answer) => answer === "invalid_credentials")).toHaveLength(20);
    expect(answers.filter((answer) => answer === "rate_limited")).toHaveLength(20);
    // Another address is not affected.
    expect(
      await attemptPasswordSignIn({ email: emails[0]!, password: "x-password-x", ip: "203.0.113.51" }, verify),
    ).toEqual({ ok: false, reason: "invalid_credentials" });
  });
});

describe("per email, across addresses", () => {
  it("stops distributed guessing at the ceiling, and the owner's known address still signs in", async () => {
    const email = await account("target");
    // The owner signed in from home before the attack.
    expect(await attemptPasswordSignIn({ email, password: PASSWORD, ip: "192.0.2.10" })).toMatchObject({ ok: true });

    const { counter, verify } = countingVerify();
    const ceiling = SIGN_IN_LIMITS.email.attempts;
    const addresses = Array.from(
      { length: Math.ceil(ceiling / SIGN_IN_LIMITS.pair.attempts) + 2 },
      (_, index) => `198.18.7.${index + 1}`,
    );
    for (const ip of addresses) {
      for (let guess = 0; guess < SIGN_IN_LIMITS.pair.attempts; guess += 1)
        await attemptPasswordSignIn({ email, password: `botnet-${ip}-${guess}`, ip }, verify);
    }
    expect(counter.calls).toBe(ceiling);

    // A fresh address, even with the right password, waits: that is the price of the ceiling…
    expect(await attemptPasswordSignIn({ email, password: PASSWORD, ip: "203.0.113.99" })).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    // …which the owner at a known address does not pay: the attack is no lock-out switch.
    expect(await attemptPasswordSignIn({ email, password: PASSWORD, ip: "192.0.2.10" })).toMatchObject({
      ok: true,
      user: { email },
    });
  });

  it("counts failures of the last hour only", async () => {
    const email = await account("old-failures");
    const longAgo = new Date(Date.now() - SIGN_IN_LIMITS.email.windowMs - 60_000);
    await db().authAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.email.attempts }, () => ({
        action: "sign_in",
        key: `email:${email}`,
        createdAt: longAgo,
      })),
    });
    expect(await attemptPasswordSignIn({ email, password: PASSWORD, ip: "203.0.113.120" })).toMatchObject({ ok: true });
  });
});
