// How a Prisma client is built: the pg driver adapter, no native query engine (ADR 0002).
// The app uses the single instance in lib/db.ts; scripts and tests build their own from a URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * The pg pool behind the adapter (ADR 0013). pg waits for a connection forever by default, so a
 * database that is down or unreachable would hang every request; with a bound, the request fails
 * within seconds and the API answers 503 (lib/http/database-unavailable.ts). The pool drops
 * connections that broke and opens new ones on demand, so it recovers by itself once PostgreSQL is
 * back. The bound also covers the wait for a free pooled connection, so it must stay well above the
 * queueing a busy instance sees.
 */
export const POOL_OPTIONS = { max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 } as const;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...POOL_OPTIONS }) });
}
