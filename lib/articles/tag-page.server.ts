// The loader of a tag's article list (/tags/[tag] and /tags/[tag]/page/[page]): null when the tag
// does not exist or has no public article, so the page answers 404.
import "server-only";
import { listArticles, listTags } from "./queries.server";
import { PAGE_SIZE } from "./schemas";
import { SLUG_PATTERN } from "./slug";

export async function loadTagPage(tagSlug: string, page: number) {
  if (!SLUG_PATTERN.test(tagSlug)) return null;
  const [list, tags] = await Promise.all([listArticles({ page, tag: tagSlug }), listTags()]);
  const tag = tags.find((candidate) => candidate.slug === tagSlug);
  if (!tag || page > list.pageCount) return null;
  return { tag, list, tags };
}

/** Every (tag, page) pair with public articles, for generateStaticParams. */
export async function listTagPages(): Promise<{ tag: string; pageCount: number }[]> {
  const tags = await listTags();
  return tags.map((tag) => ({ tag: tag.slug, pageCount: Math.max(1, Math.ceil(tag.count / PAGE_SIZE)) }));
}
