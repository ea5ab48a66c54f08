// What a page costs a visitor beyond throughput: bytes shipped (HTML, JavaScript, CSS, gzip as
// served by a typical CDN) and Lighthouse's performance and accessibility scores in Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { gzipSync } from "node:zlib";

export type PageBytes = {
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  jsFiles: number;
  jsGzip: number;
  cssGzip: number;
};

export async function pageBytes(base: string, pagePath: string, cookie?: string): Promise<PageBytes> {
  const html = await (await fetch(base + pagePath, { headers: cookie ? { cookie } : {} })).text();
  // Modern browsers skip `nomodule` scripts (legacy polyfills), so they are not counted.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
        .filter((match) => !/nomodule/i.test(match[1]! + match[3]!))
        .map((match) => match[2]!),
    ),
  ];
  const styles = [
    ...new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!)),
  ];
  let jsGzip = 0;
  for (const src of scripts)
    jsGzip += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  let cssGzip = 0;
  for (const href of styles)
    cssGzip += gzipSync(Buffer.from(await (await fetch(new URL(href, base))).arrayBuffer())).length;
  return {
    page: pagePath,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    jsFiles: scripts.length,
    jsGzip,
    cssGzip,
  };
}

export type LighthouseScore = {
  page: string;
  performance: number | null;
  accessibility: number | null;
  failedAudits: string[];
};

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Lighthouse's default (mobile, simulated slow 4G and 4× CPU slowdown) for each page, one fresh
 * Chromium per page so no cache or state carries over.
 */
export async function lighthouseScores(
  base: string,
  pages: { path: string; cookie?: string }[],
): Promise<LighthouseScore[]> {
  const scores: LighthouseScore[] = [];
  for (const page of pages) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const result = await lighthouse(base + page.path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        ...(page.cookie && { extraHeaders: { Cookie: page.cookie } }),
      });
      const lhr = result?.lhr;
      const score = (id: string) =>
        lhr?.categories[id]?.score == null ? null : Math.round(lhr.categories[id]!.score! * 100);
      const failedAudits = Object.values(lhr?.audits ?? {})
        .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
        .map((audit) => audit.id);
      scores.push({
        page: page.path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        failedAudits,
      });
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}
