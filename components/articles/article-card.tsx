import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/types";
import { formatDate, isoDate, readingTimeLabel } from "./format";
import { TagLinks } from "./tag-links";

export function ArticleCard({ article, headingLevel = 2 }: { article: Card; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <Heading className="text-lg font-semibold leading-snug">
        <Link href={`/articles/${article.slug}`} className="text-stone-900 hover:text-brand-700">
          {article.title}
        </Link>
      </Heading>
      <p className="text-xs text-stone-500">
        <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time> ·{" "}
        {readingTimeLabel(article.readingMinutes)}
      </p>
      {article.excerpt ? <p className="text-sm text-stone-700">{article.excerpt}</p> : null}
      <div className="mt-auto pt-1">
        <TagLinks tags={article.tags} />
      </div>
    </article>
  );
}

export function ArticleGrid({ articles }: { articles: Card[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ul>
  );
}
