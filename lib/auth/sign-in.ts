// One email + password sign-in attempt, rate limits included. Auth.js's authorize step calls it for
// the sign-in form and for POST /api/auth/callback/credentials alike.
import "server-only";
import { recordAttempt, recordSignIn, retryAfter, signInRules } from "./rate-limit";
import { verifyCredentials } from "./users";

export type SignInAttempt = { email: string; password: string; ip: string | undefined };
export type SignInOutcome =
  | { ok: true; user: NonNullable<Awaited<ReturnType<typeof verifyCredentials>>> }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "rate_limited"; retryAt: Date };

/** `verify` is the password check (injectable so tests can count how often it runs). */
export async function attemptPasswordSignIn(attempt: SignInAttempt, verify = verifyCredentials): Promise<SignInOutcome> {
  const { email, ip } = attempt;
  const rules = await signInRules(email, ip);
  const blockedUntil = await retryAfter("sign_in", rules);
  if (blockedUntil) return { ok: false, reason: "rate_limited", retryAt: blockedUntil };
  const user = await verify(email, attempt.password);
  if (!user) {
    await recordAttempt("sign_in", rules);
    return { ok: false, reason: "invalid_credentials" };
  }
  await recordSignIn(email, ip);
  return { ok: true, user };
}

/** When this email may try again from this address (null: now), for the sign-in form's message. */
export async function signInRetryAt(email: string, ip: string | undefined): Promise<Date | null> {
  return retryAfter("sign_in", await signInRules(email, ip));
}
