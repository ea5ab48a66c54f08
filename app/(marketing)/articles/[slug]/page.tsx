import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/articles/article-view";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { findSlugRedirect, getArticle, listPublicSlugs } from "@/lib/articles/queries.server";
import { isValidSlug } from "@/lib/articles/slug";
import { articleJsonLd, serializeJsonLd } from "@/lib/articles/structured-data";
import { absoluteUrl, siteUrl } from "@/lib/site";

// Every public article is prerendered; new ones are rendered on first visit and cached. Admin
// writes refresh them at once (revalidateArticles); the minute covers scheduled articles going
// live and the "read N times" count, which may lag by that much.
export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (isValidSlug(slug) ? getArticle(slug) : null));

export async function generateStaticParams() {
  const slugs = await orEmptyAtBuild([], listPublicSlugs);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  if (!article) return { title: "Article not found", robots: { index: false } };
  const url = absoluteUrl(`/articles/${article.slug}`);
  const images = article.coverUrl ? [{ url: absoluteUrl(article.coverUrl), alt: article.coverAlt ?? "" }] : undefined;
  return {
    title: article.title,
    description: article.excerpt || undefined,
    alternates: { canonical: url },
    authors: article.authorName ? [{ name: article.authorName }] : undefined,
    keywords: article.tags.map((tag) => tag.name),
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description: article.excerpt || undefined,
      siteName: "SteadyBack",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      tags: article.tags.map((tag) => tag.name),
      images,
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: article.title,
      description: article.excerpt || undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await load(slug);
  if (!article) {
    const moved = isValidSlug(slug) ? await findSlugRedirect(slug) : null;
    if (moved) permanentRedirect(`/articles/${moved}`);
    notFound();
  }
  const jsonLd = serializeJsonLd(
    articleJsonLd(article, {
      page: absoluteUrl(`/articles/${article.slug}`),
      site: siteUrl(),
      cover: article.coverUrl ? absoluteUrl(article.coverUrl) : null,
    }),
  );
  return <ArticleView article={article} jsonLd={jsonLd} />;
}
