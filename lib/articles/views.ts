// Which requests count as a view of an article, and who the visitor is. Pure (node:crypto only).
//
// Privacy: no cookie is set and no IP address is stored. The visitor is an HMAC-SHA-256 of
// (day, client IP, User-Agent) keyed with a server secret, so the same browser on the same day is
// one visitor, the hash cannot be reversed or linked across days, and it means nothing without the
// secret. It is only used to count one view per visitor per article per day.
import { createHmac } from "node:crypto";

/** User agents of crawlers, link previewers, scripts and headless browsers. */
const BOT_UA = new RegExp(
  [
    ...[
      "bot",
      "crawl",
      "spider",
      "slurp",
      "headless",
      "curl",
      "wget",
      "python-requests",
      "python-urllib",
      "httpclient",
    ],
    ...[
      "okhttp",
      "go-http-client",
      "axios",
      "node-fetch",
      "java/",
      "libwww",
      "preview",
      "facebookexternalhit",
      "embedly",
    ],
    ...["lighthouse", "pingdom", "monitor"],
  ].join("|"),
  "i",
);

/** True for requests that should not count: bots, no User-Agent, and prefetches. */
export function isUncountedRequest(headers: Headers): boolean {
  const ua = headers.get("user-agent")?.trim() ?? "";
  if (!ua || BOT_UA.test(ua)) return true;
  const purpose =
    `${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""} ` + `${headers.get("x-purpose") ?? ""}`;
  return /prefetch|preview/i.test(purpose);
}

/** The UTC calendar day (YYYY-MM-DD) a view is counted on. */
export function viewDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function visitorHash(secret: string, day: string, ip: string, userAgent: string): string {
  return createHmac("sha256", secret)
    .update(`article-view\u0000${day}\u0000${ip}\u0000${userAgent}`)
    .digest("base64url");
}
