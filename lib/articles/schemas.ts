/**
 * The one schema for an article write, shared by the admin form (FormData strings: "" means "not
 * filled in", tags and routines as comma-separated text), its server action and the admin JSON API
 * (JSON values, lists as arrays). Pure: no Next or Prisma.
 *
 * Every problem is reported on the field it belongs to, all at once. Text is normalised once here
 * (trimmed, CRLF → LF, slug and tags folded to their URL form), so everything downstream can trust it.
 */
import { z } from "zod";
import { isValidSlug, normaliseTag, RESERVED_SLUGS, slugify, SLUG_MAX_LENGTH } from "./slug";

export const ARTICLE_LIMITS = {
  title: 200,
  excerpt: 300,
  body: 100_000,
  tags: 10,
  routines: 10,
  coverUrl: 2_000,
  coverAlt: 300,
} as const;

export const WRITABLE_STATUSES = ["draft", "published", "scheduled"] as const;
export type WritableStatus = (typeof WRITABLE_STATUSES)[number];

/**
 * C0/C1 control characters other than tab and newline, and the bidirectional overrides that can make
 * text read differently from what it is. Never wanted in an article.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** Single-line fields also refuse tab and newline. */
const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** 2026-11-25T09:30, with optional seconds and an optional zone (Z or ±hh:mm). No zone means UTC. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

const text = z.string({ error: "Must be text" });
const list = z.union([z.array(z.string({ error: "Must be a list of text" })), z.string()], {
  error: "Must be a list of text",
});

const rawSchema = z.object({
  title: text.nullish(),
  slug: text.nullish(),
  excerpt: text.nullish(),
  body: text.nullish(),
  tags: list.nullish(),
  status: z.enum([...WRITABLE_STATUSES, ""], { error: "Status must be draft, published or scheduled" }).nullish(),
  publishAt: z.union([text, z.date()], { error: "Enter a date and time" }).nullish(),
  routineSlugs: list.nullish(),
  coverUrl: text.nullish(),
  coverAlt: text.nullish(),
  version: z.union([z.number(), z.string()], { error: "Version must be a whole number" }).nullish(),
});
type Raw = z.output<typeof rawSchema>;

export type ArticleInput = {
  title: string;
  /** Normalised; derived from the title when none was given. */
  slug: string;
  excerpt: string;
  /** GitHub-flavoured Markdown, line endings normalised to \n. */
  body: string;
  /** Tag slugs, de-duplicated, in the order given. */
  tags: string[];
  status: WritableStatus;
  /** Set (and only set) for a scheduled article. */
  publishAt: Date | null;
  routineSlugs: string[];
  coverUrl: string | null;
  coverAlt: string | null;
  /** The version the editor read (optimistic concurrency); absent for a new article. */
  version: number | undefined;
};

/** Splits "a, b,c" (a form's text box) or takes an array (JSON) and trims every entry. */
function items(value: string[] | string | null | undefined): string[] {
  const parts = typeof value === "string" ? value.split(",") : (value ?? []);
  return parts.map((part) => part.trim()).filter(Boolean);
}

function parseDateTime(value: string | Date): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over into March, and 25:00 into the next day: such a time is a typo.
  const onCalendar =
    local.getUTCFullYear() === year &&
    local.getUTCMonth() === month - 1 &&
    local.getUTCDate() === day &&
    local.getUTCHours() === hour &&
    local.getUTCMinutes() === minute;
  if (!onCalendar) return undefined;
  const zone = match[7];
  if (!zone || zone === "Z") return local;
  const offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return new Date(local.getTime() - offsetMinutes * 60_000);
}

/**
 * A cover is an image on this site ("/covers/squat.jpg"): the Content-Security-Policy allows images
 * from our own origin only, and a third-party image would tell its host who reads what.
 */
export function isSafeImageUrl(value: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/.test(value) && !/^\/[^/]*:/.test(value);
}

export const articleInputSchema = rawSchema.transform((raw: Raw, ctx): ArticleInput => {
  let failed = false;
  const fail = (field: keyof Raw, message: string) => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path: [field], input: raw[field] });
  };
  const line = (field: "title" | "excerpt" | "coverAlt" | "coverUrl" | "slug", label: string, max: number): string => {
    // A pasted excerpt may wrap; one line is what it is shown as.
    const value = (raw[field] ?? "").replace(/\r?\n/g, " ").replace(/\s+/g, " ").trim();
    if (LINE_CONTROL.test(value)) fail(field, `${label} must not contain control characters`);
    else if (value.length > max) fail(field, `${label} must be at most ${max} characters`);
    return value;
  };

  const title = line("title", "Title", ARTICLE_LIMITS.title);
  if (!title && !failed) fail("title", "Title is required");

  const typedSlug = line("slug", "Slug", SLUG_MAX_LENGTH * 2);
  const slug = slugify(typedSlug || title);
  if (typedSlug && !slug) fail("slug", "Slug must contain letters or numbers");
  else if (!typedSlug && title && !slug)
    fail("slug", "Choose a slug: the title has no letters or numbers to make one from");
  else if (slug && !isValidSlug(slug)) fail("slug", "Slug must be lower-case letters, digits and hyphens");
  else if (RESERVED_SLUGS.has(slug)) fail("slug", `"${slug}" is reserved; choose another slug`);

  const excerpt = line("excerpt", "Excerpt", ARTICLE_LIMITS.excerpt);

  const body = (raw.body ?? "").replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "");
  if (!body.trim()) fail("body", "Body is required");
  else if (CONTROL.test(body)) fail("body", "Body must not contain control characters");
  else if (body.length > ARTICLE_LIMITS.body)
    fail("body", `Body must be at most ${ARTICLE_LIMITS.body.toLocaleString("en")} characters`);

  const tags = [...new Set(items(raw.tags).map(normaliseTag))];
  if (items(raw.tags).some((tag) => LINE_CONTROL.test(tag))) fail("tags", "Tags must not contain control characters");
  else if (tags.includes("")) fail("tags", "Each tag must contain letters or numbers");
  else if (tags.length > ARTICLE_LIMITS.tags) fail("tags", `At most ${ARTICLE_LIMITS.tags} tags`);

  const routineSlugs = [...new Set(items(raw.routineSlugs).map((value) => value.toLowerCase()))];
  if (routineSlugs.some((value) => !isValidSlug(value)))
    fail("routineSlugs", "Routines are named by their slug, e.g. cat-camel-flow");
  else if (routineSlugs.length > ARTICLE_LIMITS.routines)
    fail("routineSlugs", `At most ${ARTICLE_LIMITS.routines} routines`);

  const status: WritableStatus = raw.status || "draft";
  let publishAt: Date | null = null;
  const publishAtText = raw.publishAt instanceof Date ? raw.publishAt : (raw.publishAt ?? "").trim();
  if (publishAtText !== "") {
    const parsed = parseDateTime(publishAtText);
    if (!parsed) fail("publishAt", "Enter a date and time like 2026-11-25T09:30");
    else if (status === "scheduled") publishAt = parsed;
  } else if (status === "scheduled") {
    fail("publishAt", "Choose when the article goes live");
  }

  const coverUrl = line("coverUrl", "Cover image URL", ARTICLE_LIMITS.coverUrl) || null;
  if (coverUrl && !isSafeImageUrl(coverUrl))
    fail("coverUrl", "Cover image must be a path on this site, starting with / (e.g. /covers/squat.jpg)");
  const coverAlt = line("coverAlt", "Cover description", ARTICLE_LIMITS.coverAlt) || null;
  if (coverUrl && isSafeImageUrl(coverUrl) && !coverAlt)
    fail("coverAlt", "Describe the cover image for people who cannot see it");

  let version: number | undefined;
  if (raw.version !== undefined && raw.version !== null && raw.version !== "") {
    const n =
      typeof raw.version === "number" ? raw.version : /^\d+$/.test(raw.version.trim()) ? Number(raw.version) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) fail("version", "Version must be a whole number");
    else version = n;
  }

  if (failed) return z.NEVER;
  return {
    title,
    slug,
    excerpt,
    body,
    tags,
    status,
    publishAt,
    routineSlugs,
    coverUrl,
    coverAlt: coverUrl ? coverAlt : null,
    version,
  };
});

/** The public list and search inputs (query string), forgiving: junk falls back to defaults. */
export const PAGE_SIZE = 10;
export const SEARCH_MAX_LENGTH = 200;

export function parsePage(value: unknown): number | null {
  if (value === undefined || value === null || value === "") return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}
