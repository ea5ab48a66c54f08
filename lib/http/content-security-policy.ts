/**
 * The Content-Security-Policy of every page (see docs/decisions/0009-content-security-policy.md).
 * proxy.ts makes a fresh nonce per request and puts the policy on both the request (Next reads the
 * nonce from it and stamps it on its own scripts while rendering) and the response. Prerendered
 * public pages skip the proxy (it was most of their cost, ADR 0027): next.config.js gives them the
 * prerendered policy below, built by the same function.
 *
 * Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'); no
 * other inline script, no eval, no other origin. Pages prerendered at build time (static and ISR)
 * were rendered without a request, so their inline scripts carry no nonce: they get 'self' plus
 * 'unsafe-inline' instead (ADR 0009 says why, and what replaces it once Next can hash them).
 * Styles: our stylesheets and nonce-carrying style elements; `style="…"` attributes (chart
 * positions, bar widths) are allowed by style-src-attr, since an attribute cannot load anything
 * or select elements. Everything else: our origin only, never framed, no plugins, no <base>
 * tricks, and forms post only to us (plus the OAuth providers that are switched on: a form post to
 * sign in is answered with a redirect to them, and browsers check form-action on that redirect too).
 */

import { type OAuthProvider, enabledOAuthProviders } from "@/lib/auth/providers";

/**
 * Where each OAuth provider's sign-in page is: our forms may end up there (lib/auth/providers.ts says which are on).
 */
const OAUTH_FORM_TARGETS: Record<OAuthProvider, string> = {
  github: "https://github.com",
  google: "https://accounts.google.com",
};

export type PolicyOptions = {
  /** This response's nonce, or "prerendered" for HTML rendered at build time (no nonce in it). */
  nonce: string | "prerendered";
  /** `next dev`: React's dev tools need eval (never in production). */
  development: boolean;
  /** Served over https (directly or behind our TLS proxy): upgrade any http subresource. */
  https: boolean;
  /** Origins besides our own that forms may post (or be redirected) to. */
  formTargets: readonly string[];
};

export function contentSecurityPolicy({ nonce, development, https, formTargets }: PolicyOptions): string {
  const prerendered = nonce === "prerendered";
  const scripts = prerendered ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    prerendered ? "style-src 'self'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function oauthFormTargets(environment?: Parameters<typeof enabledOAuthProviders>[0]): string[] {
  return enabledOAuthProviders(environment).map((provider) => OAUTH_FORM_TARGETS[provider]);
}

/**
 * The policy of pages that proxy.ts does not run for (prerendered public pages, ADR 0027), as
 * next.config.js's headers() sends it on every response; where the proxy runs, its own policy
 * replaces this one. headers() is read when the app is built (`next start` serves it from the build's
 * manifest), so this takes the build's environment, the one those pages' HTML was rendered with.
 * `https`: for requests whose X-Forwarded-Proto says https, like `policyForRequest`'s protocol.
 */
export function prerenderedPolicies(environment: Parameters<typeof enabledOAuthProviders>[0] & { NODE_ENV?: string }): {
  http: string;
  https: string;
} {
  const options = {
    nonce: "prerendered",
    development: environment.NODE_ENV === "development",
    formTargets: oauthFormTargets(environment),
  } as const;
  return {
    http: contentSecurityPolicy({ ...options, https: false }),
    https: contentSecurityPolicy({ ...options, https: true }),
  };
}

/**
 * The policy (and its nonce) for one request, as proxy.ts applies it. `prerendered`: the answer
 * will be HTML rendered at build time (see lib/http/prerendered-routes.ts).
 */
export function policyForRequest(request: { nextUrl: URL }, prerendered: boolean): { nonce: string; policy: string } {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce: prerendered ? "prerendered" : nonce,
    development: process.env.NODE_ENV === "development",
    // Next derives the protocol from X-Forwarded-Proto when a proxy terminates TLS.
    https: request.nextUrl.protocol === "https:",
    formTargets: oauthFormTargets(),
  });
  return { nonce, policy };
}
