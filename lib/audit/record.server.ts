// The one way an admin action is written to the audit log. It takes the transaction of the change it
// records, so the entry and the change commit together or not at all: a refused or failed write
// leaves no entry claiming it happened, and a committed change always has its entry.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction, AuditTargetType } from "./types";

export type AuditEntryInput = {
  /** The acting account; null for the command line (`npm run admin:create`), named by actorEmail. */
  actorId: string | null;
  /** Copied into the entry, so the log still names the person after their account is deleted. */
  actorEmail: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  /** One human sentence for the log page ("Published “Hip hinge basics”"). */
  summary: string;
  /** Machine-readable facts (versions, old and new slug, changed fields); never secrets. */
  details?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntryInput): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorEmail: entry.actorEmail,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      summary: entry.summary,
      ...(entry.details !== undefined && { details: entry.details }),
    },
  });
}
