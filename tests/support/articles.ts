// Test articles written straight to the test file's own database (no mocks), with tags created as
// needed. Published an hour ago unless overridden.
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { tagLabel } from "@/lib/articles/slug";

let counter = 0;

export type TestArticle = Partial<Omit<Prisma.ArticleUncheckedCreateInput, "tags" | "routines">> & { tags?: string[] };

export async function createTestArticle(overrides: TestArticle = {}) {
  const { tags = [], ...rest } = overrides;
  const n = counter++;
  for (const slug of tags) {
    await db().tag.upsert({ where: { slug }, update: {}, create: { slug, name: tagLabel(slug) } });
  }
  const tagRows = await db().tag.findMany({ where: { slug: { in: tags } }, select: { id: true } });
  return db().article.create({
    data: {
      slug: `test-article-${n}-${Math.random().toString(36).slice(2, 7)}`,
      title: `Test article ${n}`,
      excerpt: "",
      body: "Plain words about nothing in particular.",
      status: "published",
      publishedAt: new Date(Date.now() - 60 * 60 * 1000),
      ...rest,
      tags: { create: tagRows.map((tag) => ({ tagId: tag.id })) },
    },
  });
}
