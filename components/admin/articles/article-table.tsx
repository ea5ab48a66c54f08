import Link from "next/link";
import type { AdminArticleListItem } from "@/lib/articles/admin-types";
import { LocalTime } from "../local-time";
import { StatusBadge } from "./status-badge";

/** The admin's article list: status, last edit, author and views per article. */
export function ArticleTable({ items }: { items: AdminArticleListItem[] }) {
  if (items.length === 0) return <p className="text-stone-600">No articles here.</p>;
  return (
    <div
      className="overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4"
      tabIndex={0}
      role="region"
      aria-label="Articles"
    >
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="text-stone-500">
          <tr>
            <th className="py-2 pr-3 font-medium">Title</th>
            <th className="py-2 pr-3 font-medium">Status</th>
            <th className="py-2 pr-3 font-medium">Updated</th>
            <th className="py-2 pr-3 font-medium">Author</th>
            <th className="py-2 pr-3 text-right font-medium">Views</th>
          </tr>
        </thead>
        <tbody>
          {items.map((article) => (
            <tr key={article.id} className="border-t border-stone-100 align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/articles/${article.id}`} className="font-medium text-brand-800 hover:underline">
                  {article.title}
                </Link>
                <div className="text-xs text-stone-500">/articles/{article.slug}</div>
              </td>
              <td className="py-2 pr-3">
                <StatusBadge status={article.status} />
                {article.status === "scheduled" && article.publishAt ? (
                  <div className="text-xs text-stone-600">
                    for <LocalTime iso={article.publishAt.toISOString()} />
                  </div>
                ) : null}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <LocalTime iso={article.updatedAt.toISOString()} />
              </td>
              <td className="py-2 pr-3">{article.author?.name ?? article.author?.email ?? "—"}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{article.viewCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
