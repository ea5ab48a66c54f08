// Prerendered public pages skip proxy.ts (ADR 0027) and get their Content-Security-Policy from
// next.config.js instead. Checked on the production build: each such page is served from the
// prerender cache with the prerendered policy (the same policy as a per-request page's, with
// 'unsafe-inline' for the nonce) and every other security header; a query rewritten to a
// per-request twin still gets a nonce on every script. security-headers.spec.ts checks that no page
// reports a violation.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const PER_REQUEST = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/;

/** The per-request policy with its nonce taken out: what a prerendered page must get. */
function withoutNonce(policy: string): string {
  const nonce = PER_REQUEST.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return policy.replace(`'nonce-${nonce}' 'strict-dynamic'`, "'unsafe-inline'").replace(` 'nonce-${nonce}'`, "");
}

async function firstLink(request: APIRequestContext, from: string, pattern: RegExp): Promise<string> {
  const html = await (await request.get(from)).text();
  const found = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!).find((href) => pattern.test(href));
  expect(found, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return found!;
}

test.describe("prerendered pages without the proxy", () => {
  test.skip(({ isMobile }) => isMobile, "server behaviour; one viewport is enough");

  test("carry the prerendered policy and every security header, and are served from the prerender cache", async ({
    request,
  }) => {
    const reference = (await request.get("/search?q=back")).headers()["content-security-policy"] ?? "";
    const expected = withoutNonce(reference);
    const pages = [
      "/",
      "/bmi",
      "/bmi?utm_source=newsletter",
      "/articles",
      "/tags",
      "/routines",
      await firstLink(request, "/articles", /^\/articles\/(?!page\/)[^/?#]+$/),
      await firstLink(request, "/tags", /^\/tags\/[^/?#]+$/),
      await firstLink(request, "/routines", /^\/routines\/[^/?#]+$/),
    ];
    for (const path of pages) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(response.status(), path).toBe(200);
      expect(headers["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
      expect(headers["content-security-policy"], path).toBe(expected);
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
    }
  });

  test("behind a TLS proxy also upgrade insecure requests, like per-request pages", async ({ request }) => {
    const https = { "x-forwarded-proto": "https" };
    const perRequest =
      (await request.get("/search?q=back", { headers: https })).headers()["content-security-policy"] ?? "";
    expect(perRequest).toMatch(/; upgrade-insecure-requests$/);
    expect((await request.get("/articles", { headers: https })).headers()["content-security-policy"]).toBe(
      withoutNonce(perRequest),
    );
  });

  test("a query rewritten to a per-request twin still gets a nonce on every script", async ({ request }) => {
    for (const path of [
      "/bmi?units=metric&heightCm=175&weightKg=70&age=35",
      "/bmi?weightKg=70",
      "/routines?kind=core",
      "/routines?tag=back",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const nonce = PER_REQUEST.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });
});
