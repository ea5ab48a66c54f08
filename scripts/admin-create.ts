// `npm run admin:create -- <email>`: makes that account an admin; creates it (with a one-time
// password printed here) when it does not exist yet.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { ARGON2_OPTIONS } from "../lib/auth/argon2-options";
import { emailSchema } from "../lib/auth/schemas";
import { createPrismaClient } from "../lib/prisma-factory";
import { loadDotEnv, migrate, resolveAppDatabase } from "./lib/database";

async function main() {
  const parsed = emailSchema.safeParse(process.argv[2]);
  if (!parsed.success) throw new Error("usage: npm run admin:create -- <email>");
  const email = parsed.data;
  loadDotEnv();
  const database = await resolveAppDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    migrate(database.url);
    const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      await prisma.user.update({ where: { email }, data: { role: "ADMIN" } });
      console.log(`${email} is now an admin.`);
      return;
    }
    const password = randomBytes(12).toString("base64url");
    const passwordHash = await hash(password, ARGON2_OPTIONS);
    await prisma.user.create({ data: { email, role: "ADMIN", passwordHash } });
    console.log(`Created admin ${email} with the one-time password: ${password}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
