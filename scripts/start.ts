// `npm start` and `npm run dev`: database (DATABASE_URL or embedded), migrations, seed, then Next.js.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR, PROJECT_ROOT, loadDotEnv, migrate, readOrCreateSecret, resolveAppDatabase } from "./lib/database";
import { bin, run, supervise } from "./lib/process";
import { databaseNotes } from "./lib/shutdown";
import { seed } from "./seed";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";

/** Sources newer than the last build mean the build is stale. */
function needsBuild(): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const roots = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.js", "package-lock.json"];
  const newer = (entry: string): boolean => {
    if (!fs.existsSync(entry)) return false;
    const stat = fs.statSync(entry);
    if (!stat.isDirectory()) return stat.mtimeMs > builtAt;
    return fs.readdirSync(entry).some((name) => newer(path.join(entry, name)));
  };
  return roots.some((root) => newer(path.join(PROJECT_ROOT, root)));
}

async function main() {
  loadDotEnv();
  const database = await resolveAppDatabase();
  try {
    process.stdout.write("Applying migrations… ");
    migrate(database.url);
    console.log("done");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      // A fresh clone has no secret yet: make one and keep it with the local data.
      AUTH_SECRET: process.env.AUTH_SECRET ?? readOrCreateSecret(path.join(DATA_DIR, "auth-secret")),
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      // Links in emails (password reset) are built from configuration, never from a request's Host.
      SITE_URL: process.env.SITE_URL || `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    };
    process.env.DATABASE_URL = database.url;
    // Demo accounts have a published password: only on the local embedded database unless asked for.
    await seed(database.url, { demo: database.embedded || process.env.SEED_DEMO_DATA === "1" });

    if (mode === "start" && needsBuild()) {
      console.log("Building the app (first start or sources changed)…");
      await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    }
    const args = mode === "dev" ? ["dev", "--port", port] : ["start", "--port", port];
    const notes = databaseNotes(database);
    console.log(`SteadyBack: http://localhost:${port}${notes.onStart}`);
    const child = spawn(bin("next"), args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    supervise(child, async () => {
      if (notes.onStop === null) return;
      process.stdout.write(notes.onStop);
      await database.stop();
      console.log("stopped.");
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
