// A real Auth.js session cookie for route-handler tests, made the way Auth.js makes it (a JWT with the
// user id and the id of a server-side session record, lib/auth/sessions.server.ts), so getApiUser reads it
// exactly as it would in production. Needs AUTH_SECRET set first, and the test file's database.
import { encode } from "next-auth/jwt";
import { startSession } from "@/lib/auth/sessions.server";

export const SESSION_COOKIE = "authjs.session-token";

/** A `Cookie` header value that signs in as this user (http:// URLs; https uses a __Secure- name). */
export async function sessionCookieFor(userId: string): Promise<string> {
  return (await sessionFor(userId)).cookie;
}

/** The cookie and the id of its server-side session (to end it, or to tell it apart from others). */
export async function sessionFor(userId: string): Promise<{ cookie: string; sessionId: string }> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("Set process.env.AUTH_SECRET before making session cookies");
  const sessionId = await startSession(userId);
  const token = await encode({ token: { sub: userId, sid: sessionId }, secret, salt: SESSION_COOKIE });
  return { cookie: `${SESSION_COOKIE}=${token}`, sessionId };
}
