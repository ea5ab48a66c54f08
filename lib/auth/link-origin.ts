// The origin of links we send by email (password reset). It comes from configuration: SITE_URL (the
// site's public origin, lib/site.ts), else AUTH_URL. Never from the request's Host or
// X-Forwarded-Host in production, which any client can write: a reset link pointing at someone
// else's site would hand them the token. (lib/site.ts's localhost default is not used here: in
// production an unset SITE_URL is a configuration error, not a link to localhost.)
import { env } from "@/lib/env";

export class LinkOriginNotConfigured extends Error {
  constructor() {
    super(
      "Set SITE_URL (or AUTH_URL) to the site's public origin, e.g. https://steadyback.example: links in " +
        "emails are built from it.",
    );
  }
}

/** `requestHeaders` are used only by `next dev` (NODE_ENV=development), where any localhost port is fine. */
export function linkOrigin(requestHeaders?: Headers): string {
  const { SITE_URL, AUTH_URL, NODE_ENV } = env();
  const configured = SITE_URL ?? AUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = requestHeaders?.get("host");
  if (NODE_ENV === "development" && host)
    return `${requestHeaders?.get("x-forwarded-proto") === "https" ? "https" : "http"}://${host}`;
  throw new LinkOriginNotConfigured();
}
