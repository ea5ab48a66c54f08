// The one Auth.js configuration: email + password (Credentials), plus GitHub and Google when their
// keys are set. Sessions are JWT cookies (Credentials requires it) carrying the id of a server-side
// session record (lib/auth/sessions.server.ts); every protected loader, action and route handler checks that
// record and re-reads the user through lib/auth/session.server.ts.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { clientIp } from "./client-ip";
import { oauthCredentials } from "./providers";
import { safeRedirectUrl } from "./redirects";
import { signInSchema } from "./schemas";
import { endSession, SESSION_MAX_AGE_SECONDS, sessionUser, startSession } from "./sessions.server";
import { attemptPasswordSignIn } from "./sign-in.server";
import { promoteListedAdmin } from "./users.server";

export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}
export class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

/** The OAuth providers switched on (lib/auth/providers.ts decides which). */
export function oauthProviders() {
  return oauthCredentials().map(({ provider, clientId, clientSecret }) =>
    (provider === "github" ? GitHub : Google)({ clientId, clientSecret }),
  );
}

/**
 * Auth.js catches every error of our callbacks, authorize and events, reports it to logger.error and
 * answers as if nothing were wrong: in a PostgreSQL outage /api/auth/session would say 200 `null`
 * and clear the session cookie, signing the visitor out for good. So the logger notes a database
 * outage in the request's store, and surfaceDatabaseOutages rethrows it after Auth.js has answered:
 * withDatabaseErrors then replaces that answer (and its cookie) with 503 database_unavailable.
 */
const swallowedOutage = new AsyncLocalStorage<{ error?: unknown }>();

/** The database error inside what Auth.js logs: its AuthErrors keep the original as `cause.err`. */
function outageIn(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    if (isDatabaseUnavailable(current)) return current;
    current = ((current as { cause?: unknown }).cause as { err?: unknown } | undefined)?.err;
  }
  return undefined;
}

/** Wraps an /api/auth handler: a database outage Auth.js swallowed is thrown instead of its answer. */
export function surfaceDatabaseOutages<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    const seen: { error?: unknown } = {};
    const response = await swallowedOutage.run(seen, () => handler(...args));
    if (seen.error !== undefined) throw seen.error;
    return response;
  };
}

function config(): NextAuthConfig {
  return {
    adapter: PrismaAdapter(db()),
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // A wrong password is an expected outcome, not a server error: keep it out of the error log.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        const outage = outageIn(error);
        const request = swallowedOutage.getStore();
        if (outage !== undefined && request) {
          // withDatabaseErrors answers 503 and logs it (at most once a second).
          request.error ??= outage;
          return;
        }
        console.error(error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const outcome = await attemptPasswordSignIn({ ...parsed.data, ip: clientIp(request.headers) });
          if (!outcome.ok) throw outcome.reason === "rate_limited" ? new RateLimited() : new InvalidCredentials();
          const { user } = outcome;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      // Every redirect Auth.js makes (sign-in, sign-out, OAuth return, its callback-url cookie)
      // goes through the app's one open-redirect rule.
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      // A sign-in (any provider) starts a server-side session whose id rides in the JWT. On every later
      // read the session must still exist; null makes Auth.js report "signed out" and drop the cookie.
      // The guards in ./session.ts check the same row themselves.
      async jwt({ token, user }) {
        if (user?.id) return { ...token, sub: user.id, sid: await startSession(user.id) };
        if (typeof token.sub !== "string" || typeof token.sid !== "string") return null;
        return (await sessionUser(token.sub, token.sid)) ? token : null;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async signIn({ user }) {
        if (user.id) await promoteListedAdmin(user.id, user.email);
      },
      // Signing out ends the session on the server too, so a copy of the cookie is worthless.
      async signOut(message) {
        const sessionId = "token" in message ? message.token?.sid : undefined;
        if (typeof sessionId === "string") await endSession(sessionId);
      },
    },
  };
}

// Lazy configuration: the database and secrets are read per request, not when the build imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(config);
