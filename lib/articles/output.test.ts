// The pure output formats: search highlighting, RSS, JSON-LD, and who counts as a reader.
import { describe, expect, it } from "vitest";
import { buildRss, escapeXml } from "./feed";
import { cleanSearchQuery, highlightToHtml, MARK_END, MARK_START } from "./search-text";
import { serializeJsonLd } from "./structured-data";
import { isUncountedRequest, viewDay, visitorHash } from "./views";

describe("search text", () => {
  it("cleans what a visitor typed", () => {
    expect(cleanSearchQuery(" back \u0000 pain\n")).toEqual({ text: "back pain", truncated: false });
    expect(cleanSearchQuery(["first", "second"])).toEqual({ text: "first", truncated: false });
    expect(cleanSearchQuery(undefined)).toEqual({ text: "", truncated: false });
    expect(cleanSearchQuery("x".repeat(5000))).toEqual({ text: "x".repeat(200), truncated: true });
  });

  it("escapes first, then marks", () => {
    const headline = `a <b onclick="x">${MARK_START}deadlift${MARK_END}</b> & 'c'`;
    expect(highlightToHtml(headline)).toBe(
      "a &lt;b onclick=&quot;x&quot;&gt;<mark>deadlift</mark>&lt;/b&gt; &amp; &#39;c&#39;",
    );
  });

  it("always balances the marks", () => {
    expect(highlightToHtml(`${MARK_START}open`)).toBe("<mark>open</mark>");
    expect(highlightToHtml(`stray${MARK_END}`)).toBe("stray");
    expect(highlightToHtml("one\ntwo\t\tthree")).toBe("one two three");
  });
});

describe("RSS", () => {
  const item = {
    slug: "a-b",
    title: "Squats & <Backs>",
    excerpt: "Fast \u0001 facts",
    html: '<p>Hello <a href="/x">there</a></p>',
    publishedAt: new Date("2026-11-20T09:00:00Z"),
    tags: [{ name: "Core & more" }],
    authorName: null,
  };

  it("escapes every text, including the article HTML", () => {
    const xml = buildRss("https://steadyback.example", [item]);
    expect(xml).toContain("<title>Squats &amp; &lt;Backs&gt;</title>");
    expect(xml).toContain("<description>Fast  facts</description>");
    expect(xml).toContain("&lt;p&gt;Hello &lt;a href=&quot;/x&quot;&gt;there&lt;/a&gt;&lt;/p&gt;");
    expect(xml).toContain("<link>https://steadyback.example/articles/a-b</link>");
    expect(xml).toContain("<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>");
    expect(xml).toContain("<category>Core &amp; more</category>");
    // Well-formed: every element that opens closes, and no raw ampersand or "<" in text.
    expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toMatch(/&/);
  });

  it("drops characters XML cannot carry", () => {
    expect(escapeXml("a\u0000b\u000Bc\uFFFEd\te\n")).toBe("abcd\te\n");
  });
});

describe("JSON-LD", () => {
  it("cannot close its script element or open a comment", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script><!-- & \u2028" });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script><!-- & \u2028" });
  });
});

describe("view counting", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  const browser = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15";

  it("counts browsers, not bots, scripts, previews or prefetches", () => {
    expect(isUncountedRequest(headers({ "user-agent": browser }))).toBe(false);
    expect(isUncountedRequest(headers({}))).toBe(true);
    expect(isUncountedRequest(headers({ "user-agent": "   " }))).toBe(true);
    for (const ua of [
      "Googlebot/2.1",
      "bingbot",
      "AhrefsBot",
      "Mozilla/5.0 (compatible; YandexSpider)",
      "HeadlessChrome",
      "curl/8",
      "Wget/1",
      "python-requests/2",
      "facebookexternalhit/1.1",
      "WhatsApp link preview",
      "Go-http-client/1.1",
    ]) {
      expect(isUncountedRequest(headers({ "user-agent": ua })), ua).toBe(true);
    }
    expect(isUncountedRequest(headers({ "user-agent": browser, purpose: "prefetch" }))).toBe(true);
    expect(isUncountedRequest(headers({ "user-agent": browser, "sec-purpose": "prefetch" }))).toBe(true);
  });

  it("hashes the visitor per day, so days cannot be linked", () => {
    const a = visitorHash("secret", "2026-11-20", "203.0.113.7", browser);
    expect(a).toBe(visitorHash("secret", "2026-11-20", "203.0.113.7", browser));
    expect(a).not.toBe(visitorHash("secret", "2026-11-21", "203.0.113.7", browser));
    expect(a).not.toBe(visitorHash("other-secret", "2026-11-20", "203.0.113.7", browser));
    expect(a).not.toContain("203");
  });

  it("counts days in UTC", () => {
    expect(viewDay(new Date("2026-11-20T23:30:00-05:00"))).toBe("2026-11-21");
  });
});
