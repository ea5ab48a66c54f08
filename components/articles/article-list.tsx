import Link from "next/link";
import type { ArticlePage, TagRef } from "@/lib/articles/types";
import { ArticleGrid } from "./article-card";
import { PageLinks, listPageHref } from "./page-links";

/** A page of an article list (all articles, or one tag's), with topic links and paging. */
export function ArticleList({
  title,
  intro,
  list,
  base,
  tags,
  activeTag,
}: {
  title: string;
  intro: string;
  list: ArticlePage;
  base: string;
  tags: (TagRef & { count: number })[];
  activeTag?: string;
}) {
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="max-w-3xl text-stone-700">{intro}</p>
        {tags.length > 0 ? (
          <nav aria-label="Topics">
            <ul className="flex flex-wrap gap-2 text-sm">
              <li>
                <Link
                  href="/articles"
                  aria-current={activeTag ? undefined : "page"}
                  className={
                    "inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-700 " +
                    "hover:border-brand-500 aria-[current=page]:border-brand-600 " +
                    "aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
                  }
                >
                  All
                </Link>
              </li>
              {tags.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    href={`/tags/${tag.slug}`}
                    aria-current={tag.slug === activeTag ? "page" : undefined}
                    className={
                      "inline-block rounded-full border border-stone-300 bg-white px-3 py-1 " +
                      "text-stone-700 hover:border-brand-500 aria-[current=page]:border-brand-600 " +
                      "aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
                    }
                  >
                    {tag.name} <span>({tag.count})</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {list.items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-stone-300 p-6 text-stone-600">No articles here yet.</p>
      ) : (
        <ArticleGrid articles={list.items} />
      )}
      <PageLinks page={list.page} pageCount={list.pageCount} href={listPageHref(base)} />
    </div>
  );
}
