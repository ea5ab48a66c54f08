// The article seed: the shipped content goes in once, with its tags and routine links, and what an
// admin changes afterwards is never overwritten.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ARTICLES } from "@/lib/articles/content";
import { getArticle, listArticles } from "@/lib/articles/queries.server";
import { seedArticles } from "@/lib/articles/seed.server";
import { seedRoutines } from "@/lib/routines/seed.server";

const snapshot = async () => ({
  articles: await db().article.findMany({ orderBy: { slug: "asc" } }),
  tags: await db().tag.findMany({ orderBy: { slug: "asc" } }),
  articleTags: await db().articleTag.findMany({ orderBy: [{ articleId: "asc" }, { tagId: "asc" }] }),
  routines: await db().articleRoutine.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }] }),
  revisions: await db().articleRevision.findMany({ orderBy: { id: "asc" } }),
});

beforeAll(async () => {
  await seedRoutines(db());
});

describe("seedArticles", () => {
  it("adds every shipped article as published, once", async () => {
    expect(await seedArticles(db())).toEqual({ articlesCreated: ARTICLES.length });
    const first = await snapshot();
    expect(await seedArticles(db())).toEqual({ articlesCreated: 0 });
    expect(await snapshot()).toEqual(first);
    expect(first.articles).toHaveLength(ARTICLES.length);
    expect(first.articles.every((article) => article.status === "published" && article.publishedAt)).toBe(true);
    expect(first.revisions.map((revision) => revision.version)).toEqual(ARTICLES.map(() => 1));
    expect((await listArticles()).total).toBe(ARTICLES.length);
  });

  it("keeps each article's date, tags and routine links (existing routines only)", async () => {
    const routineSlugs = new Set((await db().routine.findMany({ select: { slug: true } })).map((row) => row.slug));
    for (const content of ARTICLES) {
      const article = await getArticle(content.slug);
      expect(article, content.slug).not.toBeNull();
      expect(article!.publishedAt.toISOString().slice(0, 10)).toBe(content.publishedAt);
      expect(article!.tags.map((tag) => tag.slug).sort()).toEqual([...content.tags].sort());
      expect(article!.routines.map((routine) => routine.slug)).toEqual(
        content.routineSlugs.filter((slug) => routineSlugs.has(slug)),
      );
      expect(article!.showCalculator).toBe(content.showCalculator);
    }
  });

  it("never overwrites an admin's edit, nor brings back a renamed article", async () => {
    const [first, second] = ARTICLES;
    await db().article.update({ where: { slug: first!.slug }, data: { title: "Edited by an admin", version: 2 } });
    const renamed = await db().article.update({
      where: { slug: second!.slug },
      data: { slug: `${second!.slug}-renamed` },
    });
    await db().slugRedirect.create({ data: { fromSlug: second!.slug, articleId: renamed.id } });

    expect(await seedArticles(db())).toEqual({ articlesCreated: 0 });
    expect((await db().article.findUniqueOrThrow({ where: { slug: first!.slug } })).title).toBe("Edited by an admin");
    expect(await db().article.count({ where: { slug: second!.slug } })).toBe(0);
  });

  it("skips links to routines that do not exist", async () => {
    const content = { ...ARTICLES[0]!, slug: "seed-missing-routine", routineSlugs: ["no-such-routine"] };
    expect(await seedArticles(db(), [content])).toEqual({ articlesCreated: 1 });
    expect((await getArticle("seed-missing-routine"))?.routines).toEqual([]);
  });
});
