// `npm run admin:create` grants the role through the app's one role change (changeRoleByEmail →
// changeRole), so the grant is audited like one made on /admin/users, with the command as its actor.
import { describe, expect, it } from "vitest";
import { COMMAND_LINE, changeRoleByEmail } from "@/lib/admin/roles.server";
import { db } from "@/lib/db";
import { createTestUser } from "../support/factories";

describe("admin:create's role change", () => {
  it("makes an existing account an admin, audited as done by the command line", async () => {
    const person = await createTestUser();
    expect(await changeRoleByEmail(COMMAND_LINE, person.email!, "ADMIN")).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("ADMIN");
    const entries = await db().auditLog.findMany({ where: { targetId: person.id } });
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.actorEmail])).toEqual([
      ["user.admin_grant", null, "npm run admin:create"],
    ]);
  });

  it("answers missing for an email with no account, and changes nothing", async () => {
    const before = await db().auditLog.count();
    expect(await changeRoleByEmail(COMMAND_LINE, "nobody-here@example.com", "ADMIN")).toMatchObject({
      ok: false,
      code: "missing",
    });
    expect(await db().auditLog.count()).toBe(before);
  });
});
