// `npm run db:migrate` / `npm run db:seed`: against DATABASE_URL, or the embedded database when unset.
import { loadDotEnv, migrate, resolveAppDatabase } from "./lib/database";
import { seed } from "./seed";

const command = process.argv[2];

async function main() {
  if (command !== "migrate" && command !== "seed") throw new Error("usage: tsx scripts/db.ts migrate|seed");
  loadDotEnv();
  const database = await resolveAppDatabase();
  try {
    migrate(database.url);
    console.log("Migrations applied.");
    if (command === "seed") {
      await seed(database.url);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
