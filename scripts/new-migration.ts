// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the committed schema.prisma (git HEAD) to the working copy. `migrate dev` cannot run
// with the WebAssembly engine (ADR 0002), so this is how migrations are authored.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, loadDotEnv, prisma, resolveAppDatabase } from "./lib/database";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:new-migration -- <name_in_snake_case>");
  loadDotEnv();
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "steadyback-schema-")), "schema.prisma");
  let hasPrevious = true;
  try {
    fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: PROJECT_ROOT }));
  } catch {
    hasPrevious = false;
  }
  const database = await resolveAppDatabase();
  try {
    const from = hasPrevious ? ["--from-schema-datamodel", previous] : ["--from-empty"];
    const sql = prisma(
      ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      database.url,
      { capture: true },
    );
    if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
      console.log("schema.prisma has no changes since HEAD: no migration written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(PROJECT_ROOT, "prisma/migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(PROJECT_ROOT, dir)}/migration.sql — review it, then npm run db:migrate.`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
