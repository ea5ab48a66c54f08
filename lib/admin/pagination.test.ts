import { describe, expect, it } from "vitest";
import { pageHref, pageInfo, pageWindow, parsePage } from "./pagination";

describe("parsePage", () => {
  it("reads whole positive numbers and treats anything else as page 1", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(["2", "5"])).toBe(2);
    for (const bad of [undefined, null, "", "0", "-2", "abc", "1.5", "Infinity", {}]) expect(parsePage(bad)).toBe(1);
  });

  it("caps absurd page numbers so they cannot ask for huge offsets", () => {
    expect(parsePage("99999999999")).toBe(10_000);
  });
});

describe("page maths", () => {
  it("counts pages (at least one, even when empty) and the offset of a page", () => {
    expect(pageInfo(1, 0, 25).pages).toBe(1);
    expect(pageInfo(2, 51, 25)).toEqual({ page: 2, pageSize: 25, total: 51, pages: 3 });
    expect(pageWindow(3, 25)).toEqual({ skip: 50, take: 25 });
  });

  it("keeps filters in page links and leaves out empty ones and page 1", () => {
    expect(pageHref("/admin/articles", { status: "draft", q: "" }, 2)).toBe("/admin/articles?status=draft&page=2");
    expect(pageHref("/admin/articles", { q: "hip hinge" }, 1)).toBe("/admin/articles?q=hip+hinge");
    expect(pageHref("/admin/audit", {}, 1)).toBe("/admin/audit");
  });
});
