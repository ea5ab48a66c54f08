/**
 * Writes to one person's measurement log. Each takes the raw input (form fields or JSON), so
 * server actions and route handlers make one call; user mistakes come back as field errors,
 * never as exceptions. Rows are always addressed as { id, userId }: another person's id behaves
 * exactly like one that does not exist.
 */
import "server-only";
import { db } from "@/lib/db";
import { getProfile } from "@/lib/profile/queries.server";
import type { Profile } from "@/lib/profile/types";
import { isRecordId } from "@/lib/validation/text";
import { toDbDate, toIsoDate } from "./dates";
import { ageRuleProblem, deriveMeasurement } from "./derive";
import { viewSelect } from "./queries.server";
import { newRecordId } from "./record-id";
import { fieldErrors, type MeasurementPatch, measurementInputSchema, measurementPatchSchema } from "./schemas";
import { formatDate } from "@/lib/dashboard/format";
import type { DeletedMeasurement, MeasurementMutationResult, MeasurementView, ReplaceChoice } from "./types";

const NO_HEIGHT = "Enter your height (your profile has none to use)";
const NO_ACCOUNT = { ok: false, fields: { form: "Your account no longer exists; sign in again" } } as const;

function heightField(units: "metric" | "us" | "uk"): string {
  return units === "metric" ? "heightCm" : "heightFt";
}

/** A new entry that passed every check, ready to insert, with the profile that judges it. */
export type CheckedMeasurement = {
  ok: true;
  profile: Profile;
  values: { measuredOn: string; weightKg: number; heightCm: number; waistCm: number | null };
};

/** Everything createMeasurement checks before it writes (also used by the idempotent API create). */
export async function checkNewMeasurement(
  userId: string,
  input: unknown,
): Promise<CheckedMeasurement | { ok: false; fields: Record<string, string> }> {
  const parsed = measurementInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fields: fieldErrors(parsed.error) };
  const value = parsed.data;
  const profile = await getProfile(userId);
  if (!profile) return NO_ACCOUNT;

  const fields: Record<string, string> = {};
  const heightCm = value.heightCm ?? profile.heightCm;
  if (heightCm === null) fields[heightField(value.units)] = NO_HEIGHT;
  const ageProblem = ageRuleProblem(profile.birthDate, value.measuredOn);
  if (ageProblem) fields.measuredOn = ageProblem;
  if (heightCm === null || Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    profile,
    values: { measuredOn: value.measuredOn, weightKg: value.weightKg, heightCm, waistCm: value.waistCm ?? null },
  };
}

/** The entry already on that day (one per day: the unique index guarantees at most one). */
export async function entryOn(userId: string, measuredOn: string) {
  return db().measurement.findUnique({
    where: { userId_measuredOn: { userId, measuredOn: toDbDate(measuredOn) } },
    select: viewSelect,
  });
}

function mayReplace(choice: ReplaceChoice, existingId: string): boolean {
  return choice === true || choice === existingId;
}

function duplicateDay(existing: MeasurementView): MeasurementMutationResult {
  return {
    ok: false,
    fields: { measuredOn: `There is already a measurement on ${formatDate(existing.measuredOn)}` },
    duplicate: existing,
  };
}

/** PostgreSQL's unique violation: another request took the day between our read and our write. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

type Row = {
  id: string;
  measuredOn: Date;
  weightKg: number;
  heightCm: number;
  waistCm: number | null;
  createdAt: Date;
};

/**
 * Inserts the entry if its day is free, in one statement; null when the day already has one. The
 * unique index decides, so two racing writes for one day can never both insert.
 */
async function insertIfDayFree(
  userId: string,
  values: CheckedMeasurement["values"],
  now = new Date(),
): Promise<Row | null> {
  const at = now.toISOString();
  const rows = await db().$queryRaw<Row[]>`
    INSERT INTO "Measurement"
      ("id", "userId", "measuredOn", "weightKg", "heightCm", "waistCm", "createdAt", "updatedAt")
    VALUES (${newRecordId()}, ${userId}, ${values.measuredOn}::date, ${values.weightKg}::double precision,
      ${values.heightCm}::double precision, ${values.waistCm}::double precision,
      ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("userId", "measuredOn") DO NOTHING
    RETURNING "id", "measuredOn", "weightKg", "heightCm", "waistCm", "createdAt"`;
  return rows[0] ?? null;
}

/**
 * A new entry. When its day already has one, nothing is written and `duplicate` names it, unless
 * `replace` allows replacing it: that entry then takes the new values (it keeps its id).
 */
export async function createMeasurement(
  userId: string,
  input: unknown,
  replace: ReplaceChoice = false,
): Promise<MeasurementMutationResult> {
  const checked = await checkNewMeasurement(userId, input);
  if (!checked.ok) return checked;
  const { values, profile } = checked;
  // Insert first: a free day (the usual case) costs one statement, and only a taken day is read.
  // Two tries: the day's entry can be deleted between the insert and the read.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const created = await insertIfDayFree(userId, values);
    if (created) return { ok: true, measurement: deriveMeasurement(created, profile) };
    const existing = await entryOn(userId, values.measuredOn);
    if (!existing) continue;
    const before = deriveMeasurement(existing, profile);
    if (!mayReplace(replace, existing.id)) return duplicateDay(before);
    const row = await replaceValues(userId, existing.id, values);
    if (row) return { ok: true, measurement: deriveMeasurement(row, profile), replaced: before };
  }
  throw new Error("The day's measurement kept changing during one write");
}

/** The day's entry takes new values (same id and day); null if it was deleted meanwhile. */
async function replaceValues(userId: string, id: string, values: CheckedMeasurement["values"]) {
  try {
    return await db().measurement.update({
      where: { id, userId },
      data: { weightKg: values.weightKg, heightCm: values.heightCm, waistCm: values.waistCm },
      select: viewSelect,
    });
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}

/**
 * Null when the entry is not this user's (or does not exist). Moving it to a day that has another
 * entry is refused with `duplicate`, unless `replace` allows replacing that entry: it is deleted and
 * this one moves in, in one transaction.
 */
export async function updateMeasurement(
  userId: string,
  id: string,
  patch: unknown,
  replace: ReplaceChoice = false,
): Promise<MeasurementMutationResult | null> {
  // Validation first and without the database, so a bad body gets the same 400 whoever owns the id.
  const parsed = measurementPatchSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, fields: fieldErrors(parsed.error) };
  const change = parsed.data;
  if (!isRecordId(id)) return null; // a NUL would be a query error, not "not found"
  const [profile, existing] = await Promise.all([
    getProfile(userId),
    db().measurement.findFirst({ where: { id, userId }, select: viewSelect }),
  ]);
  if (!profile || !existing) return null;

  const problems = patchProblems(change, profile, toIsoDate(existing.measuredOn));
  if (Object.keys(problems.fields).length > 0) return { ok: false, fields: problems.fields };

  const other =
    change.measuredOn !== undefined && change.measuredOn !== toIsoDate(existing.measuredOn)
      ? await entryOn(userId, change.measuredOn)
      : null;
  const replaced = other ? deriveMeasurement(other, profile) : undefined;
  if (other && replaced && !mayReplace(replace, other.id)) return duplicateDay(replaced);

  try {
    const row = await db().$transaction(async (tx) => {
      if (other) await tx.measurement.deleteMany({ where: { id: other.id, userId } });
      return tx.measurement.update({
        where: { id, userId },
        data: {
          ...(change.measuredOn !== undefined && { measuredOn: toDbDate(change.measuredOn) }),
          ...(change.weightKg !== undefined && { weightKg: change.weightKg }),
          ...(problems.heightCm !== undefined && { heightCm: problems.heightCm }),
          ...(change.waistCm !== undefined && { waistCm: change.waistCm }),
        },
        select: viewSelect,
      });
    });
    return { ok: true, measurement: deriveMeasurement(row, profile), ...(replaced && { replaced }) };
  } catch (error) {
    // Deleted between the read and the write: the same answer as any missing entry.
    if (isRecordNotFound(error)) return null;
    if (isUniqueViolation(error) && change.measuredOn !== undefined) {
      const raced = await entryOn(userId, change.measuredOn);
      if (raced) return duplicateDay(deriveMeasurement(raced, profile));
    }
    throw error;
  }
}

/** The checks that need the profile; heightCm is the value to write (undefined: unchanged). */
function patchProblems(
  change: MeasurementPatch,
  profile: Profile,
  savedOn: string,
): { fields: Record<string, string>; heightCm?: number } {
  const fields: Record<string, string> = {};
  let heightCm: number | undefined;
  if (change.heightCm === null) {
    if (profile.heightCm === null) fields[heightField(change.units)] = NO_HEIGHT;
    else heightCm = profile.heightCm;
  } else if (change.heightCm !== undefined) {
    heightCm = change.heightCm;
  }
  // Only a new date is checked: an entry made before the birth date was edited stays editable.
  if (change.measuredOn !== undefined && change.measuredOn !== savedOn) {
    const ageProblem = ageRuleProblem(profile.birthDate, change.measuredOn);
    if (ageProblem) fields.measuredOn = ageProblem;
  }
  return { fields, ...(heightCm !== undefined && { heightCm }) };
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}

/**
 * Deletes one entry and returns what it held (for an undo), or null when the entry is not this
 * user's (or does not exist).
 */
export async function deleteMeasurement(userId: string, id: string): Promise<DeletedMeasurement | null> {
  if (!isRecordId(id)) return null;
  const rows = await db().$queryRaw<
    { id: string; measuredOn: Date; weightKg: number; heightCm: number; waistCm: number | null; createdAt: Date }[]
  >`
    DELETE FROM "Measurement" WHERE "id" = ${id} AND "userId" = ${userId}
    RETURNING "id", "measuredOn", "weightKg", "heightCm", "waistCm", "createdAt"`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    measuredOn: toIsoDate(row.measuredOn),
    weightKg: row.weightKg,
    heightCm: row.heightCm,
    waistCm: row.waistCm,
    createdAt: row.createdAt.toISOString(),
  };
}

export type RestoreResult =
  | { ok: true; measurement: MeasurementView }
  | { ok: false; reason: "day_taken"; existing: MeasurementView }
  | { ok: false; reason: "no_account" };

/**
 * Puts a deleted entry back exactly as it was (same id, values and creation time), for the undo
 * after a delete. Restoring twice is harmless (the second finds it there). If the day has been
 * given another entry since, that one is kept and nothing is restored.
 */
export async function restoreMeasurement(userId: string, entry: DeletedMeasurement): Promise<RestoreResult> {
  const profile = await getProfile(userId);
  if (!profile) return { ok: false, reason: "no_account" };
  const existing = await entryOn(userId, entry.measuredOn);
  if (existing) {
    const view = deriveMeasurement(existing, profile);
    return existing.id === entry.id
      ? { ok: true, measurement: view }
      : { ok: false, reason: "day_taken", existing: view };
  }
  try {
    const row = await db().measurement.create({
      data: {
        id: entry.id,
        userId,
        measuredOn: toDbDate(entry.measuredOn),
        weightKg: entry.weightKg,
        heightCm: entry.heightCm,
        waistCm: entry.waistCm,
        createdAt: new Date(entry.createdAt),
      },
      select: viewSelect,
    });
    return { ok: true, measurement: deriveMeasurement(row, profile) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await entryOn(userId, entry.measuredOn);
    if (!raced) throw error;
    const view = deriveMeasurement(raced, profile);
    return raced.id === entry.id ? { ok: true, measurement: view } : { ok: false, reason: "day_taken", existing: view };
  }
}
