import { describe, expect, it } from "vitest";
import { isPublic, shownDate } from "./visibility";

const now = new Date("2026-11-22T12:00:00Z");
const at = (iso: string) => new Date(iso);

describe("isPublic", () => {
  it("shows published articles, and scheduled ones from their time on", () => {
    expect(isPublic({ status: "published", publishAt: null, publishedAt: at("2026-01-01T00:00:00Z") }, now)).toBe(true);
    expect(isPublic({ status: "scheduled", publishAt: at("2026-11-22T12:00:00Z"), publishedAt: null }, now)).toBe(true);
    expect(isPublic({ status: "scheduled", publishAt: at("2026-11-22T12:00:01Z"), publishedAt: null }, now)).toBe(
      false,
    );
    expect(isPublic({ status: "scheduled", publishAt: null, publishedAt: null }, now)).toBe(false);
  });

  it("never shows drafts or trashed articles, whatever their dates", () => {
    expect(
      isPublic(
        { status: "draft", publishAt: at("2020-01-01T00:00:00Z"), publishedAt: at("2020-01-01T00:00:00Z") },
        now,
      ),
    ).toBe(false);
    expect(isPublic({ status: "trashed", publishAt: null, publishedAt: at("2020-01-01T00:00:00Z") }, now)).toBe(false);
  });
});

describe("shownDate", () => {
  it("is publishedAt, else publishAt, else createdAt", () => {
    const createdAt = at("2026-01-01T00:00:00Z");
    expect(
      shownDate({
        status: "published",
        publishAt: at("2026-02-01T00:00:00Z"),
        publishedAt: at("2026-03-01T00:00:00Z"),
        createdAt,
      }),
    ).toEqual(at("2026-03-01T00:00:00Z"));
    expect(
      shownDate({ status: "scheduled", publishAt: at("2026-02-01T00:00:00Z"), publishedAt: null, createdAt }),
    ).toEqual(at("2026-02-01T00:00:00Z"));
    expect(shownDate({ status: "published", publishAt: null, publishedAt: null, createdAt })).toEqual(createdAt);
  });
});
