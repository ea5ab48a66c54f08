import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { parsePage } from "@/lib/articles/schemas";
import { listTagPages, loadTagPage } from "@/lib/articles/tag-page.server";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 60;

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateStaticParams() {
  const pages = await orEmptyAtBuild([], listTagPages);
  return pages.flatMap(({ tag, pageCount }) =>
    Array.from({ length: pageCount - 1 }, (_, index) => ({ tag, page: String(index + 2) })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return {
    title: `Articles about ${tag.replace(/-/g, " ")}, page ${page}`,
    alternates: { canonical: absoluteUrl(`/tags/${tag}/page/${page}`) },
  };
}

export default async function TagPageN({ params }: Props) {
  const { tag: tagSlug, page: pageText } = await params;
  const page = parsePage(pageText);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/tags/${tagSlug}`);
  const data = await loadTagPage(tagSlug, page);
  if (!data) notFound();
  const { tag, list, tags } = data;
  return (
    <ArticleList
      title={`Articles about ${tag.name}`}
      intro={`Page ${page} of ${list.pageCount}, newest first.`}
      list={list}
      base={`/tags/${tag.slug}`}
      tags={tags}
      activeTag={tag.slug}
    />
  );
}
