import type { Metadata } from "next";
import { SearchForm, SearchResults } from "@/components/articles/search-results";
import { parsePage } from "@/lib/articles/schemas";
import { cleanSearchQuery } from "@/lib/articles/search-text";
import { recentSearch } from "@/lib/articles/search-cache.server";

// Dynamic by nature: every query is different. Results are never indexed by search engines. The
// answer to a query may be a few seconds old (lib/articles/search-cache.server.ts, ADR 0029).
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { text } = cleanSearchQuery((await searchParams).q);
  return { title: text ? `Search: ${text}` : "Search articles", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = parsePage(Array.isArray(params.page) ? params.page[0] : params.page) ?? 1;
  const outcome = await recentSearch(params.q, page);
  const query = outcome.status === "empty" ? "" : outcome.query;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Search articles</h1>
      <SearchForm query={query} />
      <SearchResults outcome={outcome} />
    </div>
  );
}
