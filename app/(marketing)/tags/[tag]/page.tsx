import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleList } from "@/components/articles/article-list";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { listTagPages, loadTagPage } from "@/lib/articles/tag-page.server";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 60;

type Props = { params: Promise<{ tag: string }> };

const load = cache((tag: string) => loadTagPage(tag, 1));

export async function generateStaticParams() {
  const pages = await orEmptyAtBuild([], listTagPages);
  return pages.map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load((await params).tag);
  if (!data) return { title: "Topic not found", robots: { index: false } };
  return {
    title: `Articles about ${data.tag.name}`,
    description: `SteadyBack articles about ${data.tag.name}.`,
    alternates: { canonical: absoluteUrl(`/tags/${data.tag.slug}`) },
  };
}

export default async function TagPage({ params }: Props) {
  const data = await load((await params).tag);
  if (!data) notFound();
  const { tag, list, tags } = data;
  return (
    <ArticleList
      title={`Articles about ${tag.name}`}
      intro={`${tag.count} ${tag.count === 1 ? "article" : "articles"}, newest first.`}
      list={list}
      base={`/tags/${tag.slug}`}
      tags={tags}
      activeTag={tag.slug}
    />
  );
}
