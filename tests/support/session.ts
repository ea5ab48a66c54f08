// A real Auth.js session cookie for route-handler tests, made the way Auth.js makes it, so
// getApiUser reads it exactly as it would in production. Needs AUTH_SECRET set first.
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "authjs.session-token";

/** A `Cookie` header value that signs in as this user (http:// URLs; https uses a __Secure- name). */
export async function sessionCookieFor(userId: string): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("Set process.env.AUTH_SECRET before making session cookies");
  const token = await encode({ token: { sub: userId }, secret, salt: SESSION_COOKIE });
  return `${SESSION_COOKIE}=${token}`;
}
