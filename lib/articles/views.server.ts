// Counting article views in PostgreSQL, correct with any number of app instances: one statement
// inserts the (article, visitor, day) row if it is new and bumps viewCount only when it did, so a
// repeat or a concurrent duplicate (the unique key decides) is never counted twice.
import "server-only";
import { db } from "@/lib/db";
import { publicSql } from "./queries.server";

/**
 * Records one view; true when it was counted (a new visitor today for a public article).
 * `day` is YYYY-MM-DD. Does not touch updatedAt (the page's "last updated" is about the content).
 */
export async function recordView(articleId: string, visitor: string, day: string, now = new Date()): Promise<boolean> {
  const rows = await db().$queryRaw<{ viewCount: number }[]>`
    WITH inserted AS (
      INSERT INTO "ArticleView" ("articleId", visitor, day)
      SELECT a.id, ${visitor}, ${day}::date FROM "Article" a WHERE a.id = ${articleId} AND ${publicSql(now)}
      ON CONFLICT DO NOTHING
      RETURNING "articleId"
    )
    UPDATE "Article" SET "viewCount" = "viewCount" + 1
    WHERE id IN (SELECT "articleId" FROM inserted)
    RETURNING "viewCount"`;
  return rows.length === 1;
}
