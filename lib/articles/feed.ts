// RSS 2.0 for the newest public articles. Pure: every text goes through escapeXml, so titles, tags
// and the article HTML (sent escaped, as RSS readers expect) cannot break the document.
const NAMESPACES = [
  'xmlns:atom="http://www.w3.org/2005/Atom"',
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(" ");

function categories(tags: { name: string }[]): string {
  return tags.map((tag) => `      <category>${escapeXml(tag.name)}</category>\n`).join("");
}

export type FeedItem = {
  slug: string;
  title: string;
  excerpt: string;
  html: string;
  publishedAt: Date;
  tags: { name: string }[];
  authorName: string | null;
};

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all, even escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

export function buildRss(site: string, items: FeedItem[], now = new Date()): string {
  const articleUrl = (slug: string) => `${site}/articles/${slug}`;
  const lastBuild = items[0]?.publishedAt ?? now;
  const entries = items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(articleUrl(item.slug))}</link>
      <guid isPermaLink="true">${escapeXml(articleUrl(item.slug))}</guid>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
${item.authorName ? `      <dc:creator>${escapeXml(item.authorName)}</dc:creator>\n` : ""}${categories(item.tags)}\
      <description>${escapeXml(item.excerpt)}</description>
      <content:encoded>${escapeXml(item.html)}</content:encoded>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${NAMESPACES}>
  <channel>
    <title>SteadyBack articles</title>
    <link>${escapeXml(`${site}/articles`)}</link>
    <atom:link href="${escapeXml(`${site}/feed.xml`)}" rel="self" type="application/rss+xml" />
    <description>Back care, BMI and training advice for people who lift. Guidance, not diagnosis.</description>
    <language>en</language>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
${entries.join("\n")}
  </channel>
</rss>
`;
}
