// A comparable description of a database's schema, read from the PostgreSQL catalog.
import pg from "pg";

export type CatalogSnapshot = {
  enums: string[];
  columns: string[];
  /** "Table.column: expression" of each generated column. */
  generated: string[];
  indexes: string[];
  constraints: string[];
};

const IGNORED_TABLE = "_prisma_migrations";

/**
 * Indexes that only the migrations create, because schema.prisma cannot express them (expression
 * indexes), exactly as pg_indexes prints them. Each is documented in its migration, and
 * migrations.test.ts asserts that it exists; anything else that differs is drift. (None at present:
 * the search index moved to a stored column, ADR 0028. Kept for the next one.)
 */
export const HAND_WRITTEN_INDEXES: readonly string[] = [];

/**
 * Generated columns: schema.prisma declares the column but cannot express GENERATED ALWAYS AS, so
 * only the migrations make them generated. Exactly as information_schema prints the expression.
 */
export const HAND_WRITTEN_GENERATED_COLUMNS: readonly string[] = [
  // prisma/migrations/*_article_search_columns: full-text search (lib/articles/search.server.ts)
  `Article.searchText: ((excerpt || '\n'::text) || regexp_replace(regexp_replace(regexp_replace(body, ` +
    `'!?\\[([^]]*)\\]\\([^)]*\\)'::text, '\\1'::text, 'g'::text), '(^|\\n)[ \\t]*([-+]|[0-9]+[.)])[ ` +
    `\\t]+'::text, '\\1'::text, 'g'::text), '[#*_~>|\`]+'::text, ' '::text, 'g'::text))`,
  `Article.searchVector: ((setweight(to_tsvector('english'::regconfig, title), 'A'::"char") || ` +
    `setweight(to_tsvector('english'::regconfig, excerpt), 'B'::"char")) || ` +
    `setweight(to_tsvector('english'::regconfig, body), 'C'::"char"))`,
];

export async function snapshotCatalog(url: string): Promise<CatalogSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines = async (sql: string, params: string[] = [IGNORED_TABLE]) =>
      (await client.query<{ line: string }>(sql, params)).rows.map((row) => row.line).sort();

    const enums = await lines(
      `
      SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`,
      [],
    );
    const columns = await lines(`
      SELECT table_name || '.' || column_name || ' ' || data_type || '/' || udt_name
        || ' len=' || coalesce(character_maximum_length::text, '-')
        || ' prec=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(datetime_precision::text, '-')
        || ' null=' || is_nullable || ' default=' || coalesce(column_default, '-') AS line
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> $1`);
    const generated = await lines(`
      SELECT table_name || '.' || column_name || ': ' || generation_expression AS line
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> $1 AND is_generated = 'ALWAYS'`);
    const indexes = await lines(`
      SELECT tablename || ': ' || indexdef AS line FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> $1`);
    const constraints = await lines(`
      SELECT rel.relname || '.' || con.conname || ' ' || con.contype::text || ' ' || pg_get_constraintdef(con.oid)
        AS line
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
      WHERE n.nspname = 'public' AND rel.relname <> $1`);
    return { enums, columns, generated, indexes, constraints };
  } finally {
    await client.end();
  }
}
