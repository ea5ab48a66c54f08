// Next 16's proxy (formerly middleware): runs before every page rendered per request, server action
// and route handler; not for prerendered public pages (see config.matcher, ADR 0027).
// Keep it small; guards live in lib/auth/session.server.ts, never only here.
import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHops, withTrustedForwarding } from "@/lib/auth/forwarded-for";
import { policyForRequest } from "@/lib/http/content-security-policy";
import { buildRouteTable, isPrerendered } from "@/lib/http/prerendered-routes";

export function proxy(request: NextRequest) {
  // Rate limits key on the client's address: see lib/auth/forwarded-for.ts for why this must run first.
  const headers = withTrustedForwarding(request.headers, trustedProxyHops());
  // Content-Security-Policy (ADR 0009): Next reads the nonce from the request's policy header and
  // stamps it on the scripts it renders; the browser gets the same policy on the response.
  const table = buildRouteTable();
  const prerendered =
    table !== null &&
    isPrerendered(table, request.method, request.nextUrl.pathname, request.nextUrl.searchParams, request.cookies);
  const csp = policyForRequest(request, prerendered);
  headers.set("content-security-policy", csp.policy);
  headers.set("x-nonce", csp.nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp.policy);
  return response;
}

export const config = {
  // Literal values only: Next reads this object without running the file. The proxy runs when any entry
  // matches; lib/http/proxy-matcher.test.ts checks them with Next's own matching code.
  matcher: [
    // Not for build assets. Not for the JSON API either, except the article view counter (it reads
    // the client's address): when a proxy runs, Next copies the request body for it and reads the
    // whole upload, which would undo the API's 64 KB body limit (lib/http/json.ts). A new /api/v1
    // route that needs the client's address must be excepted here too.
    // Not for the prerendered public pages either (ADR 0027): running the proxy was most of what they
    // cost. next.config.js gives them their policy; they read neither a nonce nor the client's address.
    // They are /, /bmi, /routines, /articles, /tags, /articles/[slug], /articles/page/[page],
    // /tags/[tag], /tags/[tag]/page/[page], /routines/[slug], /sign-in and /sign-up (ADR 0026); a page
    // left out here must be prerendered.
    "/((?!_next/(?:static|image)|api/v1/(?!articles/)|bmi/?$|sign-(?:in|up)/?$|routines|articles|tags|$).*)",
    "/routines((?!/?$|/[^/]+/?$).+)",
    "/articles((?!/?$|/(?:page/)?[^/]+/?$).+)",
    "/tags((?!/?$|/[^/]+(?:/page/[^/]+)?/?$).+)",
    // ...except for what is not a plain page view: a server action (Next-Action header, or a form
    // posted without JavaScript: every body has a Content-Type), whose rate limits read the address.
    {
      source: "/((?!_next/(?:static|image)|api/v1/).*)",
      has: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/((?!_next/(?:static|image)|api/v1/).*)",
      has: [{ type: "header", key: "content-type" }],
    },
    // ...and a query that next.config.js rewrites to a per-request twin (ADR 0023): it needs a nonce.
    { source: "/routines", has: [{ type: "query", key: "kind" }] },
    { source: "/routines", has: [{ type: "query", key: "intensity" }] },
    { source: "/routines", has: [{ type: "query", key: "tag" }] },
    { source: "/bmi", has: [{ type: "query", key: "units" }] },
    { source: "/bmi", has: [{ type: "query", key: "age" }] },
    { source: "/bmi", has: [{ type: "query", key: "sex" }] },
    { source: "/bmi", has: [{ type: "query", key: "heightCm" }] },
    { source: "/bmi", has: [{ type: "query", key: "heightFt" }] },
    { source: "/bmi", has: [{ type: "query", key: "heightIn" }] },
    { source: "/bmi", has: [{ type: "query", key: "weightKg" }] },
    { source: "/bmi", has: [{ type: "query", key: "weightLb" }] },
    { source: "/bmi", has: [{ type: "query", key: "weightSt" }] },
    { source: "/bmi", has: [{ type: "query", key: "waistCm" }] },
    { source: "/bmi", has: [{ type: "query", key: "waistIn" }] },
    { source: "/bmi", has: [{ type: "query", key: "background" }] },
    // ...and sign-in or sign-up with a session cookie (a signed-in visitor is sent on) or sign-in's
    // notices: next.config.js rewrites those to per-request twins (ADR 0026).
    { source: "/sign-in", has: [{ type: "cookie", key: "authjs.session-token" }] },
    { source: "/sign-in", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
    { source: "/sign-in", has: [{ type: "query", key: "error" }] },
    { source: "/sign-in", has: [{ type: "query", key: "signedOut" }] },
    { source: "/sign-in", has: [{ type: "query", key: "reset" }] },
    { source: "/sign-up", has: [{ type: "cookie", key: "authjs.session-token" }] },
    { source: "/sign-up", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
  ],
};
