// proxy.ts skips the prerendered public pages (ADR 0027) but must still run wherever a page needs a
// nonce or the client's address. Its matcher is checked here with Next's own matching code, and
// against next.config.js: every rewrite to a per-request twin must still reach the proxy, and every
// response carries the prerendered policy unless the proxy replaces it.
import type { NextConfig } from "next";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { prerenderedPolicies } from "./content-security-policy";

const runs = (url: string, headers: Record<string, string> = {}, cookies: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, headers, cookies });

// A plain JavaScript file without types: imported by URL and typed here.
const CONFIG = pathToFileURL(path.join(import.meta.dirname, "../../next.config.js")).href;
const nextConfig = async () => ((await import(/* @vite-ignore */ CONFIG)) as { default: NextConfig }).default;

const PRERENDERED_PAGES = [
  "/",
  "/bmi",
  "/routines",
  "/routines/",
  "/articles",
  "/tags",
  "/articles/bmi-explained",
  "/articles/page/2",
  "/tags/back-pain",
  "/tags/back-pain/page/3",
  "/routines/core-basics",
  "/sign-in",
  "/sign-in?callbackUrl=%2Fdashboard",
  "/sign-up",
];

describe("the proxy's matcher", () => {
  it("skips the prerendered public pages, also with a query that changes nothing and for client navigation", () => {
    for (const url of PRERENDERED_PAGES) expect(runs(url), url).toBe(false);
    expect(runs("/bmi?utm_source=newsletter")).toBe(false);
    expect(runs("/routines?page=2")).toBe(false);
    expect(runs("/articles?_rsc=1x2y", { rsc: "1", "next-router-state-tree": "%5B%5D" })).toBe(false);
  });

  it("runs for pages rendered per request (they need a nonce) and for paths no route knows", () => {
    for (const url of [
      "/dashboard",
      "/dashboard/measurements/new",
      "/account",
      "/admin",
      "/admin/articles",
      "/sign-in?error=CredentialsSignin",
      "/sign-in?signedOut=everywhere",
      "/sign-in/per-request",
      "/search?q=back",
      "/bmi/result",
      "/routines-filtered",
      "/practice/core-basics",
      "/check-in",
      "/articles/a/b",
      "/tags/a/page/2/x",
      "/bmi-calculator",
      "/routinesx",
      "/no-such-page",
      "/api/auth/callback/credentials",
    ]) {
      expect(runs(url), url).toBe(true);
    }
  });

  it("runs for a server action or a form posted to a prerendered page (a rate limit reads the address)", () => {
    expect(runs("/", { "next-action": "7f3a" })).toBe(true);
    expect(runs("/articles/bmi-explained", { "content-type": "multipart/form-data; boundary=x" })).toBe(true);
    expect(runs("/bmi", { "content-type": "application/x-www-form-urlencoded" })).toBe(true);
  });

  it("runs for every request that next.config.js rewrites to a per-request twin", async () => {
    type Rule = { source: string; has?: { type: string; key: string }[] };
    const rewrites = (await (await nextConfig()).rewrites!()) as unknown as { beforeFiles: Rule[] };
    const conditional = rewrites.beforeFiles.filter((rule) => rule.has?.length);
    expect(conditional.length).toBeGreaterThan(10);
    for (const rule of conditional) {
      const query = new URLSearchParams(rule.has!.filter((c) => c.type === "query").map((c) => [c.key, "1"]));
      const cookies = Object.fromEntries(rule.has!.filter((c) => c.type === "cookie").map((c) => [c.key, "1"]));
      const url = `${rule.source}${query.size ? `?${query}` : ""}`;
      expect(runs(url, {}, cookies), `${url} ${JSON.stringify(cookies)}`).toBe(true);
    }
  });

  it("never runs for build assets or the JSON API (its body limit), except the article view counter", () => {
    expect(runs("/_next/static/chunks/main.js")).toBe(false);
    expect(runs("/api/v1/bmi?heightCm=170")).toBe(false);
    expect(runs("/api/v1/measurements", { "content-type": "application/json" })).toBe(false);
    expect(runs("/api/v1/articles/abc/view", { "content-type": "application/json" })).toBe(true);
  });
});

describe("next.config.js headers", () => {
  // headers() loads the policy module through tsx: once is enough.
  let rules: Awaited<ReturnType<NonNullable<NextConfig["headers"]>>> | undefined;
  const policyFor = async (url: string, headers: Record<string, string> = {}) => {
    const config = await nextConfig();
    rules ??= await config.headers!();
    const response = await unstable_getResponseFromNextConfig({
      url,
      nextConfig: { ...config, headers: async () => rules! },
      headers,
    });
    return response.headers.get("content-security-policy");
  };

  it("give every page the prerendered policy, built by lib/http/content-security-policy.ts", async () => {
    const expected = prerenderedPolicies(process.env);
    expect(expected.http).toMatch(/script-src 'self' 'unsafe-inline'/);
    for (const url of PRERENDERED_PAGES) expect(await policyFor(url), url).toBe(expected.http);
    expect(await policyFor("/articles/bmi-explained", { "x-forwarded-proto": "https" })).toBe(expected.https);
    expect(expected.https).toBe(`${expected.http}; upgrade-insecure-requests`);
    // JSON and build assets get no page policy.
    expect(await policyFor("/api/v1/bmi?heightCm=170")).toBeNull();
    expect(await policyFor("/_next/static/chunks/main.js")).toBeNull();
  }, 30_000);
});
