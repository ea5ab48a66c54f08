// The view beacon: the 1×1 image at the end of every article page. Counting here rather than in
// the page keeps the page prerendered; an image needs no JavaScript. Always answers the same
// transparent GIF (so a page never shows a broken image), never cached, except in a PostgreSQL
// outage: 503 database_unavailable, like the rest of the API (ADR 0013).
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { withDatabaseErrors } from "@/lib/http/database-unavailable";
import { isUncountedRequest, viewDay, visitorHash } from "@/lib/articles/views";
import { recordView } from "@/lib/articles/views.server";

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
/** Only used where AUTH_SECRET is unset (local development and tests); production requires it. */
const DEVELOPMENT_SALT = "steadyback-development-view-salt";

function pixel(counted: boolean): Response {
  return new Response(new Uint8Array(GIF), {
    headers: {
      "Content-Type": "image/gif",
      "Cache-Control": "no-store, private",
      // Tells tests (and curious people) whether this request was counted; reveals nothing else.
      "X-View-Counted": counted ? "1" : "0",
    },
  });
}

export const GET = withDatabaseErrors(
  async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const { id } = await params;
    // Another site embedding our pixel is not a reader of ours.
    const crossSite = request.headers.get("sec-fetch-site") === "cross-site";
    if (crossSite || isUncountedRequest(request.headers) || !/^[a-z0-9]{1,40}$/i.test(id)) return pixel(false);
    const now = new Date();
    const day = viewDay(now);
    const visitor = visitorHash(
      env().AUTH_SECRET ?? DEVELOPMENT_SALT,
      day,
      clientIp(request.headers) ?? "unknown",
      request.headers.get("user-agent") ?? "",
    );
    return pixel(await recordView(id, visitor, day, now));
  },
);
