// The shapes the article pages, feed and sitemap read. Pure: built by queries.server.ts from rows.

export type TagRef = { slug: string; name: string };

export type ArticleCard = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  /** The date the article shows (publishedAt, or publishAt for one that went live on a schedule). */
  publishedAt: Date;
  readingMinutes: number;
  tags: TagRef[];
};

export type RoutineLink = { slug: string; name: string; summary: string; minutes: number };

export type ArticleDetail = ArticleCard & {
  /** Sanitised HTML of the body (lib/articles/markdown). */
  html: string;
  updatedAt: Date;
  authorName: string | null;
  coverUrl: string | null;
  coverAlt: string | null;
  viewCount: number;
  /** Articles tagged `bmi` show the calculator. */
  showCalculator: boolean;
  routines: RoutineLink[];
  related: ArticleCard[];
};

export type ArticlePage = { items: ArticleCard[]; page: number; pageCount: number; total: number };

export type SearchHit = {
  slug: string;
  title: string;
  /** Escaped HTML with <mark> around the matched words: safe to put in the page as it is. */
  titleHtml: string;
  snippetHtml: string;
  publishedAt: Date;
  rank: number;
};

export type SearchOutcome =
  | { status: "empty" }
  | { status: "no_terms"; query: string }
  | {
      status: "ok";
      query: string;
      truncated: boolean;
      hits: SearchHit[];
      page: number;
      pageCount: number;
      total: number;
    };
