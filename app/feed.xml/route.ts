// RSS 2.0 feed of the newest public articles. Cached like the article pages: refreshed by
// revalidateArticles after admin writes, and every minute for scheduled articles.
import { buildRss } from "@/lib/articles/feed";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { feedArticles } from "@/lib/articles/queries.server";
import { siteUrl } from "@/lib/site";

export const revalidate = 60;

export async function GET(): Promise<Response> {
  const items = await orEmptyAtBuild([], () => feedArticles(20));
  return new Response(buildRss(siteUrl(), items), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
