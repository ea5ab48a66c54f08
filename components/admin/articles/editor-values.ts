import type { AdminArticle } from "@/lib/articles/admin-types";
import type { EditorValues } from "./article-editor";

export const EMPTY_EDITOR_VALUES: EditorValues = {
  title: "",
  slug: "",
  excerpt: "",
  body: "",
  tags: "",
  coverUrl: "",
  coverAlt: "",
  routineSlugs: [],
  publishAt: null,
  version: null,
};

/** A saved article as the editor's starting values (lists as the form's text). */
export function editorValues(article: AdminArticle): EditorValues {
  return {
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    body: article.body,
    tags: article.tags.join(", "),
    coverUrl: article.coverUrl ?? "",
    coverAlt: article.coverAlt ?? "",
    routineSlugs: article.routineSlugs,
    publishAt: article.publishAt?.toISOString() ?? null,
    version: article.version,
  };
}
