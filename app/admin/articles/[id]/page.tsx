import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { ArticleStatusPanel } from "@/components/admin/articles/article-status-panel";
import { editorValues } from "@/components/admin/articles/editor-values";
import { Notice } from "@/components/admin/notice";
import {
  previewMarkdownAction,
  restoreArticleAction,
  saveArticleAction,
  trashArticleAction,
} from "@/lib/articles/admin-actions";
import { getAdminArticle, listRoutineChoices } from "@/lib/articles/admin-queries.server";
import { renderMarkdown } from "@/lib/articles/markdown";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Edit article · Admin" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; notice?: string; from?: string }>;
};

const SAVED: Record<string, string> = {
  save: "Saved.",
  publish: "Published. The public page is refreshed.",
  schedule: "Scheduled.",
  unpublish: "Unpublished: it is a draft again.",
  trash: "Moved to the trash. It is no longer public.",
  restore: "Restored from the trash.",
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requireAdmin(pathWithQuery(`/admin/articles/${id}`, query));
  const [article, routines] = await Promise.all([getAdminArticle(id), listRoutineChoices()]);
  if (!article) notFound();
  const saved =
    query.saved === "revision"
      ? `Version ${Number(query.from) || "?"} restored as a new save.`
      : SAVED[query.saved ?? ""];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Edit article</h1>
        <Link
          href={`/admin/articles/${article.id}/revisions`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          Revisions ({article.version})
        </Link>
      </div>
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      {query.notice === "conflict" ? (
        <Notice tone="error">
          Someone else changed this article after you opened it, so nothing was done. This is the latest version.
        </Notice>
      ) : null}
      <ArticleStatusPanel article={article} />
      {article.status === "trashed" ? (
        <form
          action={restoreArticleAction}
          className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3"
        >
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={article.version} />
          <p className="text-red-900">
            This article is in the trash (it was {article.trashedFrom ?? "a draft"}). Restore it to edit it.
          </p>
          <button
            type="submit"
            className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            Restore
          </button>
        </form>
      ) : null}
      <ArticleEditor
        key={article.version}
        articleId={article.id}
        status={article.status}
        initial={editorValues(article)}
        initialHtml={renderMarkdown(article.body)}
        routines={routines}
        action={saveArticleAction.bind(null, article.id)}
        preview={previewMarkdownAction}
      />
      {article.status !== "trashed" ? (
        <form action={trashArticleAction} className="border-t border-stone-200 pt-4">
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={article.version} />
          <button
            type="submit"
            className="rounded-lg border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50"
          >
            Move to trash
          </button>
          <span className="ml-3 text-sm text-stone-600">
            It leaves the site at once; you can restore it from the Trash.
          </span>
        </form>
      ) : null}
    </div>
  );
}
