import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-factory";
import { seed } from "../../scripts/seed";

describe("seed", () => {
  it("is idempotent: running it twice leaves the same rows", async () => {
    const url = process.env.DATABASE_URL!;
    await seed(url);
    const prisma = createPrismaClient(url);
    try {
      const first = await prisma.user.findMany({ orderBy: { email: "asc" } });
      await seed(url);
      const second = await prisma.user.findMany({ orderBy: { email: "asc" } });
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
    } finally {
      await prisma.$disconnect();
    }
  });
});
