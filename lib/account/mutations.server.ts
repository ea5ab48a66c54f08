// Account deletion: every row that belongs to the person goes, in one transaction.
import "server-only";
import { emailKeyFilter } from "@/lib/auth/rate-limit.server";
import { db } from "@/lib/db";

export async function deleteAccount(userId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return false;
    // Rate-limit rows are keyed by email (alone or with an address), not linked by id: remove them explicitly.
    if (user.email) {
      const { key, pairPrefix } = emailKeyFilter(user.email);
      // starts_with, not LIKE: an email may contain "_", which LIKE would read as a wildcard.
      await tx.$executeRaw`DELETE FROM "AuthAttempt" WHERE key = ${key} OR starts_with(key, ${pairPrefix})`;
    }
    if (user.email) await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    // Accounts, sessions and measurements go with the user (ON DELETE CASCADE).
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}
