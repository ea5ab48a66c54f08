// Seed articles, written in the product's own words (facts from the source documents, not their sentences).
export type ArticleContent = {
  slug: string; // kebab-case, unique
  title: string;
  excerpt: string; // 1–2 sentences, under 200 characters, for lists, search and meta description
  tags: string[]; // kebab-case
  routineSlugs: string[]; // routines the article talks about
  publishedAt: string; // YYYY-MM-DD, spread over 2025-2026, none after 2026-11-20
  coverAlt: string | null; // null: no cover image
  showCalculator: boolean; // true for BMI articles: the page embeds the calculator
  body: string; // GitHub-flavoured Markdown, no raw HTML
};
