// The guards. Every protected loader, server action and route handler starts with one of these.
// They re-read the user from the database each time, so a deleted account or a changed role takes
// effect at once, whatever the session cookie says.
import "server-only";
import { getToken } from "next-auth/jwt";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auth } from "./auth";

export type SessionUser = { id: string; email: string | null; name: string | null; role: "USER" | "ADMIN" };

async function loadUser(id: string | undefined): Promise<SessionUser | null> {
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}

/** The signed-in user for this request (server components and actions), or null. Asked once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return loadUser(session?.user?.id);
});

/** For pages and server actions: the user, or a redirect to sign in (coming back here afterwards). */
export async function requireUser(returnTo = "/dashboard"): Promise<SessionUser> {
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

/**
 * For route handlers: the user whose session cookie (or `Authorization: Bearer`) the request carries.
 * Reads the request itself, so the JSON API works the same in Next and in tests.
 */
export async function getApiUser(request: Request): Promise<SessionUser | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const secureCookie = new URL(request.url).protocol === "https:";
  const token = await getToken({ req: request, secret, secureCookie });
  return loadUser(typeof token?.sub === "string" ? token.sub : undefined);
}

export async function requireApiAdmin(request: Request): Promise<SessionUser | "unauthenticated" | "forbidden"> {
  const user = await getApiUser(request);
  if (!user) return "unauthenticated";
  return user.role === "ADMIN" ? user : "forbidden";
}
