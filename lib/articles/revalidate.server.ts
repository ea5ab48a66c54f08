// After any admin write to articles (create, edit, publish, schedule, unpublish, trash, restore,
// slug change), call revalidateArticles with every slug the write touched (old and new): the
// prerendered public pages are then rebuilt on their next visit instead of waiting for their
// periodic revalidation. Must run in a server action or route handler (Next's rule).
import "server-only";
import { revalidatePath } from "next/cache";
import { forgetRecentSearches } from "./search-cache.server";

/**
 * Marks the public article pages stale. Besides the article itself, every page that can show it
 * changes too (lists, tag pages, other articles' "related", feed, sitemap), so those are refreshed
 * as whole routes; with lazy regeneration that costs nothing until each page is next visited.
 */
export function revalidateArticles(slugs: readonly string[] = []): void {
  for (const slug of new Set(slugs)) revalidatePath(`/articles/${slug}`);
  revalidatePath("/articles");
  revalidatePath("/articles/[slug]", "page");
  revalidatePath("/articles/page/[page]", "page");
  revalidatePath("/tags");
  revalidatePath("/tags/[tag]", "page");
  revalidatePath("/tags/[tag]/page/[page]", "page");
  revalidatePath("/feed.xml");
  revalidatePath("/sitemap.xml");
  forgetRecentSearches();
}
