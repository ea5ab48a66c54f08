// Next 16's proxy (formerly middleware): runs before every page, server action and route handler.
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
  const prerendered = table !== null && isPrerendered(table, request.method, request.nextUrl.pathname, request.nextUrl.searchParams, request.cookies);
  const csp = policyForRequest(request, prerendered);
  headers.set("content-security-policy", csp.policy);
  headers.set("x-nonce", csp.nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp.policy);
  return response;
}

export const config = {
  matcher: [
    // Not for build assets. Not for the JSON API either, except the article view counter (it reads
    // the client's address): when a proxy runs, Next copies the request body for it and reads the
    // whole upload, which would undo the API's 64 KB body limit (lib/http/json.ts). A new /api/v1
    // route that needs the client's address must be excepted here too.
    "/((?!_next/static|_next/image|favicon\\.ico|api/v1/(?!articles/)).*)",
  ],
};
