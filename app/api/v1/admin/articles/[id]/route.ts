// One article through the admin API. PATCH must carry the `version` it read: a stale one answers
// 409 version_conflict with the current article, and nothing is overwritten. DELETE moves it to the trash.
import {
  apiAdmin,
  ARTICLE_BODY_LIMIT,
  errorResponse,
  jsonResponse,
  notFound,
  toApiArticle,
  writeFailure,
} from "@/lib/articles/admin-http.server";
import { getAdminArticle } from "@/lib/articles/admin-queries.server";
import { updateArticle } from "@/lib/articles/admin-save.server";
import { trashArticle } from "@/lib/articles/admin-trash.server";
import { revalidateArticles } from "@/lib/articles/revalidate.server";
import { guardWrite, readJsonWrite } from "@/lib/http/write-guard";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const admin = await apiAdmin(request);
  if (admin instanceof Response) return admin;
  const article = await getAdminArticle((await params).id);
  return article ? jsonResponse(toApiArticle(article)) : notFound();
}

export async function PATCH(request: Request, { params }: Context) {
  const admin = await apiAdmin(request);
  if (admin instanceof Response) return admin;
  const body = await readJsonWrite(request, ARTICLE_BODY_LIMIT);
  if (!body.ok) return errorResponse(body.status, body.error);
  const result = await updateArticle(admin, (await params).id, body.value);
  if (!result.ok) return writeFailure(result);
  revalidateArticles(result.revalidate);
  return jsonResponse(toApiArticle(result.article));
}

export async function DELETE(request: Request, { params }: Context) {
  const admin = await apiAdmin(request);
  if (admin instanceof Response) return admin;
  const refused = guardWrite(request);
  if (refused) return errorResponse(refused.status, refused.error);
  const result = await trashArticle(admin, (await params).id);
  if (!result.ok) return writeFailure(result);
  revalidateArticles(result.revalidate);
  return jsonResponse(toApiArticle(result.article));
}
