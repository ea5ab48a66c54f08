// View counting: one view per visitor per article per day, correct under concurrency, bots and
// prefetches not counted, through the beacon route as browsers call it.
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/articles/[id]/view/route";
import { db } from "@/lib/db";
import { recordView } from "@/lib/articles/views.server";
import { createTestArticle } from "../support/articles";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

function beacon(articleId: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/articles/${articleId}/view`, {
    headers: { "user-agent": BROWSER, "x-forwarded-for": "203.0.113.7", "sec-fetch-site": "same-origin", ...headers },
  });
  return GET(request, { params: Promise.resolve({ id: articleId }) });
}

const viewCount = async (id: string) =>
  (await db().article.findUniqueOrThrow({ where: { id }, select: { viewCount: true } })).viewCount;

let article: { id: string };
beforeEach(async () => {
  article = await createTestArticle();
});

describe("recordView", () => {
  it("counts a visitor once a day, and again on another day", async () => {
    expect(await recordView(article.id, "visitor-a", "2026-11-20")).toBe(true);
    expect(await recordView(article.id, "visitor-a", "2026-11-20")).toBe(false);
    expect(await recordView(article.id, "visitor-b", "2026-11-20")).toBe(true);
    expect(await recordView(article.id, "visitor-a", "2026-11-21")).toBe(true);
    expect(await viewCount(article.id)).toBe(3);
    expect(await db().articleView.count({ where: { articleId: article.id } })).toBe(3);
  });

  it("counts parallel duplicate requests once", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => recordView(article.id, "same-visitor", "2026-11-20")),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await viewCount(article.id)).toBe(1);
  });

  it("does not count views of drafts or of articles that do not exist", async () => {
    const draft = await createTestArticle({ status: "draft" });
    expect(await recordView(draft.id, "visitor", "2026-11-20")).toBe(false);
    expect(await viewCount(draft.id)).toBe(0);
    expect(await recordView("no-such-article", "visitor", "2026-11-20")).toBe(false);
  });

  it("leaves updatedAt alone (it dates the content)", async () => {
    const before = (await db().article.findUniqueOrThrow({ where: { id: article.id } })).updatedAt;
    await recordView(article.id, "visitor", "2026-11-20");
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).updatedAt).toEqual(before);
  });
});

describe("the beacon", () => {
  it("answers a transparent GIF that is never cached, and counts a browser once a day", async () => {
    const first = await beacon(article.id);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/gif");
    expect(first.headers.get("cache-control")).toContain("no-store");
    expect(first.headers.get("x-view-counted")).toBe("1");
    expect((await first.arrayBuffer()).byteLength).toBeGreaterThan(20);

    expect((await beacon(article.id)).headers.get("x-view-counted")).toBe("0");
    expect(await viewCount(article.id)).toBe(1);
    // Another browser on the same address is another visitor.
    expect((await beacon(article.id, { "user-agent": `${BROWSER} Edg/140.0` })).headers.get("x-view-counted")).toBe(
      "1",
    );
    expect(await viewCount(article.id)).toBe(2);
  });

  it("stores a hash, never the address or the user agent", async () => {
    await beacon(article.id);
    const [row] = await db().articleView.findMany({ where: { articleId: article.id } });
    expect(row?.visitor).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row?.visitor).not.toContain("203.0.113.7");
  });

  it.each([
    ["no user agent", { "user-agent": "" }],
    ["a crawler", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }],
    ["a spider", { "user-agent": "Baiduspider" }],
    ["headless Chrome", { "user-agent": "Mozilla/5.0 HeadlessChrome/140.0" }],
    ["curl", { "user-agent": "curl/8.5.0" }],
    ["wget", { "user-agent": "Wget/1.21" }],
    ["python-requests", { "user-agent": "python-requests/2.32" }],
    ["a link preview", { "user-agent": "Slack link preview" }],
    ["a prefetch (Purpose)", { purpose: "prefetch" }],
    ["a prefetch (Sec-Purpose)", { "sec-purpose": "prefetch;prerender" }],
    ["another site embedding the pixel", { "sec-fetch-site": "cross-site" }],
  ])("does not count %s", async (_label, headers) => {
    const response = await beacon(article.id, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-view-counted")).toBe("0");
    expect(await viewCount(article.id)).toBe(0);
  });

  it("answers a malformed id with the pixel, uncounted", async () => {
    const response = await beacon("../../etc/passwd");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-view-counted")).toBe("0");
  });
});
