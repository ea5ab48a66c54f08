/**
 * CSV import of a person's past measurements: a preview that writes nothing, then a commit that
 * re-reads the file (a client-sent preview is never trusted) and saves every valid, new row in one
 * transaction, or none. One entry per day (ADR 0011): a row for a day that already has an entry is
 * skipped unless the person chose to replace it (per row, or all of them).
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { getProfile } from "@/lib/profile/queries.server";
import { type ParsedImport, importDateRange, markConflicts, parseImport, planImport } from "./csv-import";
import { latestAllowedDate, toDbDate, toIsoDate } from "./dates";
import type { ImportChoice, ImportCommitResult, ImportPreview } from "./types";

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
    select: { id: true, measuredOn: true, weightKg: true },
  });
  return rows.map((row) => ({ id: row.id, measuredOn: toIsoDate(row.measuredOn), weightKg: row.weightKg }));
}

const ACCOUNT_GONE = "Your account no longer exists; sign in again";

export async function previewImport(userId: string, csvText: string, units: unknown): Promise<ImportPreview> {
  const parsed = await parseFor(userId, csvText, units);
  if (!parsed)
    return { rows: [], validCount: 0, errorCount: 0, duplicateCount: 0, conflictCount: 0, fileErrors: [ACCOUNT_GONE] };
  if (parsed.fileErrors.length > 0) return markConflicts(parsed, []);
  return markConflicts(parsed, await savedEntries(db(), userId, parsed));
}

/**
 * Saves the valid rows for new days, and the conflicting rows the person chose to replace with (the
 * saved entry of that day is deleted first); duplicates, unchosen conflicts and rows with errors are
 * skipped (the preview showed them). A database failure rolls everything back and is thrown:
 * nothing is half-imported.
 */
export async function commitImport(
  userId: string,
  csvText: string,
  units: unknown,
  choice: ImportChoice,
): Promise<ImportCommitResult> {
  const parsed = await parseFor(userId, csvText, units);
  if (!parsed) return { ok: false, fileErrors: [ACCOUNT_GONE] };
  if (parsed.fileErrors.length > 0) return { ok: false, fileErrors: parsed.fileErrors };

  return db().$transaction(
    async (tx) => {
      // One import at a time per person, so a double-submitted file cannot slip past the
      // duplicate check of the other (both would read before either writes).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`measurement-import:${userId}`}, 0))`;
      const saved = await savedEntries(tx, userId, parsed);
      const plan = planImport(markConflicts(parsed, saved), choice, new Set(saved.map((entry) => entry.measuredOn)));
      const replaceIds = saved.filter((entry) => plan.replaceDays.has(entry.measuredOn)).map((entry) => entry.id);
      if (replaceIds.length > 0) await tx.measurement.deleteMany({ where: { userId, id: { in: replaceIds } } });
      const data: Prisma.MeasurementCreateManyInput[] = [];
      for (const row of plan.rows) {
        if (row.measuredOn === undefined || row.weightKg === undefined || row.heightCm === undefined) continue;
        data.push({
          userId,
          measuredOn: toDbDate(row.measuredOn),
          weightKg: row.weightKg,
          heightCm: row.heightCm,
          waistCm: row.waistCm ?? null,
        });
      }
      for (let start = 0; start < data.length; start += INSERT_BATCH) {
        await tx.measurement.createMany({ data: data.slice(start, start + INSERT_BATCH) });
      }
      return {
        ok: true as const,
        imported: data.length,
        replaced: replaceIds.length,
        skipped: parsed.rows.length - data.length,
      };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
