/**
 * Full-text search over public articles: PostgreSQL, English stemming, title weighted above excerpt
 * above body, ranked by ts_rank_cd, with highlighted snippets.
 *
 * DOCUMENT must stay byte-for-byte the expression of the "Article_search_idx" GIN index
 * (prisma/migrations/*_article_search): the planner only uses an expression index for the identical
 * expression. tests/integration/articles-search.test.ts checks the plan.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "./schemas";
import { cleanSearchQuery, highlightToHtml } from "./search-text";
import type { SearchOutcome } from "./types";
import { publicSql } from "./queries.server";

export const SEARCH_DOCUMENT_SQL =
  "(setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', excerpt), 'B') || setweight(to_tsvector('english', body), 'C'))";
const DOCUMENT = Prisma.raw(SEARCH_DOCUMENT_SQL.replace(/\b(title|excerpt|body)\b/g, "a.$1"));

/** Marker characters (U+0002/U+0003) that highlightToHtml turns into <mark> after escaping. */
const HEADLINE_OPTIONS = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";
const TITLE_OPTIONS = "StartSel=\u0002, StopSel=\u0003, HighlightAll=true";

/**
 * The body as plain text for snippets: Markdown links keep their text, list markers go, and other
 * markup characters become spaces.
 */
const PLAIN_BODY = Prisma.sql`regexp_replace(regexp_replace(regexp_replace(a.body,
  '!?\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'),
  '(^|\n)[ \t]*([-+]|[0-9]+[.)])[ \t]+', '\\1', 'g'),
  '[#*_~>|\`]+', ' ', 'g')`;

/**
 * One page of search results for what the visitor typed. Never throws for odd input: an empty query,
 * one with no searchable words ("!!!", only stop words) or one with control characters is answered
 * with a status the page explains.
 */
export async function searchArticles(raw: unknown, page = 1): Promise<SearchOutcome> {
  const { text, truncated } = cleanSearchQuery(raw);
  if (!text) return { status: "empty" };
  const now = new Date();
  const [parsed] = await db().$queryRaw<{ terms: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${text}))::int AS terms`;
  if (!parsed?.terms) return { status: "no_terms", query: text };

  const pageNumber = Math.max(1, Math.trunc(page));
  const [counted] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Article" a
    WHERE ${DOCUMENT} @@ websearch_to_tsquery('english', ${text}) AND ${publicSql(now)}`;
  // Rank and cut the page first; ts_headline is costly, so only the page's rows get one.
  const rows = await db().$queryRaw<{ slug: string; title: string; headline: string; title_headline: string; shown: Date; rank: number }[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS query),
    hits AS (
      SELECT a.id, a.slug, a.title, a.excerpt, a.body, coalesce(a."publishedAt", a."publishAt", a."createdAt") AS shown,
        ts_rank_cd(${DOCUMENT}, q.query) AS rank
      FROM "Article" a, q
      WHERE ${DOCUMENT} @@ q.query AND ${publicSql(now)}
      ORDER BY rank DESC, shown DESC, a.id DESC
      LIMIT ${PAGE_SIZE} OFFSET ${(pageNumber - 1) * PAGE_SIZE}
    )
    SELECT a.slug, a.title, a.shown, a.rank::float8 AS rank,
      ts_headline('english', a.title, q.query, ${TITLE_OPTIONS}) AS title_headline,
      ts_headline('english', a.excerpt || E'\n' || ${PLAIN_BODY}, q.query, ${HEADLINE_OPTIONS}) AS headline
    FROM hits a, q
    ORDER BY a.rank DESC, a.shown DESC, a.id DESC`;

  const count = Number(counted?.total ?? 0);
  return {
    status: "ok",
    query: text,
    truncated,
    page: pageNumber,
    pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)),
    total: count,
    hits: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      titleHtml: highlightToHtml(row.title_headline),
      snippetHtml: highlightToHtml(row.headline),
      publishedAt: row.shown,
      rank: row.rank,
    })),
  };
}
