import Link from "next/link";
import type { SearchOutcome } from "@/lib/articles/types";
import { formatDate, isoDate } from "./format";
import { PageLinks } from "./page-links";

export function SearchForm({ query }: { query: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex max-w-xl gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search articles
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        placeholder="e.g. deadlift back pain"
        className={
          "w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm " + "focus:border-brand-500"
        }
      />
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Search
      </button>
    </form>
  );
}

function Hint({ children }: { children: React.ReactNode }) {
  return <div className="rounded-2xl border border-dashed border-stone-300 p-6 text-stone-700">{children}</div>;
}

/**
 * Search results. titleHtml and snippetHtml are built by lib/articles/search-text highlightToHtml:
 * the text is escaped first and only <mark> is added, so they are safe to insert as HTML.
 */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  if (outcome.status === "empty") {
    return (
      <Hint>
        <p>
          Type a word or two above, like <em>decompression</em> or <em>BMI children</em>, or browse{" "}
          <Link href="/articles" className="text-brand-900 underline">
            all articles
          </Link>
          .
        </p>
      </Hint>
    );
  }
  if (outcome.status === "no_terms") {
    return (
      <Hint>
        <p>
          There is nothing to search for in “{outcome.query}”: punctuation and very common words (like “the” or “and”)
          are left out. Try a more specific word, or browse{" "}
          <Link href="/articles" className="text-brand-900 underline">
            all articles
          </Link>
          .
        </p>
      </Hint>
    );
  }
  const href = (page: number) => `/search?q=${encodeURIComponent(outcome.query)}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <div className="space-y-4">
      {outcome.truncated ? (
        <p className="text-sm text-amber-800">Your search was long, so only its first 200 characters were used.</p>
      ) : null}
      <p className="text-sm text-stone-600" role="status">
        {outcome.total === 0
          ? `No articles match “${outcome.query}”.`
          : `${outcome.total} ${outcome.total === 1 ? "article matches" : "articles match"} “${outcome.query}”.`}
      </p>
      {outcome.total === 0 ? (
        <Hint>
          <p>
            Check the spelling, use fewer words, or browse{" "}
            <Link href="/tags" className="text-brand-900 underline">
              the topics
            </Link>
            .
          </p>
        </Hint>
      ) : (
        <ol className="space-y-3">
          {outcome.hits.map((hit) => (
            <li key={hit.slug} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link
                  href={`/articles/${hit.slug}`}
                  className="text-stone-900 hover:text-brand-700 [&_mark]:bg-amber-100 [&_mark]:text-inherit"
                  dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
                />
              </h2>
              <p className="text-xs text-stone-500">
                <time dateTime={isoDate(hit.publishedAt)}>{formatDate(hit.publishedAt)}</time>
              </p>
              <p
                className="mt-2 text-sm text-stone-700 [&_mark]:bg-amber-100 [&_mark]:px-0.5"
                dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
              />
            </li>
          ))}
        </ol>
      )}
      <PageLinks
        page={outcome.page}
        pageCount={outcome.pageCount}
        href={href}
        labels={{ prev: "← Previous", next: "More results →" }}
      />
    </div>
  );
}
