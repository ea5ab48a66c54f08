import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { listArticles, listTags } from "@/lib/articles/queries.server";
import { absoluteUrl } from "@/lib/site";

// Prerendered; refreshed on demand by revalidateArticles, and every minute so that scheduled
// articles appear on time without anyone publishing them.
export const revalidate = 60;

const ARTICLES_INTRO = "Back care, BMI and training advice for people who lift, newest first.";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Articles",
    description: ARTICLES_INTRO,
    alternates: { canonical: absoluteUrl("/articles"), types: { "application/rss+xml": absoluteUrl("/feed.xml") } },
    openGraph: {
      type: "website",
      title: "SteadyBack articles",
      description: ARTICLES_INTRO,
      url: absoluteUrl("/articles"),
    },
  };
}

export default async function ArticlesPage() {
  const [list, tags] = await orEmptyAtBuild([{ items: [], page: 1, pageCount: 1, total: 0 }, []] as const, () =>
    Promise.all([listArticles({ page: 1 }), listTags()]),
  );
  return <ArticleList title="Articles" intro={ARTICLES_INTRO} list={list} base="/articles" tags={[...tags]} />;
}
