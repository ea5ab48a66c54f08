// A comparable description of a database's schema, read from the PostgreSQL catalog.
import pg from "pg";

export type CatalogSnapshot = {
  enums: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
};

const IGNORED_TABLE = "_prisma_migrations";

/**
 * Indexes that only the migrations create, because schema.prisma cannot express them (expression
 * indexes), exactly as pg_indexes prints them. Each is documented in its migration, and
 * migrations.test.ts asserts that it exists; anything else that differs is drift.
 */
export const HAND_WRITTEN_INDEXES: readonly string[] = [
  // prisma/migrations/*_article_search: full-text search (lib/articles/search.server.ts)
  `Article: CREATE INDEX "Article_search_idx" ON public."Article" USING gin ((((setweight(to_tsvector('english'::regconfig, title), 'A'::"char") || setweight(to_tsvector('english'::regconfig, excerpt), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, body), 'C'::"char"))))`,
];

export async function snapshotCatalog(url: string): Promise<CatalogSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines = async (sql: string, params: string[] = [IGNORED_TABLE]) =>
      (await client.query<{ line: string }>(sql, params)).rows.map((row) => row.line).sort();

    const enums = await lines(`
      SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`, []);
    const columns = await lines(`
      SELECT table_name || '.' || column_name || ' ' || data_type || '/' || udt_name
        || ' len=' || coalesce(character_maximum_length::text, '-')
        || ' prec=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(datetime_precision::text, '-')
        || ' null=' || is_nullable || ' default=' || coalesce(column_default, '-') AS line
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> $1`);
    const indexes = await lines(`
      SELECT tablename || ': ' || indexdef AS line FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> $1`);
    const constraints = await lines(`
      SELECT rel.relname || '.' || con.conname || ' ' || con.contype::text || ' ' || pg_get_constraintdef(con.oid) AS line
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
      WHERE n.nspname = 'public' AND rel.relname <> $1`);
    return { enums, columns, indexes, constraints };
  } finally {
    await client.end();
  }
}
