/**
 * The guard of every cookie-authenticated write in the JSON API (POST, PUT, PATCH, DELETE under
 * /api/v1, except the public calculator, which stores nothing and needs no cookie).
 *
 *   const body = await readJsonWrite(request);               // POST, PUT, PATCH
 *   if (!body.ok) return errorResponse(body.status, body.error);
 *
 *   const refused = guardWrite(request);                      // DELETE and other body-less writes
 *   if (refused) return errorResponse(refused.status, refused.error);
 *
 * Why: the browser attaches our session cookie to requests that other sites make. A page elsewhere
 * can post a form or send a "simple" fetch (text/plain, form encodings) without a CORS preflight.
 * So a write must (1) come from our own origin, by `Origin` and by `Sec-Fetch-Site`, and (2) carry
 * `application/json`, which no other site can send us without a preflight we never approve.
 * Programs such as curl send neither header and are let through: they hold their own cookie.
 *
 * Our origin is the host the client addressed (`Host`; `X-Forwarded-Host`/`-Proto` only when
 * AUTH_TRUST_HOST says a proxy of ours sets them), not `request.url`: `next start` builds that from
 * its own listening address (http://localhost:3000), not from the name the browser used. A browser
 * cannot forge `Host` or `Origin`, which is all a cross-site check needs.
 */
import { env } from "@/lib/env";
import { type BodyRefusal, type JsonBody, readJsonBody } from "./json";

const CROSS_SITE: BodyRefusal = {
  ok: false,
  status: 403,
  error: { code: "cross_site", message: "Requests from other sites cannot change data here.", fields: {} },
};
const NOT_JSON: BodyRefusal = {
  ok: false,
  status: 415,
  error: {
    code: "unsupported_media_type",
    message: "Send the body as JSON with Content-Type: application/json.",
    fields: {},
  },
};

/** The first value of a comma-separated header that proxies append to. */
function firstValue(headers: Headers, name: string): string | undefined {
  return headers.get(name)?.split(",")[0]?.trim() || undefined;
}

function trustsProxyHeaders(): boolean {
  const value = env().AUTH_TRUST_HOST?.trim().toLowerCase();
  return value === "true" || value === "1";
}

/** The origin the client addressed this request to. */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const proxied = trustsProxyHeaders();
  const host = (proxied && firstValue(request.headers, "x-forwarded-host")) || request.headers.get("host") || url.host;
  const protocol = (proxied && firstValue(request.headers, "x-forwarded-proto")) || url.protocol.replace(/:$/, "");
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return url.origin;
  }
}

/** 403 cross_site unless the request comes from our own origin (or from a program, with neither header). */
export function refuseCrossSite(request: Request): BodyRefusal | null {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return CROSS_SITE;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    return CROSS_SITE;
  }
  return sent === requestOrigin(request) ? null : CROSS_SITE;
}

function isJson(request: Request): boolean {
  const type = request.headers.get("content-type");
  return type !== null && type.split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** For writes without a body (DELETE): same origin only; a body, if one is sent anyway, must be JSON. */
export function guardWrite(request: Request): BodyRefusal | null {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const declaresBody =
    Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");
  const hasType = request.headers.has("content-type");
  return (hasType || declaresBody) && !isJson(request) ? NOT_JSON : null;
}

/**
 * For writes with a JSON body (POST, PUT, PATCH): same origin, application/json, then the body (64 KB unless `limit`
 * says more).
 */
export async function readJsonWrite(request: Request, limit?: number): Promise<JsonBody> {
  // A refused body is left unread, not cancelled: under `next start` cancelling it closes the
  // connection before the answer can be sent.
  return refuseCrossSite(request) ?? (isJson(request) ? readJsonBody(request, limit) : NOT_JSON);
}
