// What the public sees: only published articles, and scheduled ones once their time has come; old
// slugs lead to the current one; related articles share tags.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  feedArticles,
  findSlugRedirect,
  getArticle,
  listArticles,
  listPublicSlugs,
  listTags,
  sitemapData,
} from "@/lib/articles/queries.server";
import { searchArticles } from "@/lib/articles/search.server";
import { createTestArticle } from "../support/articles";

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

let live: { slug: string };
let due: { slug: string };
let future: { slug: string };
let draft: { slug: string };
let trashed: { slug: string };

beforeAll(async () => {
  live = await createTestArticle({
    slug: "visible-published",
    title: "Published kettlebell notes",
    tags: ["visibility"],
    publishedAt: ago(30),
  });
  due = await createTestArticle({
    slug: "visible-scheduled-past",
    title: "Scheduled kettlebell notes, now due",
    status: "scheduled",
    publishAt: ago(1),
    publishedAt: ago(1),
    tags: ["visibility"],
  });
  future = await createTestArticle({
    slug: "hidden-scheduled-future",
    title: "Scheduled kettlebell notes, not yet",
    status: "scheduled",
    publishAt: new Date(Date.now() + 60 * MINUTE),
    publishedAt: new Date(Date.now() + 60 * MINUTE),
    tags: ["visibility", "future-only"],
  });
  draft = await createTestArticle({
    slug: "hidden-draft",
    title: "Draft kettlebell notes",
    status: "draft",
    publishedAt: null,
    tags: ["visibility"],
  });
  trashed = await createTestArticle({
    slug: "hidden-trashed",
    title: "Trashed kettlebell notes",
    status: "trashed",
    trashedFrom: "published",
    tags: ["visibility"],
  });
});

describe("scheduled and unpublished articles", () => {
  it("lists published articles and scheduled ones whose time has passed, newest first", async () => {
    const page = await listArticles({ tag: "visibility" });
    expect(page.items.map((item) => item.slug)).toEqual([due.slug, live.slug]);
    expect(page.total).toBe(2);
  });

  it("opens only public articles by slug", async () => {
    expect(await getArticle(live.slug)).not.toBeNull();
    expect(await getArticle(due.slug)).not.toBeNull();
    for (const hidden of [future, draft, trashed]) expect(await getArticle(hidden.slug)).toBeNull();
  });

  it("keeps hidden articles out of slugs, search, feed, sitemap and tag counts", async () => {
    const hidden = [future.slug, draft.slug, trashed.slug];
    const slugs = await listPublicSlugs();
    expect(slugs).toEqual(expect.arrayContaining([live.slug, due.slug]));
    expect(slugs.filter((slug) => hidden.includes(slug))).toEqual([]);

    const search = await searchArticles("kettlebell");
    expect(search.status).toBe("ok");
    if (search.status === "ok") expect(search.hits.map((hit) => hit.slug).sort()).toEqual([due.slug, live.slug].sort());

    expect((await feedArticles()).map((item) => item.slug).filter((slug) => hidden.includes(slug))).toEqual([]);
    expect((await sitemapData()).articles.map((item) => item.slug).filter((slug) => hidden.includes(slug))).toEqual([]);

    const tags = await listTags();
    expect(tags.find((tag) => tag.slug === "visibility")?.count).toBe(2);
    expect(tags.find((tag) => tag.slug === "future-only")).toBeUndefined();
  });

  it("shows a scheduled article once its time comes, with no other change", async () => {
    await db().article.update({ where: { slug: future.slug }, data: { publishAt: ago(0.1) } });
    expect(await getArticle(future.slug)).not.toBeNull();
    expect((await listArticles({ tag: "visibility" })).items.map((item) => item.slug)).toContain(future.slug);
    await db().article.update({
      where: { slug: future.slug },
      data: { publishAt: new Date(Date.now() + 60 * MINUTE) },
    });
    expect(await getArticle(future.slug)).toBeNull();
  });
});

describe("old slugs", () => {
  it("lead to the article's current slug while it is public", async () => {
    const article = await createTestArticle({ slug: "renamed-now" });
    await db().slugRedirect.create({ data: { fromSlug: "renamed-before", articleId: article.id } });
    expect(await findSlugRedirect("renamed-before")).toBe("renamed-now");
    expect(await findSlugRedirect("never-existed")).toBeNull();

    await db().article.update({ where: { id: article.id }, data: { status: "draft" } });
    expect(await findSlugRedirect("renamed-before")).toBeNull();
  });
});

describe("related articles", () => {
  it("are the public ones sharing the most tags", async () => {
    const main = await createTestArticle({ slug: "rel-main", tags: ["rel-a", "rel-b", "rel-c"] });
    await createTestArticle({ slug: "rel-two", tags: ["rel-a", "rel-b"] });
    await createTestArticle({ slug: "rel-one", tags: ["rel-c"], publishedAt: ago(5) });
    await createTestArticle({ slug: "rel-none", tags: ["rel-z"] });
    await createTestArticle({ slug: "rel-draft", tags: ["rel-a", "rel-b", "rel-c"], status: "draft" });
    const detail = await getArticle(main.slug);
    expect(detail?.related.map((item) => item.slug)).toEqual(["rel-two", "rel-one"]);
  });
});
