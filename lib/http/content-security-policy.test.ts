import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, oauthFormTargets } from "./content-security-policy";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
const base = { nonce: "abc123", development: false, https: false, formTargets: [] };

describe("contentSecurityPolicy", () => {
  it("allows only nonce-carrying scripts, and none of eval, plugins, framing or foreign bases and forms", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy["script-src"]).not.toMatch(/unsafe/);
    expect(policy["style-src"]).toBe("'self' 'nonce-abc123'");
    expect(policy["object-src"]).toBe("'none'");
    expect(policy["base-uri"]).toBe("'self'");
    expect(policy["form-action"]).toBe("'self'");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(policy["img-src"]).toBe("'self' data: blob:");
    expect(policy["default-src"]).toBe("'self'");
    expect(policy).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("adds eval only in development, and upgrades subresources only over https", () => {
    expect(directives(contentSecurityPolicy({ ...base, development: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ ...base, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("lets forms reach the OAuth providers that are switched on, and only those", () => {
    expect(oauthFormTargets({})).toEqual([]);
    expect(oauthFormTargets({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "" })).toEqual([]);
    const both = oauthFormTargets({
      AUTH_GITHUB_ID: "a",
      AUTH_GITHUB_SECRET: "b",
      AUTH_GOOGLE_ID: "c",
      AUTH_GOOGLE_SECRET: "d",
    });
    expect(both).toEqual(["https://github.com", "https://accounts.google.com"]);
    expect(directives(contentSecurityPolicy({ ...base, formTargets: both }))["form-action"]).toBe(
      "'self' https://github.com https://accounts.google.com",
    );
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the policy of prerendered pages", () => {
  it("has no nonce (their HTML was rendered without one) but keeps every other restriction", () => {
    const policy = directives(contentSecurityPolicy({ ...base, nonce: "prerendered" }));
    expect(policy["script-src"]).toBe("'self' 'unsafe-inline'");
    expect(policy["style-src"]).toBe("'self'");
    expect(policy["object-src"]).toBe("'none'");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(policy["form-action"]).toBe("'self'");
  });
});
