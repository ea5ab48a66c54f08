// Admin reads. Callers must have passed requireAdmin(); these do not check roles themselves.
import "server-only";
import { db } from "@/lib/db";

export async function adminOverview() {
  const [users, admins, measurements] = await db().$transaction([
    db().user.count(),
    db().user.count({ where: { role: "ADMIN" } }),
    db().measurement.count(),
  ]);
  return { users, admins, measurements };
}

export async function listUsers(page: number, pageSize = 50) {
  return db().user.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { measurements: true } } },
  });
}
