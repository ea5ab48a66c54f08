import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/admin/articles/article-table";
import { STATUS_LABELS } from "@/components/admin/articles/status-badge";
import { PaginationNav } from "@/components/admin/pagination-nav";
import { parsePage } from "@/lib/admin/pagination";
import {
  ADMIN_STATUSES,
  countArticlesByStatus,
  isAdminStatus,
  listAdminArticles,
} from "@/lib/articles/admin-queries.server";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Articles · Admin" };

const TAB_CURRENT = "border-brand-600 bg-brand-50 font-semibold text-brand-900";
const TAB_OTHER = "border-stone-300 bg-white text-stone-700 hover:border-brand-500";

type Props = { searchParams: Promise<{ status?: string; q?: string; page?: string }> };

export default async function AdminArticlesPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireAdmin(pathWithQuery("/admin/articles", params));
  const status = isAdminStatus(params.status) ? params.status : undefined;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  const [result, counts] = await Promise.all([
    listAdminArticles({ status, q, page: parsePage(params.page) }),
    countArticlesByStatus(),
  ]);
  const tabs = [
    { value: undefined, label: "All", count: counts.draft + counts.scheduled + counts.published },
    ...ADMIN_STATUSES.map((value) => ({
      value,
      label: value === "trashed" ? "Trash" : STATUS_LABELS[value],
      count: counts[value],
    })),
  ];
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link
          href="/admin/articles/new"
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          New article
        </Link>
      </div>
      <nav aria-label="Filter by status">
        <ul className="flex flex-wrap gap-2 text-sm">
          {tabs.map((tab) => {
            const query = new URLSearchParams({ ...(tab.value && { status: tab.value }), ...(q && { q }) }).toString();
            const current = tab.value === status;
            return (
              <li key={tab.label}>
                <Link
                  href={`/admin/articles${query ? `?${query}` : ""}`}
                  aria-current={current ? "page" : undefined}
                  className={`rounded-full border px-3 py-1 ${current ? TAB_CURRENT : TAB_OTHER}`}
                >
                  {tab.label} <span className="tabular-nums">({tab.count})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form role="search" method="get" className="flex flex-wrap items-end gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="articles-q" className="text-sm font-medium text-stone-800">
            Search titles and slugs
          </label>
          <input
            id="articles-q"
            name="q"
            type="search"
            defaultValue={q}
            className="w-72 rounded-lg border border-stone-300 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-50"
        >
          Search
        </button>
      </form>
      <ArticleTable items={result.items} />
      <PaginationNav
        path="/admin/articles"
        params={{ status, q }}
        page={result.page}
        pages={result.pages}
        label="Article pages"
      />
    </div>
  );
}
