// The one Auth.js configuration: email + password (Credentials), plus GitHub and Google when their
// keys are set. Sessions are JWT cookies (Credentials requires it) carrying the id of a server-side
// session record (lib/auth/sessions.server.ts); every protected loader, action and route handler checks that
// record and re-reads the user through lib/auth/session.server.ts.
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
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
  return oauthCredentials().map(({ provider, clientId, clientSecret }) => (provider === "github" ? GitHub : Google)({ clientId, clientSecret }));
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
