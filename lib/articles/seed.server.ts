// Puts the seed articles (lib/articles/content) into the database. Create-only, like the routine
// seed: `npm start` seeds on every start, and an article that already exists (or was renamed by an
// admin, leaving a slug redirect) is left exactly as it is. Runs after the routine seed, so routine
// links can be made; a link to a routine that does not exist is skipped. Each article goes through
// the same write schema as the admin editor, so seed content obeys the same rules.
import type { PrismaClient } from "@/generated/prisma/client";
import { ARTICLES, type ArticleContent } from "./content";
import { articleInputSchema } from "./schemas";
import { tagLabel } from "./slug";

/** The seed articles' publication time: their date, 09:00 UTC. */
function publishedAt(content: ArticleContent): Date {
  return new Date(`${content.publishedAt}T09:00:00Z`);
}

export async function seedArticles(
  prisma: PrismaClient,
  articles: ArticleContent[] = ARTICLES,
): Promise<{ articlesCreated: number }> {
  const [existing, redirected, routines] = await Promise.all([
    prisma.article.findMany({ select: { slug: true } }),
    prisma.slugRedirect.findMany({ select: { fromSlug: true } }),
    prisma.routine.findMany({ select: { id: true, slug: true } }),
  ]);
  const taken = new Set([...existing.map((row) => row.slug), ...redirected.map((row) => row.fromSlug)]);
  const routineIds = new Map(routines.map((row) => [row.slug, row.id]));

  let articlesCreated = 0;
  for (const content of articles) {
    if (taken.has(content.slug)) continue;
    const input = articleInputSchema.parse({ ...content, status: "published" });
    const linked = input.routineSlugs.filter((slug) => routineIds.has(slug));
    await prisma.$transaction(async (tx) => {
      await tx.tag.createMany({
        data: input.tags.map((slug) => ({ slug, name: tagLabel(slug) })),
        skipDuplicates: true,
      });
      const tags = await tx.tag.findMany({ where: { slug: { in: input.tags } }, select: { id: true } });
      const article = await tx.article.create({
        data: {
          slug: input.slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          status: "published",
          publishedAt: publishedAt(content),
          // Not edited since it was published: the page must not say "Updated <seed day>".
          createdAt: publishedAt(content),
          updatedAt: publishedAt(content),
          tags: { create: tags.map((tag) => ({ tagId: tag.id })) },
          routines: { create: linked.map((slug, position) => ({ routineId: routineIds.get(slug)!, position })) },
        },
        select: { id: true },
      });
      // The first revision, so the admin history of a seeded article starts where it started.
      await tx.articleRevision.create({
        data: {
          articleId: article.id,
          version: 1,
          title: input.title,
          slug: input.slug,
          excerpt: input.excerpt,
          body: input.body,
          tags: input.tags,
          routineSlugs: linked,
          status: "published",
          createdAt: publishedAt(content),
        },
      });
    });
    articlesCreated++;
  }
  return { articlesCreated };
}
