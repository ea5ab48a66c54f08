// Granting and removing the admin role (lib/admin/roles) on real PostgreSQL: the last-admin rule,
// also under concurrency, and the audit entry written (or not) in the same transaction.
import { describe, expect, it } from "vitest";
import { changeRole } from "@/lib/admin/roles.server";
import { searchUsers } from "@/lib/admin/queries.server";
import { listAuditEntries } from "@/lib/audit/queries.server";
import { db } from "@/lib/db";
import { createTestUser } from "../support/factories";

async function onlyAdmins(...ids: string[]) {
  await db().user.updateMany({ where: { role: "ADMIN", id: { notIn: ids } }, data: { role: "USER" } });
}

describe("role changes", () => {
  it("grants and removes the admin role, with an audit entry naming who did it", async () => {
    const boss = await createTestUser({ role: "ADMIN" });
    const person = await createTestUser();
    const actor = { id: boss.id, email: boss.email };

    expect(await changeRole(actor, { userId: person.id, role: "ADMIN" })).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("ADMIN");
    expect(await changeRole(actor, { userId: person.id, role: "USER" })).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("USER");

    const entries = await db().auditLog.findMany({ where: { targetId: person.id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.actorEmail, entry.targetType])).toEqual([
      ["user.admin_grant", boss.id, boss.email, "user"],
      ["user.admin_remove", boss.id, boss.email, "user"],
    ]);
    expect(entries[0]!.summary).toContain(person.email!);
  });

  it("never removes the last admin, and writes no audit entry for a refused change", async () => {
    const only = await createTestUser({ role: "ADMIN" });
    await onlyAdmins(only.id);
    const before = await db().auditLog.count();
    expect(await changeRole({ id: only.id, email: only.email }, { userId: only.id, role: "USER" })).toMatchObject({
      ok: false,
      code: "last_admin",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: only.id } })).role).toBe("ADMIN");
    expect(await db().auditLog.count()).toBe(before);
  });

  it("keeps one admin when two admins remove each other at the same moment", async () => {
    const a = await createTestUser({ role: "ADMIN" });
    const b = await createTestUser({ role: "ADMIN" });
    await onlyAdmins(a.id, b.id);
    const results = await Promise.all([
      changeRole({ id: a.id, email: a.email }, { userId: b.id, role: "USER" }),
      changeRole({ id: b.id, email: b.email }, { userId: a.id, role: "USER" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("refuses nonsense and missing people without writing anything", async () => {
    const boss = await createTestUser({ role: "ADMIN" });
    const actor = { id: boss.id, email: boss.email };
    expect(await changeRole(actor, { userId: boss.id, role: "ROOT" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await changeRole(actor, { userId: "no-such-user", role: "ADMIN" })).toMatchObject({
      ok: false,
      code: "missing",
    });
  });
});

describe("people search and the audit list", () => {
  it("finds people by any part of their email, in any case", async () => {
    const found = await createTestUser({ email: "Findable.Lifter@Example.test" });
    const result = await searchUsers({ q: "findable.LIFTER", page: 1 });
    expect(result.users.map((user) => user.id)).toEqual([found.id]);
    expect(result).toMatchObject({ total: 1, pages: 1 });
  });

  it("lists audit entries newest first and filters by target type", async () => {
    const boss = await createTestUser({ role: "ADMIN" });
    const person = await createTestUser();
    await changeRole({ id: boss.id, email: boss.email }, { userId: person.id, role: "ADMIN" });
    await changeRole({ id: boss.id, email: boss.email }, { userId: person.id, role: "USER" });
    const users = await listAuditEntries({ page: 1, targetType: "user" });
    expect(users.entries[0]).toMatchObject({ action: "user.admin_remove", targetId: person.id });
    expect(users.entries.every((entry) => entry.targetType === "user")).toBe(true);
    expect((await listAuditEntries({ page: 1, targetType: "article" })).entries).toEqual([]);
  });
});
