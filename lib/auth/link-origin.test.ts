import { afterEach, describe, expect, it, vi } from "vitest";

const hostile = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });

/** lib/env caches the environment on first use: load a fresh copy per case. */
async function linkOriginWith(variables: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/unused");
  return (await import("./link-origin")).linkOrigin;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("linkOrigin (links in emails)", () => {
  it("is SITE_URL's origin, whatever Host the request claims", async () => {
    const linkOrigin = await linkOriginWith({
      NODE_ENV: "production",
      SITE_URL: "https://steadyback.example/ignored/path",
      AUTH_URL: undefined,
    });
    expect(linkOrigin(hostile)).toBe("https://steadyback.example");
  });

  it("falls back to AUTH_URL's origin", async () => {
    const linkOrigin = await linkOriginWith({
      NODE_ENV: "production",
      SITE_URL: undefined,
      AUTH_URL: "https://auth.steadyback.example/api/auth",
    });
    expect(linkOrigin(hostile)).toBe("https://auth.steadyback.example");
  });

  it("in production, never uses the request's Host: unconfigured is an error", async () => {
    const linkOrigin = await linkOriginWith({ NODE_ENV: "production", SITE_URL: undefined, AUTH_URL: undefined });
    expect(() => linkOrigin(hostile)).toThrow(/Set SITE_URL/);
  });

  it("under next dev, takes the request's origin when nothing is configured", async () => {
    const linkOrigin = await linkOriginWith({ NODE_ENV: "development", SITE_URL: undefined, AUTH_URL: undefined });
    expect(linkOrigin(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
  });
});
