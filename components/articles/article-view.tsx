import { ArticleCalculator } from "./article-calculator";
import { ArticleBody } from "./article-body";
import { ArticleCard } from "./article-card";
import { formatDate, isoDate, readingTimeLabel, viewsLabel } from "./format";
import { RoutineLinks } from "./routine-links";
import { TagLinks } from "./tag-links";
import type { ArticleDetail } from "@/lib/articles/types";

/** Shown as "Updated" only when the content changed on a later day than it was published. */
function updatedLater(article: ArticleDetail): boolean {
  return isoDate(article.updatedAt) > isoDate(article.publishedAt);
}

/**
 * A public article. Everything here is server-rendered HTML; the view is counted by a 1×1 image
 * (GET /api/v1/articles/:id/view), which needs no JavaScript. The count shown is the
 * one from the last time the page was rendered (it is revalidated every minute), so it can lag.
 */
export function ArticleView({ article, jsonLd }: { article: ArticleDetail; jsonLd: string }) {
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header className="space-y-4">
        {/*
          The view beacon: counted at most once per visitor per day; bots are not. loading="lazy"
          matters: without it React preloads the image, also when Next's router merely prefetches the
          page (a link in view), which would count readers who never opened it. Lazy, it loads only
          once it is on screen, so it sits up here, in the first screenful.
        */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={`/api/v1/articles/${article.id}/view`}
          alt=""
          aria-hidden
          width={1}
          height={1}
          loading="lazy"
          fetchPriority="low"
          className="pointer-events-none absolute h-px w-px opacity-0"
        />
        <TagLinks tags={article.tags} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        {article.excerpt ? <p className="text-lg text-stone-700">{article.excerpt}</p> : null}
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
          <span>By {article.authorName ?? "the SteadyBack team"}</span>
          <span aria-hidden>·</span>
          <span>
            Published <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
          </span>
          {updatedLater(article) ? (
            <>
              <span aria-hidden>·</span>
              <span>
                Updated <time dateTime={isoDate(article.updatedAt)}>{formatDate(article.updatedAt)}</time>
              </span>
            </>
          ) : null}
          <span aria-hidden>·</span>
          <span>{readingTimeLabel(article.readingMinutes)}</span>
          <span aria-hidden>·</span>
          <span data-testid="view-count">{viewsLabel(article.viewCount)}</span>
        </p>
      </header>

      {article.coverUrl ? (
        <figure>
          {/* A plain <img>: next/image would ship client JavaScript, and covers are already sized. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={article.coverUrl}
            alt={article.coverAlt ?? ""}
            className="w-full rounded-2xl border border-stone-200 object-cover"
          />
        </figure>
      ) : null}

      <ArticleBody html={article.html} />

      {article.showCalculator ? <ArticleCalculator /> : null}
      <RoutineLinks routines={article.routines} />

      {article.related.length > 0 ? (
        <section aria-labelledby="article-related" className="space-y-3">
          <h2 id="article-related" className="text-xl font-semibold">
            Related articles
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {article.related.map((related) => (
              <li key={related.id}>
                <ArticleCard article={related} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
