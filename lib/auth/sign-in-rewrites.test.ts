// next.config.js sends /sign-in and /sign-up to their per-request twins (ADR 0026) when the request
// has something the prerendered page cannot answer: a session cookie (maybe a live session, to be
// sent on) or a sign-in notice in the query. ?callbackUrl= must stay off that list: it is the
// common way in, and the prerendered page handles it (components/auth/callback-url.tsx).
import type { NextConfig } from "next";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const CONFIG = pathToFileURL(path.join(import.meta.dirname, "../../next.config.js")).href;

// Auth.js's session cookie, on http and on https (defaultCookies in @auth/core/lib/utils/cookie.js).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

type Rule = { source: string; has: { type: string; key: string; value?: string }[]; destination: string };

async function rulesFor(source: string): Promise<Rule[]> {
  const nextConfig = ((await import(/* @vite-ignore */ CONFIG)) as { default: NextConfig }).default;
  const rewrites = (await nextConfig.rewrites!()) as unknown as { beforeFiles: Rule[] };
  return rewrites.beforeFiles.filter((rule) => rule.source === source);
}

const conditions = (rules: Rule[]) =>
  rules
    .flatMap((rule) =>
      rule.has.map((condition) => `${condition.type}:${condition.key}${condition.value ? `=${condition.value}` : ""}`),
    )
    .sort();

describe("sign-in and sign-up rewrites", () => {
  it("send /sign-in with a session cookie or a notice to its per-request twin", async () => {
    const rules = await rulesFor("/sign-in");
    expect(rules.every((rule) => rule.destination === "/sign-in/per-request" && rule.has.length === 1)).toBe(true);
    expect(conditions(rules)).toEqual(
      [...SESSION_COOKIES.map((name) => `cookie:${name}`), "query:error", "query:reset", "query:signedOut"].sort(),
    );
  });

  it("send /sign-up with a session cookie to its per-request twin", async () => {
    const rules = await rulesFor("/sign-up");
    expect(rules.every((rule) => rule.destination === "/sign-up/per-request" && rule.has.length === 1)).toBe(true);
    expect(conditions(rules)).toEqual(SESSION_COOKIES.map((name) => `cookie:${name}`).sort());
  });
});
