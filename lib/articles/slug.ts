// Slugs: the URL names of articles and tags. Pure, so the admin form, the schema, the seed and the
// tests share one rule. A slug is lower-case ASCII letters and digits joined by single hyphens.

export const SLUG_MAX_LENGTH = 100;
export const TAG_MAX_LENGTH = 40;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Slugs that would collide with the routes beside /articles/[slug] (e.g. /articles/page/2) or read
 * as something they are not. The schema refuses them.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["page", "new", "edit", "feed", "search", "tags", "admin"]);

/**
 * "Deadlifts & Your Lower Back: Part 2" → "deadlifts-and-your-lower-back-part-2". Accents are folded
 * to ASCII (é → e); anything else that is not a letter or digit becomes a separator. Long slugs are
 * cut at a hyphen, so a word is never half kept. Returns "" when nothing usable is left.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * A tag as typed ("Lower Back", "#deadlift", "  core  work ") → its slug ("lower-back", "deadlift",
 * "core-work"). Tags are stored by slug; one spelling per idea.
 */
export function normaliseTag(text: string): string {
  return slugify(text.replace(/^#+/, ""), TAG_MAX_LENGTH);
}

/** Tag words written in capitals. */
const ACRONYMS: ReadonlySet<string> = new Set(["bmi", "nhs", "who", "cdc", "nice", "rdl"]);

/** The name a new tag gets from its slug: "lower-back" → "Lower back", "bmi" → "BMI". */
export function tagLabel(slug: string): string {
  const words = slug
    .split("-")
    .filter(Boolean)
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
