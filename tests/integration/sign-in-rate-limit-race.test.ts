// A parallel burst must not get more password checks than the limit: each attempt is reserved
// (counted and recorded in one locked step) before the password is hashed. Real PostgreSQL, real
// argon2; the only thing added is a counter around the real password check.
import { beforeEach, describe, expect, it } from "vitest";

const { attemptPasswordSignIn } = await import("@/lib/auth/sign-in.server");
const { SIGN_IN_LIMITS, SIGN_UP_LIMITS, reserveAttempt, signUpRules } = await import("@/lib/auth/rate-limit.server");
const { signUpSchema } = await import("@/lib/auth/schemas");
const { createUserWithPassword, verifyCredentials } = await import("@/lib/auth/users.server");
const { db } = await import("@/lib/db");

const PASSWORD = "correct horse battery";

function countingVerify() {
  const counter = { calls: 0 };
  const verify: typeof verifyCredentials = async (email, password) => {
    counter.calls += 1;
    return verifyCredentials(email, password);
  };
  return { counter, verify };
}

beforeEach(async () => {
  await db().authAttempt.deleteMany();
});

describe("parallel sign-in bursts", () => {
  it("20 wrong passwords at once for one email get 5 password checks, and 5 failures are recorded", async () => {
    const email = "burst@example.com";
    await createUserWithPassword(signUpSchema.parse({ email, password: PASSWORD }));
    const { counter, verify } = countingVerify();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        attemptPasswordSignIn({ email, password: `parallel-${index}-wrong`, ip: "203.0.113.60" }, verify),
      ),
    );
    expect(counter.calls).toBe(SIGN_IN_LIMITS.pair.attempts);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid_credentials")).toHaveLength(5);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "rate_limited")).toHaveLength(15);
    expect(await db().authAttempt.count({ where: { action: "sign_in", key: `pair:${email}|203.0.113.60` } })).toBe(5);
  });

  it("40 guesses at once over 8 emails from one address get 20 password checks", async () => {
    const { counter, verify } = countingVerify();
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        attemptPasswordSignIn(
          { email: `spray-${index % 8}@example.com`, password: `spray-${index}-wrong`, ip: "203.0.113.61" },
          verify,
        ),
      ),
    );
    expect(counter.calls).toBe(SIGN_IN_LIMITS.ip.attempts);
  });

  it(
    "the right password in a burst still signs in, and its reservation is not left counting as a " + "failure",
    async () => {
      const email = "owner-in-burst@example.com";
      await createUserWithPassword(signUpSchema.parse({ email, password: PASSWORD }));
      const ip = "203.0.113.62";
      const outcomes = await Promise.all([
        attemptPasswordSignIn({ email, password: PASSWORD, ip }),
        ...Array.from({ length: 3 }, (_, index) =>
          attemptPasswordSignIn({ email, password: `typo-${index}-wrong`, ip }),
        ),
      ]);
      expect(outcomes[0]).toMatchObject({ ok: true });
      // Only the 3 failures remain counted against the address (the pair's are cleared by the success,
      // whichever order the attempts finished in, or still stand if they finished after it).
      expect(await db().authAttempt.count({ where: { action: "sign_in", key: `ip:${ip}` } })).toBe(3);
    },
  );
});

describe("reserveAttempt", () => {
  it("grants exactly the limit to a parallel burst on one key", async () => {
    const rules = signUpRules("race@example.com", "203.0.113.63");
    const results = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt("sign_up", rules)));
    expect(results.filter((result) => result.ok)).toHaveLength(SIGN_UP_LIMITS.ip.attempts);
    const refused = results.filter((result) => !result.ok);
    expect(refused).toHaveLength(20 - SIGN_UP_LIMITS.ip.attempts);
    for (const result of refused) if (!result.ok) expect(result.retryAt.getTime()).toBeGreaterThan(Date.now());
  });
});
