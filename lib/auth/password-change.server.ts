// Changing the password of a signed-in account. The current password is checked like a sign-in
// (same rate limits, so a stolen session cannot guess it at leisure), and the change ends every
// other session of the account, in the same transaction as the new hash.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "./password.server";
import { formatRetry } from "./rate-limit.server";
import { endAllSessionsQuery } from "./sessions.server";
import { attemptPasswordSignIn } from "./sign-in.server";

export type ChangePasswordRequest = {
  userId: string;
  /** The session making the change: the one that stays signed in. */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  ip: string | undefined;
};

export type ChangePasswordResult = { ok: true } | { ok: false; message?: string; fields?: Record<string, string> };

export async function changePassword(request: ChangePasswordRequest): Promise<ChangePasswordResult> {
  const user = await db().user.findUnique({
    where: { id: request.userId },
    select: { email: true, passwordHash: true },
  });
  if (!user?.email || !user.passwordHash)
    return { ok: false, message: "This account signs in with GitHub or Google and has no password to change." };
  const check = await attemptPasswordSignIn({ email: user.email, password: request.currentPassword, ip: request.ip });
  if (!check.ok) {
    return check.reason === "rate_limited"
      ? { ok: false, message: formatRetry(check.retryAt) }
      : { ok: false, fields: { currentPassword: "That is not your current password" } };
  }
  await setPassword(request.userId, request.newPassword, { keepSession: request.sessionId });
  return { ok: true };
}

/**
 * Stores a new password and ends sessions: all but `keepSession`, or all of them. Also clears the
 * one-time-password flag and drops any reset link still out, since it was meant for the old password.
 */
export async function setPassword(
  userId: string,
  newPassword: string,
  options: { keepSession?: string } = {},
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction([
    db().user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } }),
    db().passwordResetToken.deleteMany({ where: { userId, usedAt: null } }),
    endAllSessionsQuery(userId, { except: options.keepSession }),
  ]);
}
