import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/forms/form-state";
import { articleInputSchema, parsePage } from "./schemas";

const valid = { title: "Deadlifts & Your Back", body: "Some **Markdown**." };
const errors = (input: Record<string, unknown>) => {
  const result = articleInputSchema.safeParse(input);
  return result.success ? {} : zodFieldErrors(result.error);
};

describe("articleInputSchema", () => {
  it("normalises a minimal article: slug from the title, draft, empty lists", () => {
    expect(articleInputSchema.parse(valid)).toEqual({
      title: "Deadlifts & Your Back",
      slug: "deadlifts-and-your-back",
      excerpt: "",
      body: "Some **Markdown**.",
      tags: [],
      status: "draft",
      publishAt: null,
      routineSlugs: [],
      coverUrl: null,
      coverAlt: null,
      version: undefined,
    });
  });

  it("reads a form submission: strings, comma-separated lists, CRLF", () => {
    const parsed = articleInputSchema.parse({
      title: "  Core   work ",
      slug: "Core Work: Part 2!",
      excerpt: "Line one\r\nline two",
      body: "Para one\r\n\r\nPara two\r\n",
      tags: "Core, #Lower Back, core , BMI",
      routineSlugs: "core-foundation, Core-Builder",
      status: "scheduled",
      publishAt: "2026-12-01T09:30",
      version: "3",
    });
    expect(parsed).toMatchObject({
      title: "Core work",
      slug: "core-work-part-2",
      excerpt: "Line one line two",
      body: "Para one\n\nPara two",
      tags: ["core", "lower-back", "bmi"],
      routineSlugs: ["core-foundation", "core-builder"],
      status: "scheduled",
      publishAt: new Date("2026-12-01T09:30:00Z"),
      version: 3,
    });
  });

  it("reads JSON: arrays, an ISO time with a zone, a number version", () => {
    const parsed = articleInputSchema.parse({
      ...valid,
      tags: ["Mobility"],
      status: "scheduled",
      publishAt: "2026-12-01T10:30:00+01:00",
      version: 2,
    });
    expect(parsed.publishAt?.toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(parsed.tags).toEqual(["mobility"]);
  });

  it("only keeps publishAt for scheduled articles", () => {
    expect(
      articleInputSchema.parse({ ...valid, status: "published", publishAt: "2026-12-01T09:30" }).publishAt,
    ).toBeNull();
  });

  it("reports every problem on its own field", () => {
    expect(
      errors({
        title: "",
        body: "   ",
        status: "scheduled",
        tags: ["ok", "!!!"],
        routineSlugs: ["not a slug!"],
        coverUrl: "javascript:alert(1)",
        version: "two",
      }),
    ).toEqual({
      title: "Title is required",
      body: "Body is required",
      publishAt: "Choose when the article goes live",
      tags: "Each tag must contain letters or numbers",
      routineSlugs: "Routines are named by their slug, e.g. cat-camel-flow",
      coverUrl: "Cover image must be a path on this site, starting with / (e.g. /covers/squat.jpg)",
      version: "Version must be a whole number",
    });
  });

  it("refuses control characters, but allows tabs and newlines in the body", () => {
    expect(errors({ ...valid, title: "Bad\u0000title" })).toEqual({
      title: "Title must not contain control characters",
    });
    expect(errors({ ...valid, body: "a\u0007b" })).toEqual({ body: "Body must not contain control characters" });
    expect(errors({ ...valid, body: "text with an \u202Eoverride" })).toEqual({
      body: "Body must not contain control characters",
    });
    expect(errors({ ...valid, tags: ["a\u0000b"] })).toEqual({ tags: "Tags must not contain control characters" });
    expect(errors({ ...valid, body: "code:\n\tindented\n" })).toEqual({});
  });

  it("checks lengths, slugs and dates", () => {
    expect(errors({ ...valid, title: "x".repeat(201) })).toEqual({ title: "Title must be at most 200 characters" });
    expect(errors({ ...valid, body: "x".repeat(100_001) })).toEqual({
      body: "Body must be at most 100,000 characters",
    });
    expect(errors({ ...valid, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) })).toEqual({
      tags: "At most 10 tags",
    });
    expect(errors({ ...valid, slug: "!!!" })).toEqual({ slug: "Slug must contain letters or numbers" });
    expect(errors({ ...valid, slug: "page" })).toEqual({ slug: '"page" is reserved; choose another slug' });
    expect(errors({ title: "!!!", body: "x" })).toEqual({
      slug: "Choose a slug: the title has no letters or numbers to make one from",
    });
    expect(errors({ ...valid, status: "scheduled", publishAt: "2026-02-30T10:00" })).toEqual({
      publishAt: "Enter a date and time like 2026-11-25T09:30",
    });
    expect(errors({ ...valid, status: "scheduled", publishAt: "tomorrow" })).toEqual({
      publishAt: "Enter a date and time like 2026-11-25T09:30",
    });
    expect(errors({ ...valid, status: "trashed" })).toEqual({ status: "Status must be draft, published or scheduled" });
  });

  it("needs a description for a cover image, and takes images from this site only", () => {
    expect(errors({ ...valid, coverUrl: "/covers/a.jpg" })).toEqual({
      coverAlt: "Describe the cover image for people who cannot see it",
    });
    expect(errors({ ...valid, coverUrl: "https://img.example/a.jpg", coverAlt: "x" })).toHaveProperty("coverUrl");
    expect(errors({ ...valid, coverUrl: "/\\evil.example/a.jpg", coverAlt: "x" })).toHaveProperty("coverUrl");
    expect(errors({ ...valid, coverUrl: "//evil.example/a.jpg", coverAlt: "x" })).toHaveProperty("coverUrl");
    expect(errors({ ...valid, coverUrl: "data:image/png;base64,AAAA", coverAlt: "x" })).toHaveProperty("coverUrl");
    expect(articleInputSchema.parse({ ...valid, coverUrl: "/covers/a.jpg", coverAlt: "A barbell" })).toMatchObject({
      coverUrl: "/covers/a.jpg",
      coverAlt: "A barbell",
    });
    expect(articleInputSchema.parse({ ...valid, coverAlt: "orphan" }).coverAlt).toBeNull();
  });

  it("refuses values of the wrong type without throwing", () => {
    expect(errors({ title: 42, body: ["x"], tags: 7 })).toMatchObject({
      title: "Must be text",
      body: "Must be text",
      tags: "Must be a list of text",
    });
  });
});

describe("parsePage", () => {
  it("reads page numbers and refuses junk", () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage("3")).toBe(3);
    for (const junk of ["0", "-1", "1.5", "abc", "01", "9999999", ["2"]]) expect(parsePage(junk)).toBeNull();
  });
});
