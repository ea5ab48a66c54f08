import type { MetadataRoute } from "next";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { sitemapData } from "@/lib/articles/queries.server";
import { absoluteUrl } from "@/lib/site";

// Refreshed by revalidateArticles after admin writes, and every minute like the article lists.
export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { articles, tags, routines } = await orEmptyAtBuild({ articles: [], tags: [], routines: [] }, sitemapData);
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/bmi"), changeFrequency: "monthly", priority: 0.9 },
    { url: absoluteUrl("/articles"), changeFrequency: "daily", priority: 0.8 },
    { url: absoluteUrl("/routines"), changeFrequency: "weekly", priority: 0.8 },
    { url: absoluteUrl("/tags"), changeFrequency: "weekly", priority: 0.4 },
    ...articles.map((article) => ({
      url: absoluteUrl(`/articles/${article.slug}`),
      lastModified: article.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
    ...tags.map((tag) => ({ url: absoluteUrl(`/tags/${tag}`), changeFrequency: "weekly" as const, priority: 0.4 })),
    ...routines.map((routine) => ({
      url: absoluteUrl(`/routines/${routine.slug}`),
      lastModified: routine.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
  ];
}
