// Admin reads. Callers must have passed requireAdmin(); these do not check roles themselves.
import "server-only";
import { db } from "@/lib/db";
import { ADMIN_PAGE_SIZE, pageInfo, pageWindow } from "./pagination";

export async function adminOverview() {
  const [users, admins, measurements, articles, routines, exercises] = await db().$transaction([
    db().user.count(),
    db().user.count({ where: { role: "ADMIN" } }),
    db().measurement.count(),
    db().article.count({ where: { status: { not: "trashed" } } }),
    db().routine.count(),
    db().exercise.count(),
  ]);
  return { users, admins, measurements, articles, routines, exercises };
}

/** People by email (contains, any case), newest first; a page at a time. */
export async function searchUsers(options: { q?: string; page: number; pageSize?: number }) {
  const pageSize = options.pageSize ?? ADMIN_PAGE_SIZE;
  // Without control characters: PostgreSQL refuses a NUL in a query parameter.
  const q = options.q?.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  const where = q ? { email: { contains: q, mode: "insensitive" as const } } : {};
  const [total, users] = await db().$transaction([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(options.page, pageSize),
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        createdAt: true,
        _count: { select: { measurements: true } },
      },
    }),
  ]);
  return { users, ...pageInfo(options.page, total, pageSize) };
}
