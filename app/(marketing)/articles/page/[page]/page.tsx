import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { listArticles, listTags } from "@/lib/articles/queries.server";
import { parsePage } from "@/lib/articles/schemas";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 60;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  const { pageCount } = await orEmptyAtBuild<{ pageCount: number }>({ pageCount: 1 }, () => listArticles({ page: 1 }));
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Articles, page ${page}`, alternates: { canonical: absoluteUrl(`/articles/page/${page}`) } };
}

export default async function ArticlesPageN({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect("/articles");
  const [list, tags] = await Promise.all([listArticles({ page }), listTags()]);
  if (page > list.pageCount) notFound();
  return (
    <ArticleList
      title="Articles"
      intro={`Page ${page} of ${list.pageCount}, newest first.`}
      list={list}
      base="/articles"
      tags={tags}
    />
  );
}
