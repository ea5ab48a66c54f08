// Server-side session records (docs/decisions/0010). The cookie stays an Auth.js JWT (Credentials
// requires the jwt strategy), but each sign-in also gets a row in `Session`, and the JWT carries its
// random id. Every guard checks the row, so deleting it (sign-out, "sign out of all devices", a
// password change or reset) ends that session on the server, whatever copies of the cookie exist.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** 30 days from sign-in, not extended by use: a stolen cookie has a bounded life. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Only a hash is stored: the database alone (a backup, a read replica) holds no usable session ids.
const hashed = (sessionId: string) => createHash("sha256").update(sessionId).digest("hex");

export type SessionRecordUser = {
  id: string;
  email: string | null;
  name: string | null;
  role: "USER" | "ADMIN";
  mustChangePassword: boolean;
};

/** Records a new session for the user and returns its id (for the JWT; never stored as such). */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  await db().$transaction([
    // This user's expired rows go now, so the table does not grow without a cron job.
    db().session.deleteMany({ where: { userId, expires: { lt: now } } }),
    db().session.create({
      data: {
        userId,
        sessionToken: hashed(sessionId),
        expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    }),
  ]);
  return sessionId;
}

/**
 * The user of a live session: the row exists, has not expired, and belongs to this user. One query
 * (one round trip on every signed-in request): the user is read with an EXISTS on its session,
 * since a nested `select` of the relation costs Prisma a second query (no relationJoins; ADR 0024).
 */
export async function sessionUser(userId: string, sessionId: string): Promise<SessionRecordUser | null> {
  return db().user.findFirst({
    where: { id: userId, sessions: { some: { sessionToken: hashed(sessionId), expires: { gt: new Date() } } } },
    select: { id: true, email: true, name: true, role: true, mustChangePassword: true },
  });
}

export async function endSession(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { sessionToken: hashed(sessionId) } });
}

/** Ends every session of the user, or every one but `except` (the one making the change). Returns how many ended. */
export async function endAllSessions(userId: string, options: { except?: string } = {}): Promise<number> {
  return (await endAllSessionsQuery(userId, options)).count;
}

/** The same as a query not yet run, to go into a batch transaction with the change that causes it. */
export function endAllSessionsQuery(userId: string, options: { except?: string } = {}) {
  return db().session.deleteMany({
    where: { userId, ...(options.except ? { sessionToken: { not: hashed(options.except) } } : {}) },
  });
}
