import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

export const setRoleSchema = z.object({
  userId: z.string().min(1, "User is required"),
  role: z.enum(["USER", "ADMIN"], { error: "Role must be USER or ADMIN" }),
});

/** Changes a role; refuses to remove the last admin so the site is never left without one. */
export async function changeRole(input: z.infer<typeof setRoleSchema>): Promise<{ ok: true } | { ok: false; message: string }> {
  return db().$transaction(async (tx) => {
    if (input.role === "USER") {
      const admins = await tx.user.count({ where: { role: "ADMIN", id: { not: input.userId } } });
      if (admins === 0) return { ok: false as const, message: "There must always be at least one admin." };
    }
    const { count } = await tx.user.updateMany({ where: { id: input.userId }, data: { role: input.role } });
    return count ? { ok: true as const } : { ok: false as const, message: "That user no longer exists." };
  });
}
