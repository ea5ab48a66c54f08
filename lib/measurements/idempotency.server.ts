/**
 * POST /api/v1/measurements with an `Idempotency-Key` (ADR 0012). The key and the entry are written
 * by ONE statement: the key's row is claimed with INSERT … ON CONFLICT, and the measurement is
 * inserted only when the claim succeeded. PostgreSQL makes a second, concurrent claim of the same
 * (user, key) wait for the first to commit and then find the key taken, so 50 identical parallel
 * posts make exactly one entry, and nothing can exist half-written (a key without its entry, or the
 * reverse) whatever fails in between. The answer is built before the statement (the id and time are
 * chosen here), so the stored answer is exactly what the first client received.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { toApiMeasurement } from "./api-view";
import { deriveMeasurement } from "./derive";
import { IDEMPOTENCY_TTL_MS, requestFingerprint } from "./idempotency";
import { toDbDate } from "./dates";
import { checkNewMeasurement, createMeasurement, entryOn } from "./mutations.server";
import { newRecordId } from "./record-id";
import type { MeasurementMutationResult, MeasurementView } from "./types";
import type { Profile } from "@/lib/profile/types";

const ENDPOINT = "POST /api/v1/measurements";
/** Share of keyed writes that also delete expired keys: keeps the table small without a cron job. */
const PRUNE_SHARE = 0.01;

export type IdempotentCreate =
  /** 201 a new entry, 200 the day's entry replaced (?replace=true). */
  | { kind: "created"; status: 201 | 200; body: MeasurementView }
  | { kind: "replayed"; status: number; body: unknown }
  | { kind: "key_reused" }
  /** Not carried out (bad values, or the day already has an entry): answered as without a key. */
  | { kind: "refused"; result: Extract<MeasurementMutationResult, { ok: false }> };

type StoredKey = { requestHash: string; responseStatus: number; responseBody: unknown };

/**
 * `replace` (?replace=true): a day that already has an entry gets these values instead of a 409,
 * and the key remembers that answer (200), so a retry replays it and changes nothing.
 */
export async function createMeasurementOnce(
  userId: string,
  key: string,
  input: Record<string, unknown>,
  replace = false,
  now = new Date(),
): Promise<IdempotentCreate> {
  // The same body with and without ?replace=true is a different request.
  const hash = requestFingerprint(replace ? `${ENDPOINT}?replace=true` : ENDPOINT, input);
  const checked = await checkNewMeasurement(userId, input);
  if (!checked.ok) {
    // A retry must get the first answer even if the same body would be refused now (the profile
    // changed, "today" moved on); only a request that was never carried out is answered afresh.
    const stored = await findLiveKey(userId, key, now);
    return stored ? replay(stored, hash) : { kind: "refused", result: checked };
  }

  const { values, profile } = checked;
  const view = deriveMeasurement({ id: newRecordId(), createdAt: now, ...values }, profile);
  const body = toApiMeasurement(view);
  const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
  // Two tries: the first can lose only to a key that expired, and was pruned, between the
  // statement and the read that follows it.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const inserted = await insertOnce(userId, key, hash, body, values, now, expiredBefore);
    if (inserted === "day_taken") {
      if (!replace) return sameAsWithoutKey(userId, input);
      const replaced = await replaceOnce(userId, key, hash, values, profile, now, expiredBefore);
      if (replaced) return replaced;
      continue;
    }
    if (inserted.length === 1) {
      if (Math.random() < PRUNE_SHARE) await pruneExpiredKeys(now);
      // The body as stored (jsonb orders keys its own way), so the first answer and every replay
      // are the same bytes.
      return { kind: "created", status: 201, body: inserted[0]!.body as MeasurementView };
    }
    const stored = await findLiveKey(userId, key, now);
    if (stored) return replay(stored, hash);
  }
  throw new Error("Idempotency-Key could be neither claimed nor read");
}

type Values = { measuredOn: string; weightKg: number; heightCm: number; waistCm: number | null };

/** Claims the key with its answer; a live key (not expired) is left alone and the claim returns no row. */
function claimSql(
  userId: string,
  key: string,
  hash: string,
  status: number,
  body: MeasurementView,
  now: Date,
  expiredBefore: Date,
): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "IdempotencyKey" ("userId", "key", "requestHash", "responseStatus", "responseBody", "createdAt")
    VALUES (${userId}, ${key}, ${hash}, ${status}, ${JSON.stringify(body)}::jsonb,
            ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("userId", "key") DO UPDATE SET
      "requestHash" = EXCLUDED."requestHash", "responseStatus" = EXCLUDED."responseStatus",
      "responseBody" = EXCLUDED."responseBody", "createdAt" = EXCLUDED."createdAt"
    -- An expired key is free again: it is taken over, not replayed.
    WHERE "IdempotencyKey"."createdAt" < ${expiredBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC'`;
}

/** The one statement: claim the key, and insert the entry only if the claim succeeded. */
async function insertOnce(
  userId: string,
  key: string,
  hash: string,
  body: MeasurementView,
  values: Values,
  now: Date,
  expiredBefore: Date,
) {
  try {
    return await db().$queryRaw<{ id: string; body: unknown }[]>`
      WITH claim AS (
        ${claimSql(userId, key, hash, 201, body, now, expiredBefore)}
        RETURNING "responseBody"
      ), entry AS (
        INSERT INTO "Measurement"
          ("id", "userId", "measuredOn", "weightKg", "heightCm", "waistCm", "createdAt", "updatedAt")
        SELECT ${body.id}, ${userId}, ${values.measuredOn}::date, ${values.weightKg}::double precision,
               ${values.heightCm}::double precision, ${values.waistCm}::double precision,
               ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC',
               ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
        FROM claim
        RETURNING "id"
      )
      SELECT entry."id", claim."responseBody" AS body FROM entry, claim`;
  } catch (error) {
    // One entry per person per day (ADR 0011): the statement, key claim included, was rolled back.
    if (isUniqueViolation(error)) return "day_taken" as const;
    throw error;
  }
}

/** Thrown inside the replace transaction to roll it back: the day's entry went away meanwhile. */
class EntryGone extends Error {}

/**
 * ?replace=true on a taken day: the key is claimed with the answer (200, the entry's id and creation
 * time, the new values) and the entry updated in one transaction, so either both happen or neither.
 * Null when the entry was deleted meanwhile (the caller tries the free day again).
 */
async function replaceOnce(
  userId: string,
  key: string,
  hash: string,
  values: Values,
  profile: Profile,
  now: Date,
  expiredBefore: Date,
): Promise<IdempotentCreate | null> {
  const existing = await entryOn(userId, values.measuredOn);
  if (!existing) return null;
  const body = toApiMeasurement(deriveMeasurement({ ...existing, ...values }, profile));
  try {
    const claimed = await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { body: unknown }[]
      >`${claimSql(userId, key, hash, 200, body, now, expiredBefore)} RETURNING "responseBody" AS body`;
      if (rows.length === 0) return null;
      const { count } = await tx.measurement.updateMany({
        where: { id: existing.id, userId, measuredOn: toDbDate(values.measuredOn) },
        data: { weightKg: values.weightKg, heightCm: values.heightCm, waistCm: values.waistCm },
      });
      if (count !== 1) throw new EntryGone();
      return rows[0]!;
    });
    if (claimed) return { kind: "created", status: 200, body: claimed.body as MeasurementView };
  } catch (error) {
    if (error instanceof EntryGone) return null;
    throw error;
  }
  // The key is taken (a concurrent retry of this request, or another request): its answer.
  const stored = await findLiveKey(userId, key, now);
  return stored ? replay(stored, hash) : null;
}

/**
 * The day already has an entry: nothing was carried out, so nothing is remembered, and the answer
 * is exactly the one the same post without a key gets (that path owns the one-per-day rule). If the
 * day was freed in the meantime, that path creates the entry, without a stored key.
 */
async function sameAsWithoutKey(userId: string, input: Record<string, unknown>): Promise<IdempotentCreate> {
  const result = await createMeasurement(userId, input);
  return result.ok
    ? { kind: "created", status: 201, body: toApiMeasurement(result.measurement) }
    : { kind: "refused", result };
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  };
  return code === "P2002" || meta?.driverAdapterError?.cause?.originalCode === "23505";
}

function replay(stored: StoredKey, hash: string): IdempotentCreate {
  if (stored.requestHash !== hash) return { kind: "key_reused" };
  return { kind: "replayed", status: stored.responseStatus, body: stored.responseBody };
}

async function findLiveKey(userId: string, key: string, now: Date): Promise<StoredKey | null> {
  const row = await db().idempotencyKey.findUnique({
    where: { userId_key: { userId, key } },
    select: { requestHash: true, responseStatus: true, responseBody: true, createdAt: true },
  });
  if (!row || row.createdAt.getTime() < now.getTime() - IDEMPOTENCY_TTL_MS) return null;
  return row;
}

export async function pruneExpiredKeys(now = new Date()): Promise<number> {
  const { count } = await db().idempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } },
  });
  return count;
}
