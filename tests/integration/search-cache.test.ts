// The search page's short-lived answers (lib/articles/search-cache.server.ts, ADR 0029): reused for
// a few seconds, forgotten after an admin write, and never kept when the database failed.
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { forgetRecentSearches, recentSearch, SEARCH_CACHE_MS } from "@/lib/articles/search-cache.server";
import type { SearchOutcome } from "@/lib/articles/types";
import { createPrismaClient } from "@/lib/prisma-factory";
import { freePort } from "../../scripts/lib/embedded-postgres";
import { createTestArticle } from "../support/articles";

const holder = globalThis as unknown as { prisma?: PrismaClient };
const slugs = (outcome: SearchOutcome) => (outcome.status === "ok" ? outcome.hits.map((hit) => hit.slug).sort() : []);

describe("recentSearch", () => {
  it("reuses an answer within SEARCH_CACHE_MS, and asks again after it or after forgetRecentSearches", async () => {
    const now = Date.now();
    await createTestArticle({ slug: "rowing-one", title: "Rowing for a strong back" });
    const first = await recentSearch("rowing", 1, now);
    expect(slugs(first)).toEqual(["rowing-one"]);

    await createTestArticle({ slug: "rowing-two", title: "Rowing machines compared" });
    // The same query (however it was spaced) within the window: the kept answer.
    expect(await recentSearch("  rowing ", 1, now + SEARCH_CACHE_MS - 1)).toBe(first);
    // Another page is another answer.
    expect(await recentSearch("rowing", 2, now + 1)).toMatchObject({ status: "ok", page: 2, hits: [] });
    // After the window: the database again.
    expect(slugs(await recentSearch("rowing", 1, now + SEARCH_CACHE_MS))).toEqual(["rowing-one", "rowing-two"]);

    const kept = await recentSearch("rowing", 1, now + SEARCH_CACHE_MS + 1);
    await db().article.update({ where: { slug: "rowing-two" }, data: { status: "draft" } });
    expect(await recentSearch("rowing", 1, now + SEARCH_CACHE_MS + 2)).toBe(kept);
    forgetRecentSearches();
    expect(slugs(await recentSearch("rowing", 1, now + SEARCH_CACHE_MS + 3))).toEqual(["rowing-one"]);
  });

  it("keeps a long query's truncation notice apart from the same text typed short", async () => {
    const long = await recentSearch(`${"squat ".repeat(40)}deadlift`);
    const short = await recentSearch(long.status === "ok" ? long.query : "");
    expect(long).toMatchObject({ status: "ok", truncated: true });
    expect(short).toMatchObject({ status: "ok", truncated: false });
  });

  it("does not keep a failed search: the next one asks the database again", async () => {
    await createTestArticle({ slug: "outage-proof", title: "Carries for grip" });
    const live = holder.prisma;
    const dead = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort(0)}/nothing`);
    holder.prisma = dead;
    try {
      await expect(recentSearch("carries")).rejects.toThrow();
    } finally {
      holder.prisma = live;
      await dead.$disconnect();
    }
    expect(slugs(await recentSearch("carries"))).toEqual(["outage-proof"]);
  });
});
