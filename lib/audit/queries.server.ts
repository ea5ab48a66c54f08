// Reads of the audit log for /admin/audit. Callers must have passed requireAdmin().
import "server-only";
import { ADMIN_PAGE_SIZE, pageInfo, pageWindow, type PageInfo } from "@/lib/admin/pagination";
import { db } from "@/lib/db";
import type { AuditTargetType } from "./types";

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
};

/** Newest first (by id: entries are numbered in commit order within a clock tick too). */
export async function listAuditEntries(options: { page: number; targetType?: AuditTargetType; pageSize?: number }) {
  const pageSize = options.pageSize ?? ADMIN_PAGE_SIZE;
  const where = options.targetType ? { targetType: options.targetType } : {};
  const [total, rows] = await db().$transaction([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      ...pageWindow(options.page, pageSize),
      select: {
        id: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        targetType: true,
        targetId: true,
        summary: true,
      },
    }),
  ]);
  const entries: AuditEntryView[] = rows.map((row) => ({ ...row, id: row.id.toString() }));
  const info: PageInfo = pageInfo(options.page, total, pageSize);
  return { entries, ...info };
}
