// How a Prisma client is built: the pg driver adapter, no native query engine (ADR 0002).
// The app uses the single instance in lib/db.ts; scripts and tests build their own from a URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
