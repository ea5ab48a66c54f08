// `npm run admin:create -- <email>`: makes that account an admin through the app's one role change
// (changeRole in lib/admin/roles.server.ts, audited as done by the command line); creates the account
// first, as sign-up does, with a one-time password printed here, when it does not exist yet.
// package.json runs it with the react-server condition, so the server-only modules load as in the app.
import { randomBytes } from "node:crypto";
import { COMMAND_LINE, changeRoleByEmail } from "../lib/admin/roles.server";
import { emailSchema } from "../lib/auth/schemas";
import { createUserWithPassword } from "../lib/auth/users.server";
import { db } from "../lib/db";
import { loadDotEnv, migrate, resolveAppDatabase } from "./lib/database";

async function main() {
  const parsed = emailSchema.safeParse(process.argv[2]);
  if (!parsed.success) throw new Error("usage: npm run admin:create -- <email>");
  const email = parsed.data;
  loadDotEnv();
  const database = await resolveAppDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    migrate(database.url);
    let password: string | undefined;
    let result = await changeRoleByEmail(COMMAND_LINE, email, "ADMIN");
    if (!result.ok && result.code === "missing") {
      password = randomBytes(12).toString("base64url");
      // Printed on a console: it must be replaced at first sign-in (/change-password).
      await createUserWithPassword({ email, password, name: undefined }, { mustChangePassword: true });
      result = await changeRoleByEmail(COMMAND_LINE, email, "ADMIN");
    }
    if (!result.ok) throw new Error(result.message);
    console.log(
      password
        ? `Created admin ${email} with the one-time password: ${password}\nSign in with it once; you will be ` +
            `asked to choose your own password before anything else.`
        : `${email} is now an admin.`,
    );
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
