// `prisma generate` reads the schema's env("DATABASE_URL") even though generating needs no database;
// give it a placeholder so a fresh `npm install` works before any database is configured.
import { spawnSync } from "node:child_process";

const result = spawnSync(new URL("../node_modules/.bin/prisma", import.meta.url).pathname, ["generate"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@localhost/placeholder" },
});
process.exit(result.status ?? 1);
