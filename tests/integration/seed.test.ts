import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-factory";
import { DEMO_ACCOUNT, seed } from "../../scripts/seed";

describe("seed", () => {
  it("is idempotent: running it twice leaves the same rows", async () => {
    const url = process.env.DATABASE_URL!;
    const quiet = { log: () => {} };
    await seed(url, quiet);
    const prisma = createPrismaClient(url);
    try {
      const snapshot = async () => ({
        users: await prisma.user.findMany({ orderBy: { email: "asc" } }),
        measurements: await prisma.measurement.findMany({ orderBy: [{ measuredOn: "asc" }, { id: "asc" }] }),
      });
      const first = await snapshot();
      await seed(url, quiet);
      const second = await snapshot();
      expect(first.users.map((user) => user.email)).toContain(DEMO_ACCOUNT.email);
      expect(first.measurements.length).toBe(60);
      expect(second).toEqual(first);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("adds no demo account when asked not to", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!);
    try {
      await prisma.user.deleteMany({ where: { email: DEMO_ACCOUNT.email } });
      await seed(process.env.DATABASE_URL!, { demo: false, log: () => {} });
      expect(await prisma.user.count({ where: { email: DEMO_ACCOUNT.email } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
