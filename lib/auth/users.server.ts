// Account reads and writes for sign-up, sign-in and roles.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { adminEmails } from "./admin-emails";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password.server";
import type { SignUpInput } from "./schemas";

export type Role = "USER" | "ADMIN";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists. Sign in instead.");
  }
}

/**
 * `mustChangePassword`: for a password someone else chose and saw (the one-time password that
 * `npm run admin:create` prints); the account can do nothing but replace it (lib/auth/session.server.ts).
 */
export async function createUserWithPassword(
  input: SignUpInput,
  options: { mustChangePassword?: boolean } = {},
): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: {
        email: input.email,
        name: input.name ?? null,
        passwordHash,
        role: adminEmails().has(input.email) ? "ADMIN" : "USER",
        mustChangePassword: options.mustChangePassword ?? false,
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

/** The user for these credentials, or null. Unknown email and wrong password look the same. */
export async function verifyCredentials(email: string, password: string) {
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Applies ADMIN_EMAILS on every sign-in, so listing an email there is enough to make an admin. */
export async function promoteListedAdmin(userId: string, email: string | null | undefined): Promise<void> {
  if (!email || !adminEmails().has(email.toLowerCase())) return;
  await db().user.updateMany({ where: { id: userId, role: "USER" }, data: { role: "ADMIN" } });
}

/** Whether the account has a password of its own (OAuth-only accounts have none to change). */
export async function hasPassword(userId: string): Promise<boolean> {
  return (await db().user.count({ where: { id: userId, passwordHash: { not: null } } })) > 0;
}
