-- One entry per person per day (ADR 0011). Until now a day could hold several entries: keep the
-- newest of each day (latest createdAt, then the greatest id) and delete the others, so the unique
-- index can be built. The old non-unique index on the same columns is replaced by it.
DELETE FROM "Measurement" AS older
USING "Measurement" AS newer
WHERE newer."userId" = older."userId"
  AND newer."measuredOn" = older."measuredOn"
  AND (newer."createdAt" > older."createdAt" OR (newer."createdAt" = older."createdAt" AND newer."id" > older."id"));

-- DropIndex
DROP INDEX "Measurement_userId_measuredOn_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_userId_measuredOn_key" ON "Measurement"("userId", "measuredOn");
