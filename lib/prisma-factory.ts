// How a Prisma client is built: the pg driver adapter, no native query engine (ADR 0002).
// The app uses the single instance in lib/db.ts; scripts and tests build their own from a URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * The pg pool behind the adapter (ADR 0013). pg waits for a connection forever by default, so a
 * database that hangs or cannot be reached would hang every request; with a bound, the request
 * fails and the API answers 503 (lib/http/database-unavailable.ts). A database that is down refuses
 * connections at once, so that answer is immediate. The pool drops connections that broke and opens
 * new ones on demand: it recovers by itself once PostgreSQL is back.
 *
 * pg applies the same bound to the wait for a free pooled connection. On a saturated instance a
 * pooled connection stays checked out until the busy event loop gets to its result, so the wait
 * grows with CPU load, not with the database; 20 connections and 10 s keep 200 concurrent clients
 * on two instances of a 2-core machine free of 503s (npm run test:resilience, ADR 0014).
 */
export const POOL_OPTIONS = { max: 20, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 } as const;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...POOL_OPTIONS }) });
}
