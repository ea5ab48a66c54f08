// Prisma 6.19 runs its schema engine as WebAssembly through the pg driver adapter,
// so `migrate deploy` / `generate` work without downloading native engines (ADR 0002).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString)
      throw new Error(
        "DATABASE_URL is not set (use `npm run db:migrate`, which starts the embedded database when needed)",
      );
    return new PrismaPg({ connectionString });
  },
});
