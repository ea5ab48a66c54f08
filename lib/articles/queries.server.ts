/**
 * Public reads of articles: only what lib/articles/visibility calls public (published, or scheduled
 * with publishAt in the past), evaluated against the clock at query time. Pages that use these are
 * prerendered and revalidated (see revalidate.server.ts), so every function here is cheap to call
 * at build time for every article.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { renderMarkdown } from "./markdown";
import { readingMinutes } from "./reading-time";
import { PAGE_SIZE } from "./schemas";
import type { ArticleCard, ArticleDetail, ArticlePage, TagRef } from "./types";
import { CALCULATOR_TAG, shownDate } from "./visibility";

/** The visibility rule as a Prisma filter (the same rule as visibility.ts isPublic). */
export function publicWhere(now = new Date()): Prisma.ArticleWhereInput {
  return { OR: [{ status: "published" }, { status: "scheduled", publishAt: { lte: now } }] };
}

/** The same rule in SQL, for raw queries over "Article" aliased `a`. */
export function publicSql(now = new Date()): Prisma.Sql {
  return Prisma.sql`(a.status = 'published' OR (a.status = 'scheduled' AND a."publishAt" <= ${now}))`;
}

/** Newest first; ties (same publication time) broken by id so pages never overlap. */
const NEWEST: Prisma.ArticleOrderByWithRelationInput[] = [
  { publishedAt: { sort: "desc", nulls: "last" } },
  { publishAt: { sort: "desc", nulls: "last" } },
  { id: "desc" },
];

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  body: true,
  status: true,
  publishAt: true,
  publishedAt: true,
  createdAt: true,
  tags: { select: { tag: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

function byName(a: TagRef, b: TagRef) {
  return a.name.localeCompare(b.name, "en");
}

function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: shownDate(row),
    readingMinutes: readingMinutes(row.body),
    tags: row.tags.map(({ tag }) => tag).sort(byName),
  };
}

/** One page of public articles, newest first, optionally only those with a tag. Page 1-based. */
export async function listArticles(options: { page?: number; tag?: string } = {}): Promise<ArticlePage> {
  const page = Math.max(1, Math.trunc(options.page ?? 1));
  const where: Prisma.ArticleWhereInput = {
    ...publicWhere(),
    ...(options.tag && { tags: { some: { tag: { slug: options.tag } } } }),
  };
  const [total, rows] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({
      where,
      orderBy: NEWEST,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return { items: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

/** Slugs of every public article, for generateStaticParams. */
export async function listPublicSlugs(): Promise<string[]> {
  const rows = await db().article.findMany({ where: publicWhere(), orderBy: NEWEST, select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** The full public article, or null (no such slug, or not public yet / any more). */
export async function getArticle(slug: string): Promise<ArticleDetail | null> {
  const row = await db().article.findFirst({
    where: { slug, ...publicWhere() },
    select: {
      ...cardSelect,
      updatedAt: true,
      coverUrl: true,
      coverAlt: true,
      viewCount: true,
      author: { select: { name: true } },
      routines: {
        where: { routine: { published: true } },
        orderBy: { position: "asc" },
        select: { routine: { select: { slug: true, name: true, summary: true, minutes: true } } },
      },
    },
  });
  if (!row) return null;
  const card = toCard(row);
  return {
    ...card,
    html: renderMarkdown(row.body),
    updatedAt: row.updatedAt,
    authorName: row.author?.name ?? null,
    coverUrl: row.coverUrl,
    coverAlt: row.coverAlt,
    viewCount: row.viewCount,
    showCalculator: card.tags.some((tag) => tag.slug === CALCULATOR_TAG),
    routines: row.routines.map(({ routine }) => routine),
    related: await relatedArticles(row.id),
  };
}

/**
 * Where an old slug lives now: the current slug of the public article it used to name, or null.
 * A slug that is itself an article's current slug never redirects.
 */
export async function findSlugRedirect(fromSlug: string): Promise<string | null> {
  const redirect = await db().slugRedirect.findUnique({
    where: { fromSlug },
    select: { article: { select: { slug: true, status: true, publishAt: true, publishedAt: true } } },
  });
  if (!redirect) return null;
  const target = await db().article.findFirst({
    where: { slug: redirect.article.slug, ...publicWhere() },
    select: { slug: true },
  });
  return target && target.slug !== fromSlug ? target.slug : null;
}

/** Public articles sharing the most tags with this one (then newest), at most `limit`. */
export async function relatedArticles(articleId: string, limit = 3): Promise<ArticleCard[]> {
  const ranked = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id
    FROM "ArticleTag" mine
    JOIN "ArticleTag" theirs ON theirs."tagId" = mine."tagId" AND theirs."articleId" <> mine."articleId"
    JOIN "Article" a ON a.id = theirs."articleId"
    WHERE mine."articleId" = ${articleId} AND ${publicSql()}
    GROUP BY a.id
    ORDER BY count(*) DESC, max(coalesce(a."publishedAt", a."publishAt")) DESC, a.id DESC
    LIMIT ${limit}`;
  if (ranked.length === 0) return [];
  const rows = await db().article.findMany({ where: { id: { in: ranked.map((row) => row.id) } }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [toCard(row)] : [];
  });
}

/** Tags with at least one public article, with how many, by name. */
export async function listTags(): Promise<(TagRef & { count: number })[]> {
  const rows = await db().$queryRaw<{ slug: string; name: string; count: bigint }[]>`
    SELECT t.slug, t.name, count(*) AS count
    FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id JOIN "Article" a ON a.id = at."articleId"
    WHERE ${publicSql()}
    GROUP BY t.id ORDER BY t.name`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, count: Number(row.count) }));
}

/** A tag by slug (whether or not it has public articles), or null. */
export async function getTag(slug: string): Promise<TagRef | null> {
  return db().tag.findUnique({ where: { slug }, select: { slug: true, name: true } });
}

/** The newest public articles with their rendered body, for the RSS feed. */
export async function feedArticles(
  limit = 20,
): Promise<(ArticleCard & { html: string; updatedAt: Date; authorName: string | null })[]> {
  const rows = await db().article.findMany({
    where: publicWhere(),
    orderBy: NEWEST,
    take: limit,
    select: { ...cardSelect, updatedAt: true, author: { select: { name: true } } },
  });
  return rows.map((row) => ({
    ...toCard(row),
    html: renderMarkdown(row.body),
    updatedAt: row.updatedAt,
    authorName: row.author?.name ?? null,
  }));
}

/** What the sitemap lists: public articles and the tags they use, published routines. */
export async function sitemapData() {
  const [articles, tags, routines] = await Promise.all([
    db().article.findMany({ where: publicWhere(), orderBy: NEWEST, select: { slug: true, updatedAt: true } }),
    listTags(),
    db().routine.findMany({
      where: { published: true },
      orderBy: { slug: "asc" },
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return { articles, tags: tags.map((tag) => tag.slug), routines };
}
