import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTINES } from "@/lib/routines/catalog";
import { ARTICLES } from "./index";
import type { ArticleContent } from "./types";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LATEST_DATE = "2026-11-20";
const EARLIEST_DATE = "2025-01-01";

/** The small shared tag vocabulary; a new tag is added here on purpose, not by a typo. */
const TAG_VOCABULARY = new Set([
  "back-pain",
  "decompression",
  "stretching",
  "core",
  "strength-training",
  "lifting-technique",
  "bmi",
  "children",
  "safety",
  "mobility",
]);

const bySlug = new Map(ARTICLES.map((a) => [a.slug, a]));

/**
 * The article, its body read as a reader sees it: the line breaks Prettier puts in a paragraph and the
 * padding it puts in a table cell are not there (Markdown renders both as one space), so facts can be
 * checked as phrases and table rows however the source is wrapped.
 */
function article(slug: string): ArticleContent {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`no article ${slug}`);
  return { ...found, body: readable(found.body) };
}

function readable(markdown: string): string {
  return markdown
    .replace(/[ \t]*\n(?!\s*\n)[ \t]*/g, (gap, offset: number, text: string) => (text[offset - 1] === "|" ? "\n" : " "))
    .replace(/ {2,}/g, " ")
    .replace(/\| *([^|\n]*?) *(?=\|)/g, "| $1 ");
}

/** Words as a reader would count them: tokens with a letter or digit (table pipes and list marks are not words). */
function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Targets of Markdown links, [text](target). */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? "");
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

describe("seed articles", () => {
  it("has at least 9 articles", () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(9);
  });

  it("has unique kebab-case slugs and unique titles", () => {
    const slugs = ARTICLES.map((a) => a.slug);
    for (const slug of slugs) expect(slug).toMatch(KEBAB);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(ARTICLES.map((a) => a.title)).size).toBe(ARTICLES.length);
  });

  it("lists every article file in ARTICLES, each under its own slug", () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith(".ts") && !["index.ts", "types.ts", "md.ts"].includes(f) && !f.endsWith(".test.ts"))
      .map((f) => path.basename(f, ".ts"))
      .sort();
    expect(files).toEqual(ARTICLES.map((a) => a.slug).sort());
  });

  it.each(ARTICLES.map((a) => [a.slug, a] as const))("%s: metadata is well formed", (_slug, a) => {
    expect(a.title.trim()).not.toBe("");
    expect(a.excerpt.trim()).not.toBe("");
    expect(a.excerpt.length).toBeLessThan(200);
    expect(isValidDate(a.publishedAt)).toBe(true);
    expect(a.publishedAt >= EARLIEST_DATE && a.publishedAt <= LATEST_DATE).toBe(true);
    expect(a.tags.length).toBeGreaterThan(0);
    expect(new Set(a.tags).size).toBe(a.tags.length);
    for (const tag of a.tags) {
      expect(tag).toMatch(KEBAB);
      expect(TAG_VOCABULARY.has(tag), `tag ${tag}`).toBe(true);
    }
    expect(new Set(a.routineSlugs).size).toBe(a.routineSlugs.length);
    for (const slug of a.routineSlugs) expect(slug).toMatch(KEBAB);
    expect(a.coverAlt === null || a.coverAlt.trim() !== "").toBe(true);
  });

  it.each(ARTICLES.map((a) => [a.slug, a] as const))("%s: body is 600 to 1200 words of plain Markdown", (_slug, a) => {
    const words = wordCount(a.body);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1200);
    // No raw HTML: no tag, closing tag or comment.
    expect(a.body).not.toMatch(/<[a-zA-Z/!]/);
    expect(a.body).toMatch(/^## /m);
    expect(a.body).not.toMatch(/^# /m); // the page renders the title as the only h1
    expect(
      readable(a.body.trim())
        .split(/\n\s*\n/)
        .at(-1),
    ).toMatch(/general guidance, not medical advice/);
  });

  it.each(ARTICLES.map((a) => [a.slug, a] as const))("%s: internal links point to pages that exist", (_slug, a) => {
    for (const target of linkTargets(a.body)) {
      if (/^https?:\/\//.test(target)) continue;
      const articleLink = /^\/articles\/([a-z0-9-]+)$/.exec(target);
      const routineLink = /^\/routines\/([a-z0-9-]+)$/.exec(target);
      if (articleLink) {
        expect(bySlug.has(articleLink[1] ?? ""), `link ${target}`).toBe(true);
        expect(articleLink[1]).not.toBe(a.slug);
      } else if (routineLink) {
        // A routine the body links to is one the article talks about.
        expect(a.routineSlugs, `link ${target}`).toContain(routineLink[1]);
      } else {
        expect(target, "only /bmi, /articles/<slug> and /routines/<slug> links").toBe("/bmi");
      }
    }
  });

  it("links only routines that the routine catalogue ships", () => {
    const shipped = new Set(ROUTINES.map((r) => r.slug));
    for (const a of ARTICLES) {
      for (const slug of a.routineSlugs) expect(shipped.has(slug), `${a.slug} → ${slug}`).toBe(true);
    }
  });

  it("shows the calculator exactly on the BMI articles", () => {
    for (const a of ARTICLES) expect(a.showCalculator, a.slug).toBe(a.tags.includes("bmi"));
    expect(ARTICLES.filter((a) => a.showCalculator).length).toBeGreaterThanOrEqual(3);
  });
});

describe("facts the product depends on", () => {
  it("the red-flags article names every emergency and urgent sign, and its sources", () => {
    const body = article("back-pain-red-flags-when-to-see-a-doctor").body.toLowerCase();
    const signs = [
      // emergency
      "bladder",
      "bowel",
      "retention",
      "genitals",
      "buttocks",
      "saddle",
      "both legs",
      "emergency",
      // urgent
      "fall",
      "accident",
      "fever",
      "unwell",
      "unexplained weight loss",
      "cancer",
      "at night",
      "under 20",
      "over 50",
      // not improving
      "6 weeks",
      "gp",
      "physiotherapist",
      // sources
      "nice",
      "ng59",
      "nhs",
    ];
    for (const sign of signs) expect(body, sign).toContain(sign);
  });

  it("the decompression article lists every inversion contraindication", () => {
    const body = article("ways-to-decompress-your-back").body.toLowerCase();
    const contraindications = [
      "high blood pressure",
      "glaucoma",
      "eye disease",
      "pregnancy",
      "heart disease",
      "stroke",
      "osteoporosis",
      "recent fracture",
      "hernia",
      "blood-thinning",
      "ear infection",
    ];
    for (const c of contraindications) expect(body, c).toContain(c);
    for (const pose of [
      "cat-cow",
      "child's pose",
      "downward dog",
      "cobra",
      "bridge",
      "spinal twist",
      "massage",
      "foam roll",
    ]) {
      expect(body, pose).toContain(pose);
    }
  });

  it("the adult BMI article matches the calculator: worked example, WHO classes and adjusted thresholds", () => {
    const body = article("bmi-explained-for-adults").body;
    expect(body).toContain("65 ÷ 3.24 = **20.06**");
    expect((65 / 1.8 ** 2).toFixed(2)).toBe("20.06");
    for (const row of [
      "| Below 16 | Severe thinness |",
      "| 16 to 16.99 | Moderate thinness |",
      "| 17 to 18.49 | Mild thinness |",
      "| 18.5 to 24.9 | Healthy weight |",
      "| 25 to 29.9 | Overweight (pre-obese) |",
      "| 30 to 34.9 | Obese class I |",
      "| 35 to 39.9 | Obese class II |",
      "| 40 or more | Obese class III |",
    ]) {
      expect(body).toContain(row);
    }
    expect(body).toContain("Overweight from a BMI of 23");
    expect(body).toContain("Obesity from a BMI of 27.5");
    for (const group of [
      "South Asian",
      "Chinese",
      "other Asian",
      "Middle Eastern",
      "Black African",
      "African-Caribbean",
    ]) {
      expect(body).toContain(group);
    }
  });

  it("the children's article gives the CDC percentile categories", () => {
    const body = article("bmi-for-children-and-teens").body;
    for (const phrase of [
      "5th",
      "85th",
      "95th",
      "120% of the 95th percentile",
      "Underweight",
      "Severe obesity",
      "92nd percentile",
    ]) {
      expect(body).toContain(phrase);
    }
  });

  it("the lifters' BMI article computes its example correctly and recommends waist-to-height", () => {
    const body = article("bmi-limits-for-muscular-lifters").body;
    expect((90 / 1.78 ** 2).toFixed(1)).toBe("28.4");
    expect(body).toContain("90 ÷ 3.1684 = **28.4**");
    for (const [kg, bmi] of [
      [70, "22.1"],
      [80, "25.2"],
      [90, "28.4"],
      [100, "31.6"],
      [110, "34.7"],
    ] as const) {
      expect((kg / 1.78 ** 2).toFixed(1)).toBe(bmi);
      expect(body).toContain(`| ${kg} kg | ${bmi} |`);
    }
    expect(body).toContain("less than half your height");
    expect((84 / 178).toFixed(2)).toBe("0.47");
  });
});
