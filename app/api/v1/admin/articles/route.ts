// The admin article API (for programs, like Ghost's Admin API). GET: the admin list, filtered by
// ?status=&q=&page=. POST: a new article, with the editor's schema. Admins only (session cookie).
import { parsePage } from "@/lib/admin/pagination";
import {
  apiAdmin,
  ARTICLE_BODY_LIMIT,
  errorResponse,
  invalidInput,
  jsonResponse,
  toApiArticle,
  toApiListItem,
  writeFailure,
} from "@/lib/articles/admin-http.server";
import { isAdminStatus, listAdminArticles } from "@/lib/articles/admin-queries.server";
import { createArticle } from "@/lib/articles/admin-save.server";
import { revalidateArticles } from "@/lib/articles/revalidate.server";
import { readJsonWrite } from "@/lib/http/write-guard";

export async function GET(request: Request) {
  const admin = await apiAdmin(request);
  if (admin instanceof Response) return admin;
  const params = new URL(request.url).searchParams;
  const status = params.get("status") || undefined;
  if (status !== undefined && !isAdminStatus(status))
    return invalidInput({ status: "Status must be draft, scheduled, published or trashed" });
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const result = await listAdminArticles({ status, q, page: parsePage(params.get("page") ?? undefined) });
  return jsonResponse({
    items: result.items.map(toApiListItem),
    page: result.page,
    pages: result.pages,
    total: result.total,
  });
}

export async function POST(request: Request) {
  const admin = await apiAdmin(request);
  if (admin instanceof Response) return admin;
  const body = await readJsonWrite(request, ARTICLE_BODY_LIMIT);
  if (!body.ok) return errorResponse(body.status, body.error);
  const result = await createArticle(admin, body.value);
  if (!result.ok) return writeFailure(result);
  revalidateArticles(result.revalidate);
  return jsonResponse(toApiArticle(result.article), {
    status: 201,
    headers: { Location: `/api/v1/admin/articles/${encodeURIComponent(result.article.id)}` },
  });
}
