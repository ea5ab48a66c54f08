// Granting and removing the admin role. The one way to do it (the /admin/users page and
// `npm run admin:create` call this); every change is audited in the same transaction.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record.server";
import type { Actor } from "@/lib/audit/types";
import { db } from "@/lib/db";
import { ROLE_CHANGE_PROBLEMS, type RoleChangeProblem } from "./role-problems";

export const setRoleSchema = z.object({
  userId: z.string({ error: "User is required" }).min(1, "User is required"),
  role: z.enum(["USER", "ADMIN"], { error: "Role must be USER or ADMIN" }),
});

/**
 * Who changes a role: a signed-in admin, or the command line (`npm run admin:create`), which has no
 * account of its own and is named in the audit log instead.
 */
export type RoleChanger = Actor | { id: null; email: string };
export const COMMAND_LINE: RoleChanger = { id: null, email: "npm run admin:create" };

export type RoleChangeResult = { ok: true } | { ok: false; code: RoleChangeProblem; message: string };

const refuse = (code: RoleChangeProblem) => ({ ok: false as const, code, message: ROLE_CHANGE_PROBLEMS[code] });

/** Changes a role; refuses to remove the last admin so the site is never left without one. */
export async function changeRole(actor: RoleChanger, input: unknown): Promise<RoleChangeResult> {
  const parsed = setRoleSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  const { userId, role } = parsed.data;
  return db().$transaction(async (tx) => {
    // Lock every admin row first: two admins removing each other at the same moment would both
    // count "one other admin left" and leave none. With the lock the second waits, then counts again.
    await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' OR id = ${userId} FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!target) return refuse("missing");
    if (target.role === role) return { ok: true as const };
    if (role === "USER") {
      const others = await tx.user.count({ where: { role: "ADMIN", id: { not: userId } } });
      if (others === 0) return refuse("last_admin");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    const who = target.email ?? userId;
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: role === "ADMIN" ? "user.admin_grant" : "user.admin_remove",
      targetType: "user",
      targetId: userId,
      summary: role === "ADMIN" ? `Made ${who} an admin` : `Removed admin role from ${who}`,
      details: { email: target.email, from: target.role, to: role },
    });
    return { ok: true as const };
  });
}

/** changeRole for the account with this email (as stored: lower case); "missing" when there is none. */
export async function changeRoleByEmail(
  actor: RoleChanger,
  email: string,
  role: "USER" | "ADMIN",
): Promise<RoleChangeResult> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  return user ? changeRole(actor, { userId: user.id, role }) : refuse("missing");
}
