// The migration that makes measurements one per day must keep the newest entry of each day when a
// database already holds several (entries saved before the rule). Run on a scratch database built
// from the migrations before it, with duplicates in place.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT, dropDatabase, recreateDatabase } from "../../scripts/lib/database";

const MIGRATION = "20261122090816_one_measurement_per_day";
const serverUrl = inject("serverUrl");
const name = `${process.env.TEST_DATABASE_NAME}_dedupe`;
let client: pg.Client;

beforeAll(async () => {
  const url = await recreateDatabase(serverUrl, name);
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const dir = path.join(PROJECT_ROOT, "prisma/migrations");
  const earlier = fs
    .readdirSync(dir)
    .filter((entry) => /^\d{14}_/.test(entry) && entry < MIGRATION)
    .sort();
  for (const entry of earlier) await client.query(fs.readFileSync(path.join(dir, entry, "migration.sql"), "utf8"));
});

afterAll(async () => {
  await client?.end();
  await dropDatabase(serverUrl, name);
});

describe(MIGRATION, () => {
  it("keeps the newest entry of each day (latest createdAt, then greatest id) and adds the unique rule", async () => {
    await client.query(
      `INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'a@example.test', now()), ('u2', ` +
        `'b@example.test', now())`,
    );
    await client.query(`INSERT INTO "Measurement"
      (id, "userId", "measuredOn", "weightKg", "heightCm", "createdAt", "updatedAt") VALUES
      ('m1', 'u1', '2024-01-01', 80, 180, '2024-01-01 08:00', now()),
      ('m2', 'u1', '2024-01-01', 81, 180, '2024-01-01 09:00', now()),
      ('m3', 'u1', '2024-01-01', 82, 180, '2024-01-01 09:00', now()),
      ('m4', 'u1', '2024-01-02', 83, 180, '2024-01-02 09:00', now()),
      ('m5', 'u2', '2024-01-01', 70, 170, '2024-01-01 07:00', now())`);

    await client.query(
      fs.readFileSync(path.join(PROJECT_ROOT, "prisma/migrations", MIGRATION, "migration.sql"), "utf8"),
    );

    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Measurement" ORDER BY id`);
    expect(rows.map((row) => row.id)).toEqual(["m3", "m4", "m5"]);
    await expect(
      client.query(
        `INSERT INTO "Measurement" (id, "userId", "measuredOn", "weightKg", "heightCm", "updatedAt") VALUES ` +
          `('m6', 'u1', '2024-01-02', 84, 180, now())`,
      ),
    ).rejects.toThrow(/Measurement_userId_measuredOn_key/);
  });
});
