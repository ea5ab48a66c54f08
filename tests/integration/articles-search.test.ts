// Full-text search: weighted ranking, English stemming, safe highlighting, the GIN index, and odd
// input answered gracefully.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SNIPPET_PREFIX_CHARS, searchArticles } from "@/lib/articles/search.server";
import { PAGE_SIZE } from "@/lib/articles/schemas";
import { createTestArticle } from "../support/articles";

const hitSlugs = async (query: string) => {
  const outcome = await searchArticles(query);
  if (outcome.status !== "ok") throw new Error(`expected results for ${query}, got ${outcome.status}`);
  return outcome.hits.map((hit) => hit.slug);
};

beforeAll(async () => {
  await createTestArticle({
    slug: "in-body",
    title: "Notes from the gym floor",
    body: "We spent the afternoon deadlifting and it went well.",
  });
  await createTestArticle({
    slug: "in-title",
    title: "Deadlifting without fear",
    body: "A few thoughts on pulling from the floor.",
  });
  await createTestArticle({
    slug: "in-excerpt",
    title: "Pulling basics",
    excerpt: "Why deadlifting matters.",
    body: "Pulling from the floor.",
  });
  await createTestArticle({ slug: "lifted", title: "What we lifted this year", body: "Heavy weights, careful backs." });
  await createTestArticle({ slug: "lifts", title: "Three lifts for a strong back", body: "Rows, carries and hinges." });
  await createTestArticle({
    slug: "listy",
    title: "Strongman odds and ends",
    body:
      "Intro line.\n\n- Carry the **yoke** far\n- Carry the [stone](https://example.com/stone)\n\n1. Press " +
      "overhead",
  });
  await createTestArticle({
    slug: "hostile",
    title: "Markup in text",
    body: "Never run <script>alert('x')</script> near a sandbag & rope.",
  });
});

describe("ranking", () => {
  it("ranks a title match above an excerpt match above a body match", async () => {
    expect(await hitSlugs("deadlifting")).toEqual(["in-title", "in-excerpt", "in-body"]);
  });

  it("stems English words: 'lifting' finds 'lifted' and 'lifts'", async () => {
    expect(await hitSlugs("lifting")).toEqual(expect.arrayContaining(["lifted", "lifts"]));
  });

  it("understands web-search syntax: quoted phrases and -exclusions", async () => {
    expect(await hitSlugs('"strong back"')).toEqual(["lifts"]);
    const excluded = await hitSlugs("deadlifting -fear");
    expect(excluded).not.toContain("in-title");
    expect(excluded).toContain("in-body");
  });
});

describe("highlighting", () => {
  it("marks the matched words and escapes everything else", async () => {
    const outcome = await searchArticles("sandbag");
    expect(outcome.status).toBe("ok");
    if (outcome.status !== "ok") return;
    const [hit] = outcome.hits;
    expect(hit?.snippetHtml).toContain("<mark>sandbag</mark>");
    expect(hit?.snippetHtml).toContain("&lt;script");
    expect(hit?.snippetHtml).not.toMatch(/<script/i);
    expect(hit?.snippetHtml).toContain("&amp;");
    expect(hit?.titleHtml).toBe("Markup in text");
  });

  it("shows snippets as plain text: no list markers, emphasis or link URLs", async () => {
    const outcome = await searchArticles("yoke stone");
    if (outcome.status !== "ok") throw new Error("expected results");
    expect(outcome.hits[0]?.snippetHtml).toBe(
      "Intro line. Carry the <mark>yoke</mark> far Carry the <mark>stone</mark> Press overhead",
    );
  });
});

describe("odd queries", () => {
  it("treats a missing or blank query as empty", async () => {
    expect(await searchArticles(undefined)).toEqual({ status: "empty" });
    expect(await searchArticles("   ")).toEqual({ status: "empty" });
    expect(await searchArticles(["", "x"])).toEqual({ status: "empty" });
  });

  it("says when there is nothing searchable: punctuation, only stop words", async () => {
    expect(await searchArticles("!!!")).toEqual({ status: "no_terms", query: "!!!" });
    expect(await searchArticles("the and of")).toMatchObject({ status: "no_terms" });
    expect(await searchArticles("&&& ||| ((( )))")).toMatchObject({ status: "no_terms" });
  });

  it("survives NUL and other control characters", async () => {
    const outcome = await searchArticles("dead\u0000lifting\u0007");
    expect(outcome.status).toBe("ok");
  });

  it("cuts a 5,000-character query to 200 characters and says so", async () => {
    const outcome = await searchArticles("deadlifting ".repeat(420));
    expect(outcome).toMatchObject({ status: "ok", truncated: true });
    if (outcome.status === "ok") expect(outcome.query.length).toBeLessThanOrEqual(200);
  });

  it("answers a page past the end with no hits", async () => {
    const outcome = await searchArticles("deadlifting", 999);
    expect(outcome).toMatchObject({ status: "ok", hits: [], total: 3, page: 999 });
  });
});

describe("paging", () => {
  it("splits many results into pages without overlap", async () => {
    for (let i = 0; i < PAGE_SIZE + 2; i++)
      await createTestArticle({ slug: `kettle-${i}`, title: `Kettlebell swing ${i}` });
    const first = await searchArticles("kettlebell", 1);
    const second = await searchArticles("kettlebell", 2);
    if (first.status !== "ok" || second.status !== "ok") throw new Error("expected results");
    expect(first.pageCount).toBe(2);
    expect(first.hits).toHaveLength(PAGE_SIZE);
    expect(second.hits).toHaveLength(2);
    const all = [...first.hits, ...second.hits].map((hit) => hit.slug);
    expect(new Set(all).size).toBe(PAGE_SIZE + 2);
  });
});

describe("the stored search columns", () => {
  it("are what the search's WHERE uses, through the GIN index", async () => {
    const plan = await db().$transaction(async (tx) => {
      // With a handful of rows a sequential scan is cheaper; forbid it to see if the index matches.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "Article" a WHERE a."searchVector" @@ websearch_to_tsquery('english', 'deadlift')`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Article_searchVector_idx");
  });

  it("follow an edit: new words are found, old ones no longer", async () => {
    const article = await createTestArticle({ slug: "edited", title: "Rowing machines", body: "Ergometer intervals." });
    expect(await hitSlugs("ergometer")).toContain("edited");
    await db().article.update({ where: { id: article.id }, data: { body: "Treadmill intervals." } });
    expect(await hitSlugs("treadmill")).toContain("edited");
    expect(await searchArticles("ergometer")).toMatchObject({ status: "ok", total: 0, hits: [] });
  });

  it("highlight a match that lies beyond the snippet prefix", async () => {
    const filler = "Plain filler words about walking. ".repeat(Math.ceil((SNIPPET_PREFIX_CHARS * 2) / 34));
    await createTestArticle({
      slug: "deep",
      title: "A long read",
      body: `${filler}\n\nAt the very end: the zercher squat.`,
    });
    const outcome = await searchArticles("zercher");
    if (outcome.status !== "ok") throw new Error("expected results");
    expect(outcome.hits.map((hit) => hit.slug)).toEqual(["deep"]);
    expect(outcome.hits[0]?.snippetHtml).toContain("<mark>zercher</mark>");
  });
});
