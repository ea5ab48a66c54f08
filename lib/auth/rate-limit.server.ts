// Sign-in, sign-up and password-reset rate limits, counted in PostgreSQL so they hold across app
// instances. An attempt is checked against a few rules, each a key with its own limit and sliding
// window (why these keys and numbers: docs/decisions/0010-sign-in-rate-limits-and-sessions.md).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

const MINUTE = 60 * 1000;

export type RateLimitedAction = "sign_in" | "sign_up" | "password_reset";
export type Limit = { attempts: number; windowMs: number };
export type Rule = Limit & { key: string };
type Reader = Pick<Prisma.TransactionClient, "authAttempt">;

/** Failed password checks. */
export const SIGN_IN_LIMITS = {
  /** The lock: one address guessing one account. */
  pair: { attempts: 5, windowMs: 15 * MINUTE },
  /** One address, whatever emails it names. */
  ip: { attempts: 20, windowMs: 15 * MINUTE },
  /** One account, from everywhere; addresses that signed in to it before are exempt. */
  email: { attempts: 50, windowMs: 60 * MINUTE },
} as const satisfies Record<string, Limit>;

/** Every sign-up attempt. */
export const SIGN_UP_LIMITS = {
  email: { attempts: 5, windowMs: 15 * MINUTE },
  ip: { attempts: 5, windowMs: 15 * MINUTE },
} as const satisfies Record<string, Limit>;

/** Every "forgot password" request (each may send an email). */
export const PASSWORD_RESET_LIMITS = {
  email: { attempts: 3, windowMs: 15 * MINUTE },
  ip: { attempts: 10, windowMs: 15 * MINUTE },
} as const satisfies Record<string, Limit>;

/** How long an (email, address) pair that signed in stays exempt from the per-email ceiling. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * MINUTE;
const KNOWN = "sign_in_known";
const LONGEST_WINDOW_MS = Math.max(
  ...[SIGN_IN_LIMITS, SIGN_UP_LIMITS, PASSWORD_RESET_LIMITS].flatMap((limits) =>
    Object.values(limits).map((limit) => limit.windowMs),
  ),
);

// An unknown address (never the case under `next start`, which always knows the socket) shares one key.
const address = (ip: string | undefined) => ip ?? "unknown";
const keys = {
  email: (email: string) => `email:${email}`,
  ip: (ip: string | undefined) => `ip:${address(ip)}`,
  pair: (email: string, ip: string | undefined) => `pair:${email}|${address(ip)}`,
};

export async function signInRules(email: string, ip: string | undefined): Promise<Rule[]> {
  const rules: Rule[] = [
    { key: keys.pair(email, ip), ...SIGN_IN_LIMITS.pair },
    { key: keys.ip(ip), ...SIGN_IN_LIMITS.ip },
  ];
  if (!(await isKnownAddress(email, ip))) rules.push({ key: keys.email(email), ...SIGN_IN_LIMITS.email });
  return rules;
}

export function signUpRules(email: string, ip: string | undefined): Rule[] {
  return [
    { key: keys.email(email), ...SIGN_UP_LIMITS.email },
    { key: keys.ip(ip), ...SIGN_UP_LIMITS.ip },
  ];
}

export function passwordResetRules(email: string, ip: string | undefined): Rule[] {
  return [
    { key: keys.email(email), ...PASSWORD_RESET_LIMITS.email },
    { key: keys.ip(ip), ...PASSWORD_RESET_LIMITS.ip },
  ];
}

export type Reservation = { ok: true; ids: bigint[] } | { ok: false; retryAt: Date };

/**
 * Checks and records an attempt in one step, before the expensive part (hashing a password, sending
 * a mail) runs: a transaction takes a PostgreSQL advisory lock per key, counts, and inserts the
 * attempt's rows if every rule allows it. Parallel attempts on a key therefore queue for the lock
 * and each sees the ones before it, so a burst gets exactly the limit and no more.
 * A sign-in that then succeeds gives its reservation back (releaseReservation).
 */
export async function reserveAttempt(action: RateLimitedAction, rules: Rule[]): Promise<Reservation> {
  if (rules.length === 0) return { ok: true, ids: [] };
  const result = await db().$transaction(
    async (tx): Promise<Reservation> => {
      // Always in the same order, so two attempts never hold one key each and wait for the other's.
      for (const key of [...new Set(rules.map((rule) => rule.key))].sort()) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${action}), hashtext(${key}))`;
      }
      const blockedUntil = await retryAfter(action, rules, new Date(), tx);
      if (blockedUntil) return { ok: false, retryAt: blockedUntil };
      const rows = await tx.authAttempt.createManyAndReturn({
        data: rules.map((rule) => ({ action, key: rule.key })),
        select: { id: true },
      });
      return { ok: true, ids: rows.map((row) => row.id) };
    },
    // A burst queues on the lock; each turn is a few milliseconds, but leave room for a busy pool.
    { maxWait: 10_000, timeout: 10_000 },
  );
  // Prune expired rows now and then, so the table stays small without a cron job.
  if (result.ok && Math.random() < 0.05) await pruneAttempts();
  return result;
}

/** Gives a reservation back: the attempt turned out not to be a failure (a successful sign-in). */
export async function releaseReservation(reservation: { ids: bigint[] }): Promise<void> {
  if (reservation.ids.length > 0) await db().authAttempt.deleteMany({ where: { id: { in: reservation.ids } } });
}

/** When the caller may try again (null: now). Checks every rule; the latest block wins. */
export async function retryAfter(
  action: RateLimitedAction,
  rules: Rule[],
  now = new Date(),
  client: Reader = db(),
): Promise<Date | null> {
  let blockedUntil: Date | null = null;
  for (const rule of rules) {
    const recent = await client.authAttempt.findMany({
      where: { action, key: rule.key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } },
      orderBy: { createdAt: "desc" },
      take: rule.attempts,
      select: { createdAt: true },
    });
    if (recent.length < rule.attempts) continue;
    // The oldest of the last `attempts` leaves the window first and frees one slot.
    const until = new Date(recent[recent.length - 1]!.createdAt.getTime() + rule.windowMs);
    if (!blockedUntil || until > blockedUntil) blockedUntil = until;
  }
  return blockedUntil;
}

/** Records an attempt without checking (tests and seeding; the app reserves with reserveAttempt). */
export async function recordAttempt(action: RateLimitedAction, rules: Rule[]): Promise<void> {
  if (rules.length === 0) return;
  await db().authAttempt.createMany({ data: rules.map((rule) => ({ action, key: rule.key })) });
}

export async function pruneAttempts(now = Date.now()): Promise<void> {
  await db().authAttempt.deleteMany({
    where: {
      OR: [
        { action: { not: KNOWN }, createdAt: { lt: new Date(now - LONGEST_WINDOW_MS) } },
        { action: KNOWN, createdAt: { lt: new Date(now - KNOWN_ADDRESS_MS) } },
      ],
    },
  });
}

/** After a successful sign-in: forget that pair's failures and remember the address as the owner's. */
export async function recordSignIn(email: string, ip: string | undefined): Promise<void> {
  const pair = keys.pair(email, ip);
  await db().$transaction([
    db().authAttempt.deleteMany({ where: { action: { in: ["sign_in", KNOWN] }, key: pair } }),
    db().authAttempt.create({ data: { action: KNOWN, key: pair } }),
  ]);
}

/** After a password reset by email (which proves the inbox): the account's failures from everywhere go. */
export async function clearEmailFailures(email: string): Promise<void> {
  await db().authAttempt.deleteMany({ where: { action: "sign_in", key: keys.email(email) } });
}

async function isKnownAddress(email: string, ip: string | undefined): Promise<boolean> {
  const since = new Date(Date.now() - KNOWN_ADDRESS_MS);
  return (
    (await db().authAttempt.count({ where: { action: KNOWN, key: keys.pair(email, ip), createdAt: { gt: since } } })) >
    0
  );
}

/** Every rate-limit row that names this email (account deletion removes them all). */
export function emailKeyFilter(email: string): { key: string; pairPrefix: string } {
  return { key: keys.email(email), pairPrefix: `pair:${email}|` };
}

export function formatRetry(until: Date, now = new Date()): string {
  return `Too many attempts. Try again in ${minutesUntil(until, now)}.`;
}

/** "1 minute", "14 minutes": how long until `until`, rounded up. */
export function minutesUntil(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
