import Link from "next/link";
import type { AdminArticle } from "@/lib/articles/admin-types";
import { isPublic } from "@/lib/articles/visibility";
import { LocalTime } from "../local-time";
import { StatusBadge } from "./status-badge";

/** Where the article stands: status, schedule, version, who saved last, and its public page. */
export function ArticleStatusPanel({ article }: { article: AdminArticle }) {
  const live = isPublic(article, new Date());
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-2xl border border-stone-200 bg-white p-4 text-sm sm:grid-cols-4">
      <div>
        <dt className="text-stone-500">Status</dt>
        <dd>
          <StatusBadge status={article.status} />
          {article.status === "scheduled" && article.publishAt ? (
            <span className="block text-xs text-stone-600">
              {live ? "live since" : "goes live"} <LocalTime iso={article.publishAt.toISOString()} />
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt className="text-stone-500">Version</dt>
        <dd className="tabular-nums">{article.version}</dd>
      </div>
      <div>
        <dt className="text-stone-500">Last saved</dt>
        <dd>
          <LocalTime iso={article.updatedAt.toISOString()} />
          {article.lastSavedBy ? <span className="block text-xs text-stone-600">by {article.lastSavedBy}</span> : null}
        </dd>
      </div>
      <div>
        <dt className="text-stone-500">Public page</dt>
        <dd>
          {live ? (
            <Link href={`/articles/${article.slug}`} className="text-brand-700 hover:underline">
              /articles/{article.slug}
            </Link>
          ) : (
            <span className="text-stone-600">Not public</span>
          )}
          <span className="block text-xs text-stone-600">{article.viewCount} views</span>
        </dd>
      </div>
    </dl>
  );
}
