-- Full-text search over articles (lib/articles/search.server.ts): title weighted A, excerpt B, body C,
-- English stemming. Written by hand because schema.prisma cannot express an expression index, and
-- the query must use this exact expression for the planner to use the index.
-- tests/integration/migrations.test.ts allows exactly this index beyond what schema.prisma describes.
-- (No semicolons in these comments: the driver adapter splits the script on them.)
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ((setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', excerpt), 'B') || setweight(to_tsvector('english', body), 'C')));
