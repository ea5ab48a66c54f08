// One email + password sign-in attempt, rate limits included. Auth.js's authorize step calls it for
// the sign-in form and for POST /api/auth/callback/credentials alike.
import "server-only";
import { recordSignIn, releaseReservation, reserveAttempt, retryAfter, signInRules } from "./rate-limit.server";
import { verifyCredentials } from "./users.server";

export type SignInAttempt = { email: string; password: string; ip: string | undefined };
export type SignInOutcome =
  | { ok: true; user: NonNullable<Awaited<ReturnType<typeof verifyCredentials>>> }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "rate_limited"; retryAt: Date };

/**
 * The attempt is reserved (counted as a failure) before the password is hashed, so parallel guesses
 * cannot all pass the check together; a success gives the reservation back.
 * `verify` is the password check (injectable so tests can count how often it runs).
 */
export async function attemptPasswordSignIn(
  attempt: SignInAttempt,
  verify = verifyCredentials,
): Promise<SignInOutcome> {
  const { email, ip } = attempt;
  const reservation = await reserveAttempt("sign_in", await signInRules(email, ip));
  if (!reservation.ok) return { ok: false, reason: "rate_limited", retryAt: reservation.retryAt };
  const user = await verify(email, attempt.password);
  if (!user) return { ok: false, reason: "invalid_credentials" };
  await releaseReservation(reservation);
  await recordSignIn(email, ip);
  return { ok: true, user };
}

/** When this email may try again from this address (null: now), for the sign-in form's message. */
export async function signInRetryAt(email: string, ip: string | undefined): Promise<Date | null> {
  return retryAfter("sign_in", await signInRules(email, ip));
}
