import { describe, expect, it } from "vitest";
import { isPrerendered, routeTable } from "./prerendered-routes";

// Shaped like .next/prerender-manifest.json and .next/routes-manifest.json of a real build.
const table = routeTable(
  {
    routes: {
      "/": { routeType: "page" },
      "/sign-in": { routeType: "page" },
      "/_not-found": { routeType: "page" },
      "/articles/bmi-explained": { routeType: "page" },
      "/feed.xml": { routeType: "route" },
    },
    dynamicRoutes: { "/tags/[tag]": { routeType: "page", routeRegex: "^/tags/([^/]+?)(?:/)?$" } },
  },
  {
    staticRoutes: [
      { regex: "^/sign-in(?:/)?$" },
      { regex: "^/(?:/)?$" },
      { regex: "^/dashboard(?:/)?$" },
      { regex: "^/feed\\.xml(?:/)?$" },
      { regex: "^/articles(?:/)?$" },
    ],
    dynamicRoutes: [
      { regex: "^/articles/([^/]+?)(?:/)?$" },
      { regex: "^/tags/([^/]+?)(?:/)?$" },
      { regex: "^/api/v1/measurements/([^/]+?)(?:/)?$" },
    ],
    rewrites: {
      beforeFiles: [
        { source: "/tags", regex: "^/tags(?:/)?$", has: [{ type: "query", key: "kind" }] },
        { source: "/", has: [{ type: "query", key: "q" }] },
        { source: "/", has: [{ type: "header", key: "x-preview" }] },
        { source: "/sign-in", regex: "^/sign-in(?:/)?$", has: [{ type: "cookie", key: "authjs.session-token" }] },
        { source: "/sign-in", regex: "^/sign-in(?:/)?$", has: [{ type: "query", key: "error" }] },
        { source: "/sign-in", regex: "^/sign-in(?:/)?$", has: [{ type: "cookie", key: "theme", value: "dark" }] },
      ],
    },
  },
);

describe("isPrerendered", () => {
  it("is true for pages rendered at build time and for ISR patterns", () => {
    expect(isPrerendered(table, "GET", "/")).toBe(true);
    expect(isPrerendered(table, "GET", "/articles/bmi-explained")).toBe(true);
    expect(isPrerendered(table, "HEAD", "/tags/anything-new")).toBe(true);
  });

  it("is false for pages rendered per request, route handlers and server actions", () => {
    expect(isPrerendered(table, "GET", "/dashboard")).toBe(false);
    expect(isPrerendered(table, "GET", "/articles/not-built-yet-but-dynamic")).toBe(false);
    expect(isPrerendered(table, "GET", "/feed.xml")).toBe(false);
    expect(isPrerendered(table, "GET", "/api/v1/measurements/abc")).toBe(false);
    expect(isPrerendered(table, "POST", "/")).toBe(false);
  });

  it("is true for a path no route knows: the prerendered 404 page answers it", () => {
    expect(isPrerendered(table, "GET", "/no-such-page")).toBe(true);
    expect(isPrerendered(table, "GET", "/dashboard/extra/segments")).toBe(true);
  });
});

describe("isPrerendered with next.config.js rewrites on the query", () => {
  const query = (text: string) => new URLSearchParams(text);

  it("is false when a query rewrite sends the request to a per-request page", () => {
    expect(isPrerendered(table, "GET", "/tags", query("kind=core"))).toBe(false);
    expect(isPrerendered(table, "GET", "/tags/", query("kind=&kind="))).toBe(false);
    expect(isPrerendered(table, "GET", "/", query("q=back"))).toBe(false);
  });

  it("stays true without that query, or for rules on anything but the query", () => {
    expect(isPrerendered(table, "GET", "/tags", query("utm_source=x"))).toBe(true);
    expect(isPrerendered(table, "GET", "/tags")).toBe(true);
    expect(isPrerendered(table, "GET", "/", query("x-preview=1"))).toBe(true);
  });

  it("stays true for an empty parameter, which Next's router does not count as present", () => {
    expect(isPrerendered(table, "GET", "/tags", query("kind="))).toBe(true);
    expect(isPrerendered(table, "GET", "/sign-in", query("error="))).toBe(true);
  });
});

describe("isPrerendered with next.config.js rewrites on a cookie", () => {
  const jar = (cookies: Record<string, string>) => ({
    get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
  });

  it("is false when the cookie sends the request to a per-request twin", () => {
    expect(isPrerendered(table, "GET", "/sign-in", undefined, jar({ "authjs.session-token": "eyJ…" }))).toBe(false);
    expect(
      isPrerendered(
        table,
        "GET",
        "/sign-in/",
        new URLSearchParams("callbackUrl=/profile"),
        jar({ "authjs.session-token": "eyJ…" }),
      ),
    ).toBe(false);
  });

  it("is true without that cookie, with it empty, or for a rule on a cookie's value (not interpreted)", () => {
    expect(isPrerendered(table, "GET", "/sign-in")).toBe(true);
    expect(
      isPrerendered(table, "GET", "/sign-in", new URLSearchParams("callbackUrl=/profile"), jar({ other: "1" })),
    ).toBe(true);
    expect(isPrerendered(table, "GET", "/sign-in", undefined, jar({ "authjs.session-token": "" }))).toBe(true);
    expect(isPrerendered(table, "GET", "/sign-in", undefined, jar({ theme: "dark" }))).toBe(true);
  });

  it("is false for a query rule on the same page", () => {
    expect(isPrerendered(table, "GET", "/sign-in", new URLSearchParams("error=OAuthCallbackError"), jar({}))).toBe(
      false,
    );
  });
});
