// The guards. Every protected loader, server action and route handler starts with one of these.
// Each checks, in one query, that the cookie's server-side session still exists, has not expired and
// belongs to the user (lib/auth/sessions.server.ts), and re-reads the user, so signing out, "sign out of all
// devices", a password change, a deleted account or a changed role take effect at once, whatever
// copies of the cookie exist. An account that must change its password gets only the page to do so.
import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/json";
import { sessionUser, type SessionRecordUser } from "./sessions.server";

export type SessionUser = SessionRecordUser;
export type CurrentSession = { user: SessionUser; sessionId: string };

/** The page where an account with a one-time password must choose its own first. */
export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * Auth.js names the cookie `__Secure-authjs.session-token` on https and `authjs.session-token` on
 * http, judging by AUTH_URL when set and by the request otherwise; read it by the same rule.
 */
function secureCookie(requestProtocol: string): boolean {
  const authUrl = env().AUTH_URL;
  return (authUrl ? new URL(authUrl).protocol : requestProtocol) === "https:";
}

async function readSession(request: { headers: Headers }, protocol: string): Promise<CurrentSession | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const token = await getToken({ req: request, secret, secureCookie: secureCookie(protocol) });
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  const user = await sessionUser(token.sub, token.sid);
  return user ? { user, sessionId: token.sid } : null;
}

/** The live session of this request (server components and actions), or null. Asked once per request. */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const requestHeaders = await headers();
  // Next sets X-Forwarded-Proto from the connection; a TLS-terminating proxy of ours sets it to https.
  const protocol = `${(requestHeaders.get("x-forwarded-proto") ?? "http").split(",")[0]!.trim()}:`;
  return readSession({ headers: requestHeaders }, protocol);
});

/** The signed-in user for this request, or null (whether or not they must change their password). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await getCurrentSession())?.user ?? null);

/**
 * For pages and server actions: the user, or a redirect to sign in (coming back here afterwards).
 * An account that must change its password is sent to do that first.
 */
export async function requireUser(returnTo = "/dashboard"): Promise<SessionUser> {
  const user = await requireSignedIn(returnTo);
  if (user.mustChangePassword) redirect(`${CHANGE_PASSWORD_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Only for the change-password page and action: signed in, password change pending or not. */
export async function requireSignedIn(returnTo = "/dashboard"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For admin pages and actions: checked on the server every time, never only in middleware. */
export async function requireAdmin(returnTo = "/admin"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}

/** The live session a route handler's request carries (cookie or `Authorization: Bearer`), or null. */
async function apiSession(request: Request): Promise<CurrentSession | null> {
  return readSession(request, new URL(request.url).protocol);
}

/**
 * For route handlers: the user whose live session the request carries, or null. An account that must
 * change its password counts as not signed in here (fail closed); `apiUser` tells it apart with a 403.
 * Reads the request itself, so the JSON API works the same in Next and in tests.
 */
export async function getApiUser(request: Request): Promise<SessionUser | null> {
  const session = await apiSession(request);
  return session && !session.user.mustChangePassword ? session.user : null;
}

const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/** The 403 every JSON API answers to an account that has not yet replaced its one-time password. */
export function passwordChangeRequired(): Response {
  return jsonError(
    403,
    {
      code: "password_change_required",
      message: `Choose a new password first: sign in on the site and go to ${CHANGE_PASSWORD_PATH}.`,
      fields: {},
    },
    NO_STORE,
  );
}

const signInFirst = () =>
  jsonError(401, { code: "unauthenticated", message: "Sign in to use the API.", fields: {} }, NO_STORE);

/**
 * For route handlers: the user, or the answer to send instead: `unauthenticated()` (401; each API
 * words its own) or 403 password_change_required.
 */
export async function apiUser(
  request: Request,
  unauthenticated: () => Response = signInFirst,
): Promise<SessionUser | Response> {
  const session = await apiSession(request);
  if (!session) return unauthenticated();
  if (session.user.mustChangePassword) return passwordChangeRequired();
  return session.user;
}

export async function requireApiAdmin(
  request: Request,
): Promise<SessionUser | "unauthenticated" | "forbidden" | "password_change_required"> {
  const session = await apiSession(request);
  if (!session) return "unauthenticated";
  if (session.user.mustChangePassword) return "password_change_required";
  return session.user.role === "ADMIN" ? session.user : "forbidden";
}
