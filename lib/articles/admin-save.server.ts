/**
 * Admin writes of an article's content: create, update (with optimistic concurrency) and restoring
 * an old revision. One function each for the editor's server actions and the admin JSON API; input
 * is the raw form or JSON object, parsed by the one schema (schemas.ts).
 *
 * Every save is one transaction: the article row (UPDATE … WHERE id AND version, so a stale
 * version changes nothing), its tags and routines, a slug redirect when a public article is renamed,
 * a full revision with the new version, and the audit entry. Either all of it is saved or none.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record.server";
import type { Actor, AuditAction } from "@/lib/audit/types";
import { db } from "@/lib/db";
import { getAdminArticle, getRevision } from "./admin-queries.server";
import {
  articleSnapshot,
  conflictOrTrashed,
  saveRevision,
  slugProblem,
  unknownRoutines,
  writeRelations,
} from "./admin-write.server";
import type { AdminArticle, ArticleWriteResult } from "./admin-types";
import { needsRedirect, publishDates, scheduleProblem } from "./editor-rules";
import { type ArticleInput, articleInputSchema } from "./schemas";
import { zodFieldErrors } from "@/lib/forms/form-state";

/** The audit summary of a new article, by how it was first saved. */
const CREATED_SUMMARY = {
  "article.create": "Created draft",
  "article.publish": "Created and published",
  "article.schedule": "Created and scheduled",
} as const;

const invalid = (fields: Record<string, string>): ArticleWriteResult => ({ ok: false, reason: "invalid", fields });

/** Field problems that need the database or the clock; empty when the input can be saved. */
async function inputProblems(
  input: ArticleInput,
  previous: AdminArticle | null,
  now: Date,
): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  if (input.status === "scheduled") {
    const problem = scheduleProblem(input.publishAt, previous, now);
    if (problem) fields.publishAt = problem;
  }
  const unknown = await unknownRoutines(db(), input.routineSlugs);
  if (unknown.length) fields.routineSlugs = `No routine with the slug ${unknown.join(", ")}`;
  const slug = await slugProblem(db(), input.slug, previous?.id ?? null);
  if (slug) fields.slug = slug;
  return fields;
}

/**
 * The slug was taken between our check and the insert. Only Article's slug index counts: any other
 * unique violation (a revision's version, say) is a real failure and must not read as a field error.
 * With the pg driver adapter the index name is in meta.driverAdapterError; the classic engine names
 * the fields in meta.target.
 */
function isSlugTaken(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error) || error.code !== "P2002") return false;
  const meta = "meta" in error ? (error.meta as { modelName?: string; target?: unknown } | undefined) : undefined;
  if (Array.isArray(meta?.target)) return meta.modelName === "Article" && meta.target.includes("slug");
  return JSON.stringify(meta ?? {}).includes("Article_slug_key");
}

const SLUG_TAKEN = { slug: "Another article already uses this slug" };

export async function createArticle(actor: Actor, raw: unknown, now = new Date()): Promise<ArticleWriteResult> {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const input = parsed.data;
  const problems = await inputProblems(input, null, now);
  if (Object.keys(problems).length) return invalid(problems);
  try {
    return await db().$transaction(async (tx) => {
      const { id } = await tx.article.create({
        data: {
          slug: input.slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          status: input.status,
          ...publishDates(input, null, now),
          coverUrl: input.coverUrl,
          coverAlt: input.coverAlt,
          authorId: actor.id,
          version: 1,
        },
        select: { id: true },
      });
      await writeRelations(tx, id, input);
      const article = await saveRevision(tx, id, actor);
      const action: keyof typeof CREATED_SUMMARY =
        input.status === "published"
          ? "article.publish"
          : input.status === "scheduled"
            ? "article.schedule"
            : "article.create";
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action,
        targetType: "article",
        targetId: id,
        summary: `${CREATED_SUMMARY[action]} “${article.title}”`,
        details: {
          version: 1,
          status: article.status,
          slug: article.slug,
          publishAt: article.publishAt?.toISOString() ?? null,
        },
      });
      return { ok: true as const, article, revalidate: [article.slug] };
    });
  } catch (error) {
    if (isSlugTaken(error)) return invalid(SLUG_TAKEN); // the slug was taken a moment ago
    throw error;
  }
}

/** The raw fields of an article as saved: what an update starts from, so a field left out stays as it is. */
function savedFields(article: AdminArticle): Record<string, unknown> {
  return {
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    body: article.body,
    tags: article.tags,
    routineSlugs: article.routineSlugs,
    coverUrl: article.coverUrl ?? "",
    coverAlt: article.coverAlt ?? "",
    status: article.status === "trashed" ? "draft" : article.status,
    publishAt: article.publishAt,
  };
}

function definedFields(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== "object") return {};
  const sent = Object.entries(raw).filter(([, value]) => value !== undefined);
  // An empty status (a form or client that did not choose) keeps the current one.
  return Object.fromEntries(sent.filter(([key, value]) => !(key === "status" && (value === "" || value === null))));
}

type AuditNote = { action: AuditAction; summary: string; details?: Record<string, Prisma.InputJsonValue | null> };
type UpdateOptions = { now?: Date; audit?: AuditNote };

/**
 * Saves a change to an article. `raw.version` must be the version the editor read; when another
 * save came first, nothing is written and the result is a conflict carrying what is saved now.
 * Fields left out of `raw` keep their saved values (the JSON API's PATCH; the form sends them all).
 */
export async function updateArticle(
  actor: Actor,
  id: string,
  raw: unknown,
  options: UpdateOptions = {},
): Promise<ArticleWriteResult> {
  const now = options.now ?? new Date();
  const current = await getAdminArticle(id);
  if (!current) return { ok: false, reason: "not_found" };
  const sent = definedFields(raw);
  if (sent.version === undefined || sent.version === null || sent.version === "") {
    return invalid({ version: "Send the version you last read (optimistic concurrency)" });
  }
  const parsed = articleInputSchema.safeParse({ ...savedFields(current), ...sent });
  if (!parsed.success) return invalid(zodFieldErrors(parsed.error));
  const input = parsed.data;
  const expected = input.version!;
  if (current.status === "trashed") return { ok: false, reason: "trashed", current };
  if (expected !== current.version) return { ok: false, reason: "conflict", current };
  const problems = await inputProblems(input, current, now);
  if (Object.keys(problems).length) return invalid(problems);

  try {
    const result = await db().$transaction(async (tx) => {
      const { count } = await tx.article.updateMany({
        where: { id, version: expected, status: { not: "trashed" } },
        data: {
          slug: input.slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          status: input.status,
          ...publishDates(input, current, now),
          coverUrl: input.coverUrl,
          coverAlt: input.coverAlt,
          version: { increment: 1 },
        },
      });
      if (count === 0) return null; // another save (or the trash) came first; nothing written
      await writeRelations(tx, id, input);
      if (needsRedirect(current, input.slug, now)) {
        await tx.slugRedirect.upsert({
          where: { fromSlug: current.slug },
          create: { fromSlug: current.slug, articleId: id },
          update: { articleId: id },
        });
      }
      // Renamed back to an old name: that name is the article's address again, not a redirect.
      await tx.slugRedirect.deleteMany({ where: { fromSlug: input.slug, articleId: id } });
      const article = await saveRevision(tx, id, actor);
      const audit = options.audit ?? updateAudit(current, article);
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        action: audit.action,
        targetType: "article",
        targetId: id,
        summary: audit.summary,
        details: {
          version: article.version,
          fromStatus: current.status,
          status: article.status,
          ...(current.slug !== article.slug && { fromSlug: current.slug, slug: article.slug }),
          publishAt: article.publishAt?.toISOString() ?? null,
          ...audit.details,
        },
      });
      return article;
    });
    if (!result) return conflictOrTrashed(id);
    return { ok: true, article: result, revalidate: [...new Set([current.slug, result.slug])] };
  } catch (error) {
    if (isSlugTaken(error)) return invalid(SLUG_TAKEN);
    throw error;
  }
}

function updateAudit(before: AdminArticle, after: AdminArticle): AuditNote {
  const title = `“${after.title}”`;
  if (before.status !== after.status) {
    if (after.status === "published") return { action: "article.publish", summary: `Published ${title}` };
    if (after.status === "scheduled")
      return { action: "article.schedule", summary: `Scheduled ${title} for ${after.publishAt?.toISOString()}` };
    if (after.status === "draft")
      return { action: "article.unpublish", summary: `Unpublished ${title} (back to draft)` };
  }
  if (after.status === "scheduled" && before.publishAt?.getTime() !== after.publishAt?.getTime()) {
    return { action: "article.schedule", summary: `Rescheduled ${title} for ${after.publishAt?.toISOString()}` };
  }
  return { action: "article.update", summary: `Edited ${title} (version ${after.version})` };
}

/**
 * Makes an old revision's content the article's content again, as a new save (a new version and
 * revision: nothing is lost, and it can be undone the same way). The status stays as it is now:
 * restoring words does not publish or unpublish. Routines deleted since are left out.
 */
export async function restoreRevision(
  actor: Actor,
  id: string,
  revisionVersion: number,
  expectedVersion: unknown,
): Promise<ArticleWriteResult> {
  const revision = await getRevision(id, revisionVersion);
  if (!revision) return { ok: false, reason: "not_found" };
  const missing = new Set(await unknownRoutines(db(), revision.routineSlugs));
  return updateArticle(
    actor,
    id,
    {
      ...articleSnapshot(revision),
      routineSlugs: revision.routineSlugs.filter((slug) => !missing.has(slug)),
      version: expectedVersion,
    },
    {
      audit: {
        action: "article.revision_restore",
        summary: `Restored “${revision.title}” to version ${revision.version}`,
        details: { restoredVersion: revision.version, droppedRoutines: [...missing] },
      },
    },
  );
}
