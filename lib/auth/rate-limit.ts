// Sign-in and sign-up rate limits, counted in PostgreSQL so they hold across app instances:
// at most LIMIT attempts per email and per IP address in a sliding WINDOW.
import "server-only";
import { db } from "@/lib/db";

export const RATE_LIMIT = { attempts: 5, windowMs: 15 * 60 * 1000 } as const;

export type RateLimitedAction = "sign_in" | "sign_up";

export function rateLimitKeys(email: string | undefined, ip: string | undefined): string[] {
  return [email ? `email:${email}` : null, ip ? `ip:${ip}` : null].filter((key): key is string => key !== null);
}

/** When the caller may try again (null: now). Checks every key; the latest block wins. */
export async function retryAfter(action: RateLimitedAction, keys: string[], now = new Date()): Promise<Date | null> {
  if (keys.length === 0) return null;
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs);
  let blockedUntil: Date | null = null;
  for (const key of keys) {
    const recent = await db().authAttempt.findMany({
      where: { action, key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: RATE_LIMIT.attempts,
      select: { createdAt: true },
    });
    if (recent.length < RATE_LIMIT.attempts) continue;
    // The oldest of the last LIMIT attempts leaves the window first and frees one slot.
    const until = new Date(recent[recent.length - 1]!.createdAt.getTime() + RATE_LIMIT.windowMs);
    if (!blockedUntil || until > blockedUntil) blockedUntil = until;
  }
  return blockedUntil;
}

export async function recordAttempt(action: RateLimitedAction, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db().authAttempt.createMany({ data: keys.map((key) => ({ action, key })) });
  // Prune expired rows now and then, so the table stays small without a cron job.
  if (Math.random() < 0.05) {
    await db().authAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - RATE_LIMIT.windowMs) } } });
  }
}

export async function clearAttempts(action: RateLimitedAction, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db().authAttempt.deleteMany({ where: { action, key: { in: keys } } });
}

export function formatRetry(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
