-- Search reads stored columns instead of re-parsing every article body per query (ADR 0028).
-- Both are GENERATED ALWAYS ... STORED, so PostgreSQL keeps them in step with every write and the
-- app never writes them. schema.prisma declares them (searchVector as Unsupported, searchText as
-- @ignore) but cannot express the generation, so this file is hand-edited and
-- tests/support/catalog.ts lists the two expressions as documented hand-written ones.
-- (No semicolons in these comments: the driver adapter splits the script on them.)

-- The document search matches and ranks: title weighted A, excerpt B, body C, English stemming.
-- Ranking (ts_rank_cd) needs the vector itself, which an expression index does not give back, so
-- before this every search re-parsed every matching body.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', excerpt), 'B') || setweight(to_tsvector('english', body), 'C')
) STORED;

-- The excerpt and body as plain text for highlighted snippets: Markdown links keep their text, list
-- markers go, and other markup characters become spaces.
ALTER TABLE "Article" ADD COLUMN "searchText" TEXT GENERATED ALWAYS AS (
  excerpt || E'\n' || regexp_replace(regexp_replace(regexp_replace(body,
    '!?\[([^]]*)\]\([^)]*\)', '\1', 'g'),
    '(^|\n)[ \t]*([-+]|[0-9]+[.)])[ \t]+', '\1', 'g'),
    '[#*_~>|`]+', ' ', 'g')
) STORED;

-- The old expression index is replaced by an index on the stored column.
DROP INDEX "Article_search_idx";

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
