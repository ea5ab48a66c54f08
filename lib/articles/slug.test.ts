import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "./reading-time";
import { isValidSlug, normaliseTag, slugify, tagLabel } from "./slug";

describe("slugify", () => {
  it("makes URL names from titles", () => {
    expect(slugify("Deadlifts & Your Lower Back: Part 2")).toBe("deadlifts-and-your-lower-back-part-2");
    expect(slugify("  Crème brûlée’s Über-Guide  ")).toBe("creme-brulees-uber-guide");
    expect(slugify("!!!")).toBe("");
    expect(slugify("Ünïcödé — dashes – everywhere")).toBe("unicode-dashes-everywhere");
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 22);
    expect(slug).toBe("word-word-word-word");
    expect(isValidSlug(slugify("a".repeat(300)))).toBe(true);
  });

  it("validates slugs", () => {
    expect(isValidSlug("back-care-101")).toBe(true);
    for (const bad of ["", "Back", "a--b", "-a", "a-", "a_b", "a b", "a/b"]) expect(isValidSlug(bad)).toBe(false);
  });
});

describe("tags", () => {
  it("folds spellings to one slug, and names new tags readably", () => {
    expect(normaliseTag("#Lower Back")).toBe("lower-back");
    expect(normaliseTag("  core  work ")).toBe("core-work");
    expect(tagLabel("lower-back")).toBe("Lower back");
    expect(tagLabel("bmi")).toBe("BMI");
    expect(tagLabel("bmi-for-children")).toBe("BMI for children");
  });
});

describe("reading time", () => {
  it("counts words a reader reads, not URLs or markup", () => {
    expect(countWords("## Two words")).toBe(2);
    expect(countWords("[link text](https://example.com/a/very/long/url) and https://bare.example/x")).toBe(3);
    expect(countWords("| a | b |\n|---|---|\n| c | d |")).toBe(4);
    expect(countWords("")).toBe(0);
  });

  it("rounds to whole minutes at 230 words a minute, at least one", () => {
    expect(readingMinutes("")).toBe(0);
    expect(readingMinutes("word")).toBe(1);
    expect(readingMinutes("word ".repeat(230 * 5))).toBe(5);
    expect(readingMinutes("word ".repeat(230 * 5 + 100))).toBe(5);
  });
});
