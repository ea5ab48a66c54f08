/**
 * When PostgreSQL is down, restarting or unreachable, the JSON API says so plainly: 503
 * `database_unavailable` with Retry-After, at once, instead of a bare 500 or a request that hangs.
 * The pool reconnects by itself (lib/prisma-factory.ts), so clients only need to retry (ADR 0013).
 *
 *   export const GET = withDatabaseErrors(async (request: Request) => { … });
 *
 * Errors that are not about reaching the database are rethrown untouched (a bug stays a 500, and
 * Next's own control-flow errors such as redirect() keep working).
 */
import { jsonError } from "./json";

/** Seconds a client should wait before retrying: about what a PostgreSQL restart takes. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Prisma's codes for "could not reach / lost / timed out on the server" (not query errors). */
const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** @prisma/adapter-pg's kinds for the same (its mapSocketError and pool limits). */
const ADAPTER_CONNECTION_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Node socket errors, as pg raises them when the adapter passes them through. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
/** pg's own errors that have no code: a dead connection, or no connection within connectionTimeoutMillis. */
const PG_CONNECTION_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "Client has encountered a connection error and is not queryable",
];

/**
 * PostgreSQL SQLSTATEs of an unavailable server: class 08 (connection exception), class 57P
 * (admin shutdown 57P01, crash shutdown 57P02, "starting up"/"shutting down" 57P03), and 53300
 * (too many connections).
 */
function isUnavailableSqlState(code: unknown): boolean {
  return typeof code === "string" && (code.startsWith("08") || code.startsWith("57P") || code === "53300");
}

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  meta?: unknown;
};

/** True when `error` (from Prisma, the pg adapter or pg itself) means the database cannot be used right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== "object") return false;
  const e = error as ErrorLike;
  if (
    typeof e.code === "string" &&
    (PRISMA_CONNECTION_CODES.has(e.code) || SOCKET_CODES.has(e.code) || isUnavailableSqlState(e.code))
  )
    return true;
  // The adapter's mapped error: { kind, … } (kind "postgres" carries the SQLSTATE in code/originalCode).
  if (typeof e.kind === "string") {
    if (ADAPTER_CONNECTION_KINDS.has(e.kind)) return true;
    if (isUnavailableSqlState(e.originalCode)) return true;
  }
  if (typeof e.message === "string" && PG_CONNECTION_MESSAGES.some((text) => (e.message as string).includes(text)))
    return true;
  // Prisma keeps the adapter's error in meta.driverAdapterError, whose cause is the mapped error.
  const meta = e.meta as { driverAdapterError?: unknown } | undefined;
  if (meta && typeof meta === "object" && isDatabaseUnavailable(meta.driverAdapterError, depth + 1)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export function databaseUnavailableResponse(): Response {
  return jsonError(
    503,
    {
      code: "database_unavailable",
      message: "The database is briefly unavailable. Please try again in a few seconds.",
      fields: {},
    },
    { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  );
}

/** One line per outage second at most, so an outage under load does not flood the log. */
let lastLogged = 0;
function logOnce(error: unknown): void {
  const now = Date.now();
  if (now - lastLogged < 1000) return;
  lastLogged = now;
  const text = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
  console.error(`[database unavailable] ${text}`);
}

/** Wraps a route handler: database outages become 503 database_unavailable; everything else is rethrown. */
export function withDatabaseErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logOnce(error);
      return databaseUnavailableResponse();
    }
  };
}
