/**
 * CSV import of a person's past measurements: a preview that writes nothing, then a commit that
 * re-reads the file (a client-sent preview is never trusted) and saves every valid, new row in one
 * transaction, or none.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { getProfile } from "@/lib/profile/queries";
import { type ParsedImport, importDateRange, markDuplicates, parseImport } from "./csv-import";
import { latestAllowedDate, toDbDate, toIsoDate } from "./dates";
import type { ImportCommitResult, ImportPreview } from "./types";

/** Rows per INSERT: several statements for a big file, which is why the transaction matters. */
const INSERT_BATCH = 1000;

type Reader = Pick<Prisma.TransactionClient, "measurement">;

async function parseFor(userId: string, csvText: string, units: unknown): Promise<ParsedImport | null> {
  const profile = await getProfile(userId);
  if (!profile) return null;
  return parseImport(csvText, units, {
    latestDate: latestAllowedDate(),
    birthDate: profile.birthDate,
    profileHeightCm: profile.heightCm,
  });
}

/** The saved entries that can clash with the file: only those within its dates. */
async function savedEntries(client: Reader, userId: string, parsed: ParsedImport) {
  const range = importDateRange(parsed.rows);
  if (!range) return [];
  const rows = await client.measurement.findMany({
    where: { userId, measuredOn: { gte: toDbDate(range.from), lte: toDbDate(range.to) } },
    select: { measuredOn: true, weightKg: true },
  });
  return rows.map((row) => ({ measuredOn: toIsoDate(row.measuredOn), weightKg: row.weightKg }));
}

const ACCOUNT_GONE = "Your account no longer exists; sign in again";

export async function previewImport(userId: string, csvText: string, units: unknown): Promise<ImportPreview> {
  const parsed = await parseFor(userId, csvText, units);
  if (!parsed) return { rows: [], validCount: 0, errorCount: 0, duplicateCount: 0, fileErrors: [ACCOUNT_GONE] };
  if (parsed.fileErrors.length > 0) return markDuplicates(parsed, []);
  return markDuplicates(parsed, await savedEntries(db(), userId, parsed));
}

/**
 * Saves the valid, non-duplicate rows; rows with errors and duplicates are skipped (the preview
 * showed them). A database failure rolls everything back and is thrown: nothing is half-imported.
 */
export async function commitImport(userId: string, csvText: string, units: unknown): Promise<ImportCommitResult> {
  const parsed = await parseFor(userId, csvText, units);
  if (!parsed) return { ok: false, fileErrors: [ACCOUNT_GONE] };
  if (parsed.fileErrors.length > 0) return { ok: false, fileErrors: parsed.fileErrors };

  return db().$transaction(
    async (tx) => {
      // One import at a time per person, so a double-submitted file cannot slip past the
      // duplicate check of the other (both would read before either writes).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`measurement-import:${userId}`}, 0))`;
      const preview = markDuplicates(parsed, await savedEntries(tx, userId, parsed));
      const data: Prisma.MeasurementCreateManyInput[] = [];
      for (const row of preview.rows) {
        if (row.errors.length > 0 || row.duplicate) continue;
        if (row.measuredOn === undefined || row.weightKg === undefined || row.heightCm === undefined) continue;
        data.push({ userId, measuredOn: toDbDate(row.measuredOn), weightKg: row.weightKg, heightCm: row.heightCm, waistCm: row.waistCm ?? null });
      }
      for (let start = 0; start < data.length; start += INSERT_BATCH) {
        await tx.measurement.createMany({ data: data.slice(start, start + INSERT_BATCH) });
      }
      return { ok: true as const, imported: data.length, skipped: preview.rows.length - data.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
