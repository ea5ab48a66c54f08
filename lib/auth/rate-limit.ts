// Sign-in, sign-up and password-reset rate limits, counted in PostgreSQL so they hold across app
// instances. An attempt is checked against a few rules, each a key with its own limit and sliding
// window (why these keys and numbers: docs/decisions/0010-sign-in-rate-limits-and-sessions.md).
import "server-only";
import { db } from "@/lib/db";

const MINUTE = 60 * 1000;

export type RateLimitedAction = "sign_in" | "sign_up" | "password_reset";
export type Limit = { attempts: number; windowMs: number };
export type Rule = Limit & { key: string };

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
const LONGEST_WINDOW_MS = Math.max(...[SIGN_IN_LIMITS, SIGN_UP_LIMITS, PASSWORD_RESET_LIMITS].flatMap((limits) => Object.values(limits).map((limit) => limit.windowMs)));

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

/** When the caller may try again (null: now). Checks every rule; the latest block wins. */
export async function retryAfter(action: RateLimitedAction, rules: Rule[], now = new Date()): Promise<Date | null> {
  let blockedUntil: Date | null = null;
  for (const rule of rules) {
    const recent = await db().authAttempt.findMany({
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

export async function recordAttempt(action: RateLimitedAction, rules: Rule[]): Promise<void> {
  if (rules.length === 0) return;
  await db().authAttempt.createMany({ data: rules.map((rule) => ({ action, key: rule.key })) });
  // Prune expired rows now and then, so the table stays small without a cron job.
  if (Math.random() < 0.05) await pruneAttempts();
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
  return (await db().authAttempt.count({ where: { action: KNOWN, key: keys.pair(email, ip), createdAt: { gt: since } } })) > 0;
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
