// The site's public origin, for everything that must name absolute URLs: canonical links,
// OpenGraph, the RSS feed, the sitemap, robots.txt. Set SITE_URL in production; locally it is
// http://localhost:$PORT.
import { env } from "@/lib/env";

export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return SITE_URL ?? `http://localhost:${PORT || 3000}`;
}

/** "/articles/x" → "https://steadyback.example/articles/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}
