import type { Metadata } from "next";
import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { EMPTY_EDITOR_VALUES } from "@/components/admin/articles/editor-values";
import { previewMarkdownAction, saveArticleAction } from "@/lib/articles/admin-actions";
import { listRoutineChoices } from "@/lib/articles/admin-queries.server";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "New article · Admin" };

export default async function NewArticlePage() {
  await requireAdmin("/admin/articles/new");
  const routines = await listRoutineChoices();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">New article</h1>
      <ArticleEditor
        articleId={null}
        status={null}
        initial={EMPTY_EDITOR_VALUES}
        initialHtml=""
        routines={routines}
        action={saveArticleAction.bind(null, null)}
        preview={previewMarkdownAction}
      />
    </div>
  );
}
