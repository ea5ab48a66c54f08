import { describe, expect, it } from "vitest";
import { pathWithQuery } from "./return-path";
import { safeCallbackUrl } from "./redirects";

describe("pathWithQuery", () => {
  it("keeps the query string, repeated keys included", () => {
    expect(pathWithQuery("/dashboard")).toBe("/dashboard");
    expect(pathWithQuery("/dashboard", { range: "1y", cursor: undefined })).toBe("/dashboard?range=1y");
    expect(pathWithQuery("/dashboard/import", { a: ["1", "2"] })).toBe("/dashboard/import?a=1&a=2");
  });

  it("gives a path the sign-in page accepts as it is", () => {
    const path = pathWithQuery("/dashboard/measurements/abc/edit", { units: "us", note: "a b&c" });
    expect(safeCallbackUrl(path)).toBe(path);
  });
});
