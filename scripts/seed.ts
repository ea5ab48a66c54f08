// Idempotent demo data: safe to run on every start. Upserts by natural keys, never duplicates.
import { createPrismaClient } from "../lib/prisma-factory";

export async function seed(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    await prisma.user.upsert({
      where: { email: "demo@steadyback.test" },
      update: {},
      create: { email: "demo@steadyback.test", name: "Demo Lifter" },
    });
    console.log("Seed data in place.");
  } finally {
    await prisma.$disconnect();
  }
}
