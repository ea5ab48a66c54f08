// What the admin editor, its actions and the admin JSON API pass around. Pure types.
import type { ArticleStatus } from "./editor-rules";

export type AdminArticle = {
  id: string;
  /** Optimistic concurrency: a save must name this; it goes up by one with every save. */
  version: number;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  /** Tag slugs, by name. */
  tags: string[];
  status: ArticleStatus;
  publishAt: Date | null;
  publishedAt: Date | null;
  trashedFrom: ArticleStatus | null;
  /** Linked routines in their order. */
  routineSlugs: string[];
  coverUrl: string | null;
  coverAlt: string | null;
  author: { id: string; email: string | null; name: string | null } | null;
  viewCount: number;
  createdAt: Date;
  updatedAt: Date;
  /** Who made the latest save (its revision's author), when known. */
  lastSavedBy: string | null;
};

export type AdminArticleListItem = Pick<
  AdminArticle,
  "id" | "version" | "title" | "slug" | "status" | "publishAt" | "publishedAt" | "viewCount" | "updatedAt" | "author"
>;

/** The outcome of any admin write to an article. `revalidate` lists the public slugs to refresh. */
export type ArticleWriteResult =
  | { ok: true; article: AdminArticle; revalidate: string[] }
  | { ok: false; reason: "invalid"; fields: Record<string, string> }
  /** Another save came first: nothing was written; `current` is what is saved now. */
  | { ok: false; reason: "conflict"; current: AdminArticle }
  /** Trashed articles are read-only until restored. */
  | { ok: false; reason: "trashed"; current: AdminArticle }
  | { ok: false; reason: "not_found" };

export type RevisionSummary = {
  version: number;
  createdAt: Date;
  title: string;
  status: ArticleStatus;
  authorEmail: string | null;
};
