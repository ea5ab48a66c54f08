// schema.org Article data for an article page, and its safe serialisation into a
// <script type="application/ld+json"> element. Pure.
import type { ArticleDetail } from "./types";

/** JSON that cannot end its <script> element or open an HTML comment, whatever the article says. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function articleJsonLd(article: ArticleDetail, urls: { page: string; site: string; cover: string | null }) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.excerpt || undefined,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    mainEntityOfPage: { "@type": "WebPage", "@id": urls.page },
    url: urls.page,
    image: urls.cover ?? undefined,
    keywords: article.tags.map((tag) => tag.name).join(", ") || undefined,
    author: article.authorName
      ? { "@type": "Person", name: article.authorName }
      : { "@type": "Organization", name: "SteadyBack", url: urls.site },
    publisher: { "@type": "Organization", name: "SteadyBack", url: urls.site },
  };
}
