/**
 * Full-text search over public articles: PostgreSQL, English stemming, title weighted above excerpt
 * above body, ranked by ts_rank_cd, with highlighted snippets.
 *
 * Everything costly is stored (ADR 0028): "searchVector" (the weighted document, GIN-indexed) and
 * "searchText" (excerpt and body as plain text) are columns PostgreSQL generates on every write
 * (prisma/migrations/*_article_search_columns), so a search parses no article bodies to match or
 * rank, and headlines are made for the shown page only, on a bounded prefix. One statement answers
 * everything: whether the query has terms, the total, and the page.
 */
import "server-only";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "./schemas";
import { cleanSearchQuery, highlightToHtml } from "./search-text";
import type { SearchOutcome } from "./types";
import { publicSql } from "./queries.server";

/** Marker characters (U+0002/U+0003) that highlightToHtml turns into <mark> after escaping. */
const HEADLINE_OPTIONS =
  'StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';
const TITLE_OPTIONS = "StartSel=\u0002, StopSel=\u0003, HighlightAll=true";
/**
 * ts_headline costs as much as parsing the text it is given, so snippets come from the first
 * characters of the article; only a hit whose words all lie further on gets a headline over the
 * whole text.
 */
export const SNIPPET_PREFIX_CHARS = 1500;

type Row = {
  terms: number;
  total: bigint;
  slug: string | null;
  title: string;
  headline: string;
  title_headline: string;
  shown: Date;
  rank: number;
};

/**
 * One page of search results for what the visitor typed. Never throws for odd input: an empty query,
 * one with no searchable words ("!!!", only stop words) or one with control characters is answered
 * with a status the page explains.
 */
export async function searchArticles(raw: unknown, page = 1): Promise<SearchOutcome> {
  const { text, truncated } = cleanSearchQuery(raw);
  if (!text) return { status: "empty" };
  const pageNumber = Math.max(1, Math.trunc(page));
  // Always at least one row (q LEFT JOIN the page): it carries the term count and the total.
  const rows = await db().$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS query),
    matches AS (
      SELECT a.id, a.slug, a.title, a."searchText", coalesce(a."publishedAt", a."publishAt", a."createdAt") AS shown,
        ts_rank_cd(a."searchVector", q.query) AS rank
      FROM "Article" a, q
      WHERE numnode(q.query) > 0 AND a."searchVector" @@ q.query AND ${publicSql(new Date())}
    ),
    hits AS (
      SELECT * FROM matches ORDER BY rank DESC, shown DESC, id DESC
      LIMIT ${PAGE_SIZE} OFFSET ${(pageNumber - 1) * PAGE_SIZE}
    )
    SELECT numnode(q.query)::int AS terms, (SELECT count(*) FROM matches) AS total,
      h.slug, h.title, h.shown, h.rank::float8 AS rank,
      ts_headline('english', h.title, q.query, ${TITLE_OPTIONS}) AS title_headline,
      CASE WHEN strpos(near.headline, chr(2)) > 0 THEN near.headline
        ELSE ts_headline('english', h."searchText", q.query, ${HEADLINE_OPTIONS}) END AS headline
    FROM q
    LEFT JOIN hits h ON true
    LEFT JOIN LATERAL (
      SELECT ts_headline('english', left(h."searchText", ${SNIPPET_PREFIX_CHARS}), q.query, ${HEADLINE_OPTIONS})
        AS headline
    ) near ON true
    ORDER BY h.rank DESC, h.shown DESC, h.id DESC`;

  const first = rows[0];
  if (!first?.terms) return { status: "no_terms", query: text };
  const hits = rows.filter((row): row is Row & { slug: string } => row.slug !== null);
  const count = Number(first.total);
  return {
    status: "ok",
    query: text,
    truncated,
    page: pageNumber,
    pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)),
    total: count,
    hits: hits.map((row) => ({
      slug: row.slug,
      title: row.title,
      titleHtml: highlightToHtml(row.title_headline),
      snippetHtml: highlightToHtml(row.headline),
      publishedAt: row.shown,
      rank: row.rank,
    })),
  };
}
