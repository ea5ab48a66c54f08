// The vocabulary of the audit log. Pure (no Prisma, no Next) so pages and filters can use it too.
// Stored as plain strings: a new action is added here, never renamed, so old entries keep meaning.

export const AUDIT_TARGET_TYPES = ["article", "routine", "exercise", "user"] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export const AUDIT_ACTIONS = [
  "article.create",
  "article.update",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.trash",
  "article.restore",
  "article.revision_restore",
  "routine.create",
  "routine.update",
  "routine.delete",
  "exercise.create",
  "exercise.update",
  "exercise.delete",
  "user.admin_grant",
  "user.admin_remove",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_LABELS: Record<AuditTargetType, string> = {
  article: "Articles",
  routine: "Routines",
  exercise: "Exercises",
  user: "People",
};

export function isAuditTargetType(value: unknown): value is AuditTargetType {
  return typeof value === "string" && (AUDIT_TARGET_TYPES as readonly string[]).includes(value);
}

/** Where an entry's target can be looked at in the admin, or null (deleted things, people). */
export function auditTargetHref(targetType: string, targetId: string | null, action: string): string | null {
  if (!targetId || action.endsWith(".delete")) return null;
  switch (targetType) {
    case "article":
      return `/admin/articles/${encodeURIComponent(targetId)}`;
    case "routine":
      return `/admin/routines/${encodeURIComponent(targetId)}`;
    case "exercise":
      return `/admin/exercises/${encodeURIComponent(targetId)}`;
    default:
      return null;
  }
}

/** Who is acting: the admin from requireAdmin()/requireApiAdmin(), passed explicitly to every write. */
export type Actor = { id: string; email: string | null };
