// The admin article API's shared responses (/api/v1/admin/articles): the admin guard, the JSON shape
// of an article, and one mapping from a write's outcome to its HTTP answer. Never cached.
import "server-only";
import { passwordChangeRequired, requireApiAdmin, type SessionUser } from "@/lib/auth/session.server";
import { type ApiError, jsonError } from "@/lib/http/json";
import type { AdminArticle, AdminArticleListItem, ArticleWriteResult } from "./admin-types";

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/**
 * Bodies up to 512 KB: an article body may be 100,000 characters (up to ~300 KB of UTF-8), more
 * than the API's usual 64 KB.
 */
export const ARTICLE_BODY_LIMIT = 512 * 1024;

export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

export function errorResponse(status: number, error: ApiError, extra: Record<string, unknown> = {}): Response {
  if (Object.keys(extra).length === 0) return jsonError(status, error, NO_STORE);
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

/** The admin for this request, or the 401/403 answer to send instead. Every handler starts here. */
export async function apiAdmin(request: Request): Promise<SessionUser | Response> {
  const admin = await requireApiAdmin(request);
  if (admin === "unauthenticated")
    return errorResponse(401, {
      code: "unauthenticated",
      message: "Sign in as an admin to use the admin API.",
      fields: {},
    });
  if (admin === "forbidden")
    return errorResponse(403, { code: "forbidden", message: "This API is for admins only.", fields: {} });
  if (admin === "password_change_required") return passwordChangeRequired();
  return admin;
}

export const invalidInput = (fields: Record<string, string>) =>
  errorResponse(400, { code: "invalid_input", message: "Some values are missing or invalid.", fields });

export const notFound = () => errorResponse(404, { code: "not_found", message: "No such article.", fields: {} });

/** Dates as ISO strings; every answer carries id and version. */
export function toApiArticle(article: AdminArticle) {
  return {
    id: article.id,
    version: article.version,
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    body: article.body,
    tags: article.tags,
    status: article.status,
    publishAt: article.publishAt?.toISOString() ?? null,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    trashedFrom: article.trashedFrom,
    routineSlugs: article.routineSlugs,
    coverUrl: article.coverUrl,
    coverAlt: article.coverAlt,
    author: article.author,
    viewCount: article.viewCount,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    url: `/articles/${article.slug}`,
  };
}

export function toApiListItem(item: AdminArticleListItem) {
  return {
    id: item.id,
    version: item.version,
    title: item.title,
    slug: item.slug,
    status: item.status,
    publishAt: item.publishAt?.toISOString() ?? null,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    viewCount: item.viewCount,
    updatedAt: item.updatedAt.toISOString(),
    author: item.author,
  };
}

/** The answer to a failed write: 400 with field errors, 409 for a stale version or a trashed article, 404. */
export function writeFailure(result: Exclude<ArticleWriteResult, { ok: true }>): Response {
  switch (result.reason) {
    case "invalid":
      return invalidInput(result.fields);
    case "conflict":
      return errorResponse(
        409,
        {
          code: "version_conflict",
          message:
            `Someone else saved this article first (it is at version ${result.current.version}). Read it ` +
            `again, reapply your change, and send that version.`,
          fields: {},
        },
        { currentVersion: result.current.version, current: toApiArticle(result.current) },
      );
    case "trashed":
      return errorResponse(
        409,
        { code: "article_trashed", message: "The article is in the trash; restore it before editing.", fields: {} },
        { currentVersion: result.current.version, current: toApiArticle(result.current) },
      );
    case "not_found":
      return notFound();
  }
}
