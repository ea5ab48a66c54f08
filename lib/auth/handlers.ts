// Auth.js's route handlers (/api/auth/*), behind one check of ours. Auth.js answers a callbackUrl it
// cannot parse (in the query, or in its callback-url cookie) with a 500 "server configuration"
// error; from a client that is a bad request, not our fault. So every such target is first passed
// through the app's redirect rule (lib/auth/redirects): a path on our site, or "/".
import { NextRequest } from "next/server";
import { requestOrigin } from "@/lib/http/write-guard";
import { handlers } from "./auth.server";
import { safeCallbackUrl } from "./redirects";

const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export function withSafeCallbackUrl(request: NextRequest): NextRequest {
  const origin = requestOrigin(request);
  const url = new URL(request.url);
  let changed = false;
  const target = url.searchParams.get("callbackUrl");
  if (target !== null) {
    url.searchParams.set("callbackUrl", safeCallbackUrl(target, "/", origin));
    changed = true;
  }
  const headers = new Headers(request.headers);
  const cookie = headers.get("cookie");
  if (cookie) {
    const kept = cookie.split(/;\s*/).filter((pair) => {
      const [name = "", ...rest] = pair.split("=");
      if (!CALLBACK_COOKIE.test(name.trim())) return true;
      const value = decoded(rest.join("="));
      return value !== null && safeCallbackUrl(value, "", origin) !== "";
    });
    if (kept.length !== cookie.split(/;\s*/).length) {
      headers.set("cookie", kept.join("; "));
      changed = true;
    }
  }
  if (!changed) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(url, {
    method: request.method,
    headers,
    ...(hasBody && { body: request.body, duplex: "half" }),
  });
}

export const GET = (request: NextRequest) => handlers.GET(withSafeCallbackUrl(request));
export const POST = (request: NextRequest) => handlers.POST(withSafeCallbackUrl(request));
