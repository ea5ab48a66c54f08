"use server";
// Server actions of the article editor: authorise → read the form → call the domain → revalidate.
// The same domain functions (and so the same schema and rules) serve the admin JSON API.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session.server";
import { formValues } from "@/lib/forms/form-state";
import { isRecordId } from "@/lib/validation/text";
import { createArticle, restoreRevision, updateArticle } from "./admin-save.server";
import { restoreArticle, trashArticle } from "./admin-trash.server";
import type { ArticleWriteResult } from "./admin-types";
import { type ArticleFormState, conflictState } from "./editor-state";
import { isEditorIntent, withOffset } from "./editor-rules";
import { renderMarkdown } from "./markdown";
import { revalidateArticles } from "./revalidate.server";
import { ARTICLE_LIMITS } from "./schemas";

const CHECK_FIELDS = "Please check the highlighted fields.";
const TRASHED = "This article is in the trash. Restore it before editing.";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The form as the shared schema's raw input. "Save" sends no status: the article keeps its own. */
function articleInput(formData: FormData, isNew: boolean) {
  const intent = text(formData, "intent");
  const status = { publish: "published", schedule: "scheduled", unpublish: "draft" }[intent] ?? (isNew ? "draft" : "");
  return {
    title: text(formData, "title"),
    slug: text(formData, "slug"),
    excerpt: text(formData, "excerpt"),
    body: text(formData, "body"),
    tags: text(formData, "tags"),
    // One select per position; empty ones are the spare rows.
    routineSlugs: formData
      .getAll("routineSlugs")
      .filter((value): value is string => typeof value === "string" && value !== ""),
    coverUrl: text(formData, "coverUrl"),
    coverAlt: text(formData, "coverAlt"),
    status,
    // The datetime-local box, in the admin's zone: the editor adds its UTC offset for that moment.
    publishAt:
      intent === "publish" || intent === "unpublish"
        ? ""
        : withOffset(text(formData, "publishAt"), text(formData, "publishAtOffset")),
    ...(!isNew && { version: text(formData, "version") }),
  };
}

function refresh(result: Extract<ArticleWriteResult, { ok: true }>) {
  revalidateArticles(result.revalidate);
  revalidatePath("/admin/articles", "layout");
}

function failureState(result: Exclude<ArticleWriteResult, { ok: true }>, formData: FormData): ArticleFormState {
  const values = formValues(formData, []);
  // formValues keeps one value per name; the routine rows are several, in order.
  values.routineSlugs = formData
    .getAll("routineSlugs")
    .filter((value) => typeof value === "string" && value !== "")
    .join(",");
  switch (result.reason) {
    case "invalid":
      return { status: "error", message: CHECK_FIELDS, fields: result.fields, values };
    case "conflict":
      return { ...conflictState(result.current), values };
    case "trashed":
      return { status: "error", message: TRASHED, values };
    case "not_found":
      notFound();
  }
}

/** Create (articleId null) or save the editor; the button pressed is the form's `intent`. */
export async function saveArticleAction(
  articleId: string | null,
  _previous: ArticleFormState,
  formData: FormData,
): Promise<ArticleFormState> {
  if (articleId !== null && !isRecordId(articleId)) notFound(); // a NUL would be a query error (500)
  const admin = await requireAdmin(articleId ? `/admin/articles/${articleId}` : "/admin/articles/new");
  const intent = text(formData, "intent") || "save";
  if (!isEditorIntent(intent)) return { status: "error", message: "Unknown action.", values: formValues(formData, []) };
  const input = articleInput(formData, articleId === null);
  const result = articleId ? await updateArticle(admin, articleId, input) : await createArticle(admin, input);
  if (!result.ok) return failureState(result, formData);
  refresh(result);
  redirect(`/admin/articles/${result.article.id}?saved=${intent}`);
}

/** The live preview: the one sanitising renderer the public page uses, on the server. */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  await requireAdmin("/admin/articles");
  if (typeof markdown !== "string") return "";
  return renderMarkdown(markdown.slice(0, ARTICLE_LIMITS.body));
}

function formVersion(formData: FormData): number | undefined {
  const n = Number(text(formData, "version"));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Trash and restore buttons: back to the editor with what happened (a conflict says so there). */
export async function trashArticleAction(formData: FormData): Promise<void> {
  const id = text(formData, "id");
  if (!isRecordId(id)) notFound();
  const admin = await requireAdmin(`/admin/articles/${id}`);
  const result = await trashArticle(admin, id, formVersion(formData));
  if (!result.ok && result.reason === "not_found") notFound();
  if (result.ok) refresh(result);
  redirect(`/admin/articles/${encodeURIComponent(id)}?${result.ok ? "saved=trash" : "notice=conflict"}`);
}

export async function restoreArticleAction(formData: FormData): Promise<void> {
  const id = text(formData, "id");
  if (!isRecordId(id)) notFound();
  const admin = await requireAdmin(`/admin/articles/${id}`);
  const result = await restoreArticle(admin, id, formVersion(formData));
  if (!result.ok && result.reason === "not_found") notFound();
  if (result.ok) refresh(result);
  redirect(`/admin/articles/${encodeURIComponent(id)}?${result.ok ? "saved=restore" : "notice=conflict"}`);
}

/** "Restore this version" on the revisions page: a new save with that revision's content. */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const id = text(formData, "id");
  if (!isRecordId(id)) notFound();
  const admin = await requireAdmin(`/admin/articles/${id}/revisions`);
  const revision = Number(text(formData, "revision"));
  const result = await restoreRevision(
    admin,
    id,
    Number.isSafeInteger(revision) ? revision : 0,
    text(formData, "version"),
  );
  if (!result.ok && result.reason === "not_found") notFound();
  if (result.ok) {
    refresh(result);
    redirect(`/admin/articles/${encodeURIComponent(id)}?saved=revision&from=${revision}`);
  }
  const notice = result.reason === "invalid" ? "invalid" : result.reason;
  redirect(`/admin/articles/${encodeURIComponent(id)}/revisions?notice=${notice}`);
}
