// The pieces every admin article write shares (admin-save and admin-trash): tags and routines, the
// revision that records the save, the slug checks, and telling a conflict from the trash.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/audit/types";
import { getAdminArticle } from "./admin-queries.server";
import type { AdminArticle, ArticleWriteResult } from "./admin-types";
import { tagLabel } from "./slug";

type Client = Prisma.TransactionClient;

/** Replaces the article's tags (creating new ones) and its ordered routine links. */
export async function writeRelations(
  tx: Client,
  articleId: string,
  input: { tags: string[]; routineSlugs: string[] },
): Promise<void> {
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (input.tags.length) {
    // ON CONFLICT DO NOTHING: two saves adding the same new tag at once both succeed.
    await tx.tag.createMany({ data: input.tags.map((slug) => ({ slug, name: tagLabel(slug) })), skipDuplicates: true });
    const tags = await tx.tag.findMany({ where: { slug: { in: input.tags } }, select: { id: true } });
    await tx.articleTag.createMany({ data: tags.map((tag) => ({ articleId, tagId: tag.id })) });
  }
  await tx.articleRoutine.deleteMany({ where: { articleId } });
  if (input.routineSlugs.length) {
    const routines = await tx.routine.findMany({
      where: { slug: { in: input.routineSlugs } },
      select: { id: true, slug: true },
    });
    const idBySlug = new Map(routines.map((routine) => [routine.slug, routine.id]));
    await tx.articleRoutine.createMany({
      data: input.routineSlugs.flatMap((slug, position) => {
        const routineId = idBySlug.get(slug);
        return routineId ? [{ articleId, routineId, position }] : [];
      }),
    });
  }
}

/** Records the article as it now is (read back inside the transaction) as the revision of its version. */
export async function saveRevision(tx: Client, articleId: string, actor: Actor): Promise<AdminArticle> {
  const article = await getAdminArticle(articleId, tx);
  if (!article) throw new Error(`Article ${articleId} vanished inside its own save`);
  await tx.articleRevision.create({
    data: {
      articleId,
      version: article.version,
      title: article.title,
      slug: article.slug,
      excerpt: article.excerpt,
      body: article.body,
      tags: article.tags,
      routineSlugs: article.routineSlugs,
      coverUrl: article.coverUrl,
      coverAlt: article.coverAlt,
      status: article.status,
      authorId: actor.id,
    },
  });
  return { ...article, lastSavedBy: actor.email };
}

/** A revision's content as raw article input (for restoring it). */
export function articleSnapshot(revision: {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  tags: string[];
  coverUrl: string | null;
  coverAlt: string | null;
}) {
  return {
    title: revision.title,
    slug: revision.slug,
    excerpt: revision.excerpt,
    body: revision.body,
    tags: revision.tags,
    coverUrl: revision.coverUrl ?? "",
    coverAlt: revision.coverAlt ?? "",
  };
}

/** Routine slugs of the list that no routine has. */
export async function unknownRoutines(client: Client, slugs: string[]): Promise<string[]> {
  if (!slugs.length) return [];
  const found = await client.routine.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  const known = new Set(found.map((routine) => routine.slug));
  return slugs.filter((slug) => !known.has(slug));
}

/**
 * Why this article cannot take this slug, or null. Besides another article's current slug, an old
 * slug of another article is refused too: it still redirects readers there, and taking it would
 * silently break their links (rename the other article back, or choose another slug).
 */
export async function slugProblem(client: Client, slug: string, articleId: string | null): Promise<string | null> {
  const [owner, redirect] = await Promise.all([
    client.article.findUnique({ where: { slug }, select: { id: true } }),
    client.slugRedirect.findUnique({ where: { fromSlug: slug }, select: { articleId: true } }),
  ]);
  if (owner && owner.id !== articleId) return "Another article already uses this slug";
  if (redirect && redirect.articleId !== articleId)
    return "This slug is an old address of another article (it redirects there); choose another";
  return null;
}

/** After an UPDATE … WHERE version matched nothing: say why, with what is saved now. */
export async function conflictOrTrashed(id: string): Promise<ArticleWriteResult> {
  const current = await getAdminArticle(id);
  if (!current) return { ok: false, reason: "not_found" };
  return { ok: false, reason: current.status === "trashed" ? "trashed" : "conflict", current };
}
