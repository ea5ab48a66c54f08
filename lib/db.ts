// The one Prisma client of the app. Server-only: importing it from a client component fails the build.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-factory";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Created on first use (not at import) so `next build` can load route modules without a database.
 * Cached on globalThis so dev-mode hot reloads reuse one connection pool.
 */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}
