// Forgot password: a single-use link, valid for 30 minutes, sent by email. Only the SHA-256 of the
// token is stored, so a copy of the database holds no usable link. Asking answers the same whether
// or not the email has an account (and the mail goes out after the answer, so timing tells nothing
// either). Using the link sets the new password and ends every session of the account.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/mailer.server";
import { setPassword } from "./password-change.server";
import { clearEmailFailures, passwordResetRules, reserveAttempt } from "./rate-limit.server";

export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

const hashed = (token: string) => createHash("sha256").update(token).digest("hex");

/** Runs a task now (tests, scripts) or, in a server action, after the response is sent (`after`). */
export type Schedule = (task: () => Promise<void>) => void | Promise<void>;
const now: Schedule = (task) => task();

export type ResetRequestOutcome = { ok: true } | { ok: false; retryAt: Date };

/**
 * Rate-limited (3 per email, 10 per address in 15 minutes): every request counts, whether or not an
 * account has that email, and the answer is the same in both cases.
 */
export async function requestPasswordReset(
  input: { email: string; ip: string | undefined; origin: string },
  schedule: Schedule = now,
): Promise<ResetRequestOutcome> {
  const reservation = await reserveAttempt("password_reset", passwordResetRules(input.email, input.ip));
  if (!reservation.ok) return { ok: false, retryAt: reservation.retryAt };
  await schedule(() => sendResetLink(input.email, input.origin));
  return { ok: true };
}

async function sendResetLink(email: string, origin: string): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const token = randomBytes(32).toString("base64url");
  const issuedAt = new Date();
  await db().$transaction([
    // Links of this account that can no longer be used are of no further interest.
    db().passwordResetToken.deleteMany({
      where: { userId: user.id, OR: [{ expiresAt: { lt: issuedAt } }, { usedAt: { not: null } }] },
    }),
    db().passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashed(token),
        createdAt: issuedAt,
        expiresAt: new Date(issuedAt.getTime() + RESET_TOKEN_TTL_MS),
      },
    }),
  ]);
  const link = new URL(`/reset-password?token=${token}`, origin).toString();
  await sendMail({
    to: email,
    subject: "Reset your SteadyBack password",
    text: [
      "Someone, hopefully you, asked to reset the password of your SteadyBack account.",
      "",
      `Choose a new password here (the link works once, for ${RESET_TOKEN_TTL_MS / 60_000} minutes):`,
      link,
      "",
      "Setting a new password signs you out on every device.",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ].join("\n"),
  });
}

/** Whether this token can still be used (for the reset page: show the form, or say the link is dead). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const count = await db().passwordResetToken.count({
    where: { tokenHash: hashed(token), usedAt: null, expiresAt: { gt: new Date() } },
  });
  return count === 1;
}

/**
 * Uses the token (once: claiming it is one conditional UPDATE, so two parallel uses cannot both
 * succeed), then sets the password and ends every session. Unknown, used and expired tokens all get
 * the same `{ ok: false }`.
 */
export async function resetPassword(token: string, newPassword: string): Promise<{ ok: boolean }> {
  const usedAt = new Date();
  const claimed = await db().passwordResetToken.updateManyAndReturn({
    where: { tokenHash: hashed(token), usedAt: null, expiresAt: { gt: usedAt } },
    data: { usedAt },
    select: { userId: true },
  });
  const userId = claimed[0]?.userId;
  if (claimed.length !== 1 || !userId) return { ok: false };
  await setPassword(userId, newPassword);
  // The inbox was proven: failures piled up on this account by others no longer hold its owner back.
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (user?.email) await clearEmailFailures(user.email);
  return { ok: true };
}
