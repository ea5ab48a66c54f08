// The migrations in prisma/migrations and prisma/schema.prisma must describe the same database.
// This file's own database was built by `prisma migrate deploy`; we build a second one straight from
// schema.prisma (`migrate diff --from-empty`) and compare the two catalogs.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, prisma, recreateDatabase } from "../../scripts/lib/database";
import {
  HAND_WRITTEN_GENERATED_COLUMNS,
  HAND_WRITTEN_INDEXES,
  snapshotCatalog,
  type CatalogSnapshot,
} from "../support/catalog";

const serverUrl = inject("serverUrl");
const fromSchemaName = `${process.env.TEST_DATABASE_NAME}_schema`;
let fromSchemaUrl: string;

async function execute(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  fromSchemaUrl = await recreateDatabase(serverUrl, fromSchemaName);
  const script = prisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    fromSchemaUrl,
    { capture: true },
  );
  await execute(fromSchemaUrl, script);
});

afterAll(async () => {
  await dropDatabase(serverUrl, fromSchemaName);
});

describe("migrations and schema.prisma", () => {
  let fromMigrations: CatalogSnapshot;
  let fromSchema: CatalogSnapshot;

  beforeAll(async () => {
    fromMigrations = await snapshotCatalog(process.env.DATABASE_URL!);
    fromSchema = await snapshotCatalog(fromSchemaUrl);
  });

  it("produce the same tables, columns, types and defaults", () => {
    expect(fromMigrations.columns.length).toBeGreaterThan(10);
    expect(fromMigrations.columns).toEqual(fromSchema.columns);
  });

  it("make exactly the documented hand-written generated columns (schema.prisma cannot say GENERATED)", () => {
    expect(fromMigrations.generated).toEqual([...HAND_WRITTEN_GENERATED_COLUMNS].sort());
    expect(fromSchema.generated).toEqual([]);
  });

  it("produce the same indexes (plus the documented hand-written ones), constraints and enums", () => {
    const handWritten = fromMigrations.indexes.filter((line) => HAND_WRITTEN_INDEXES.includes(line));
    expect(handWritten).toEqual([...HAND_WRITTEN_INDEXES].sort());
    expect(fromSchema.indexes.filter((line) => HAND_WRITTEN_INDEXES.includes(line))).toEqual([]);
    expect(fromMigrations.indexes.filter((line) => !HAND_WRITTEN_INDEXES.includes(line))).toEqual(fromSchema.indexes);
    expect(fromMigrations.constraints).toEqual(fromSchema.constraints);
    expect(fromMigrations.enums).toEqual(fromSchema.enums);
  });

  it("notices a difference (the comparison can fail)", async () => {
    await execute(fromSchemaUrl, `ALTER TABLE "User" ADD COLUMN "drift" integer DEFAULT 1`);
    await execute(fromSchemaUrl, `CREATE INDEX "drift_idx" ON "User" ("drift")`);
    const drifted = await snapshotCatalog(fromSchemaUrl);
    expect(drifted.columns).not.toEqual(fromMigrations.columns);
    expect(drifted.indexes).not.toEqual(fromMigrations.indexes);
  });
});
