// Moving an article to the trash and back. Like every save, each is one transaction with a new
// version, a revision and an audit entry, and a stale `expectedVersion` (from a form) changes nothing.
import "server-only";
import { recordAudit } from "@/lib/audit/record.server";
import type { Actor } from "@/lib/audit/types";
import { db } from "@/lib/db";
import { getAdminArticle } from "./admin-queries.server";
import type { ArticleWriteResult } from "./admin-types";
import { conflictOrTrashed, saveRevision } from "./admin-write.server";
import { restoredDates, restoredStatus } from "./editor-rules";

function versionMismatch(expected: number | undefined, current: number): boolean {
  return expected !== undefined && expected !== current;
}

/**
 * Trashes an article (the public page disappears; nothing is deleted). Trashing a trashed article
 * changes nothing. `expectedVersion` is the version the admin looked at; the API may leave it out.
 */
export async function trashArticle(actor: Actor, id: string, expectedVersion?: number): Promise<ArticleWriteResult> {
  const current = await getAdminArticle(id);
  if (!current) return { ok: false, reason: "not_found" };
  if (current.status === "trashed") return { ok: true, article: current, revalidate: [] };
  if (versionMismatch(expectedVersion, current.version)) return { ok: false, reason: "conflict", current };
  const article = await db().$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id, version: current.version, status: current.status },
      data: { status: "trashed", trashedFrom: current.status, version: { increment: 1 } },
    });
    if (count === 0) return null;
    const saved = await saveRevision(tx, id, actor);
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "article.trash",
      targetType: "article",
      targetId: id,
      summary: `Moved “${saved.title}” to the trash`,
      details: { version: saved.version, fromStatus: current.status },
    });
    return saved;
  });
  if (!article) return conflictOrTrashed(id);
  return { ok: true, article, revalidate: [article.slug] };
}

/** Restores a trashed article to the status it had (see editor-rules restoredStatus). */
export async function restoreArticle(
  actor: Actor,
  id: string,
  expectedVersion?: number,
  now = new Date(),
): Promise<ArticleWriteResult> {
  const current = await getAdminArticle(id);
  if (!current) return { ok: false, reason: "not_found" };
  if (current.status !== "trashed") return { ok: true, article: current, revalidate: [] };
  if (versionMismatch(expectedVersion, current.version)) return { ok: false, reason: "conflict", current };
  const status = restoredStatus(current.trashedFrom, current.publishAt, now);
  const article = await db().$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id, version: current.version, status: "trashed" },
      data: { status, trashedFrom: null, ...restoredDates(status, current, now), version: { increment: 1 } },
    });
    if (count === 0) return null;
    const saved = await saveRevision(tx, id, actor);
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "article.restore",
      targetType: "article",
      targetId: id,
      summary: `Restored “${saved.title}” from the trash as ${status}`,
      details: { version: saved.version, trashedFrom: current.trashedFrom, status },
    });
    return saved;
  });
  if (!article) {
    const latest = await getAdminArticle(id);
    return latest ? { ok: false, reason: "conflict", current: latest } : { ok: false, reason: "not_found" };
  }
  return { ok: true, article, revalidate: [article.slug] };
}
