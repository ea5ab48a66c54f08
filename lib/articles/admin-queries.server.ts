// Admin reads of articles (every status, trashed included). Callers must have passed
// requireAdmin() or requireApiAdmin(); these do not check roles themselves.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ADMIN_PAGE_SIZE, pageInfo, pageWindow } from "@/lib/admin/pagination";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/text";
import type { AdminArticle, AdminArticleListItem, RevisionSummary } from "./admin-types";
import type { ArticleStatus } from "./editor-rules";

export const ADMIN_STATUSES = [
  "draft",
  "scheduled",
  "published",
  "trashed",
] as const satisfies readonly ArticleStatus[];

export function isAdminStatus(value: unknown): value is ArticleStatus {
  return typeof value === "string" && (ADMIN_STATUSES as readonly string[]).includes(value);
}

const authorSelect = { select: { id: true, email: true, name: true } } as const;

export const editorSelect = {
  id: true,
  version: true,
  title: true,
  slug: true,
  excerpt: true,
  body: true,
  status: true,
  publishAt: true,
  publishedAt: true,
  trashedFrom: true,
  coverUrl: true,
  coverAlt: true,
  viewCount: true,
  createdAt: true,
  updatedAt: true,
  author: authorSelect,
  tags: { select: { tag: { select: { slug: true } } } },
  routines: { orderBy: { position: "asc" }, select: { routine: { select: { slug: true } } } },
  revisions: { orderBy: { version: "desc" }, take: 1, select: { author: { select: { email: true } } } },
} satisfies Prisma.ArticleSelect;

type EditorRow = Prisma.ArticleGetPayload<{ select: typeof editorSelect }>;

export function toAdminArticle(row: EditorRow): AdminArticle {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    body: row.body,
    tags: row.tags.map(({ tag }) => tag.slug).sort(),
    status: row.status,
    publishAt: row.publishAt,
    publishedAt: row.publishedAt,
    trashedFrom: row.trashedFrom,
    routineSlugs: row.routines.map(({ routine }) => routine.slug),
    coverUrl: row.coverUrl,
    coverAlt: row.coverAlt,
    author: row.author,
    viewCount: row.viewCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lastSavedBy: row.revisions[0]?.author?.email ?? null,
  };
}

/** One article as the editor shows it, in any status; `client` lets a transaction read its own writes. */
export async function getAdminArticle(
  id: string,
  client: Prisma.TransactionClient = db(),
): Promise<AdminArticle | null> {
  // Ids come from URLs and forms: one that cannot be ours (a NUL, 10,000 characters) is simply not found.
  if (!isRecordId(id)) return null;
  const row = await client.article.findUnique({ where: { id }, select: editorSelect });
  return row ? toAdminArticle(row) : null;
}

/** A search box's text as a LIKE pattern's input: trimmed, without control characters (PostgreSQL refuses NUL). */
export function searchText(value: string | undefined): string {
  return (value ?? "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
}

export type AdminArticleFilter = { status?: ArticleStatus; q?: string; page: number; pageSize?: number };

/**
 * The admin list: one status, or everything but the trash (as WordPress's "All"); `q` matches the
 * title or slug (ILIKE is enough for an admin list; readers get full-text search). Recently edited first.
 */
export async function listAdminArticles(filter: AdminArticleFilter) {
  const pageSize = filter.pageSize ?? ADMIN_PAGE_SIZE;
  const q = searchText(filter.q);
  const where: Prisma.ArticleWhereInput = {
    status: filter.status ?? { not: "trashed" },
    ...(q && { OR: [{ title: { contains: q, mode: "insensitive" } }, { slug: { contains: q, mode: "insensitive" } }] }),
  };
  const [total, rows] = await db().$transaction([
    db().article.count({ where }),
    db().article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...pageWindow(filter.page, pageSize),
      select: {
        id: true,
        version: true,
        title: true,
        slug: true,
        status: true,
        publishAt: true,
        publishedAt: true,
        viewCount: true,
        updatedAt: true,
        author: authorSelect,
      },
    }),
  ]);
  const items: AdminArticleListItem[] = rows;
  return { items, ...pageInfo(filter.page, total, pageSize) };
}

/** Counts per status, for the list's filter tabs. */
export async function countArticlesByStatus(): Promise<Record<ArticleStatus, number>> {
  const groups = await db().article.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  const counts: Record<ArticleStatus, number> = { draft: 0, scheduled: 0, published: 0, trashed: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Every save of an article, newest first. */
export async function listRevisions(articleId: string): Promise<RevisionSummary[]> {
  if (!isRecordId(articleId)) return [];
  const rows = await db().articleRevision.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, title: true, status: true, author: { select: { email: true } } },
  });
  return rows.map((row) => ({
    version: row.version,
    createdAt: row.createdAt,
    title: row.title,
    status: row.status,
    authorEmail: row.author?.email ?? null,
  }));
}

/** One saved version, as it was saved, or null. */
export async function getRevision(articleId: string, version: number) {
  if (!isRecordId(articleId) || !Number.isSafeInteger(version) || version < 1 || version > 2 ** 31 - 1) return null;
  return db().articleRevision.findUnique({
    where: { articleId_version: { articleId, version } },
    select: {
      version: true,
      createdAt: true,
      title: true,
      slug: true,
      excerpt: true,
      body: true,
      tags: true,
      routineSlugs: true,
      coverUrl: true,
      coverAlt: true,
      status: true,
      author: { select: { email: true } },
    },
  });
}

/** The routine catalogue to link from (unpublished ones too, marked, so a link can be prepared). */
export async function listRoutineChoices() {
  return db().routine.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, published: true } });
}
