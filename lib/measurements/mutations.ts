/**
 * Writes to one person's measurement log. Each takes the raw input (form fields or JSON), so
 * server actions and route handlers make one call; user mistakes come back as field errors,
 * never as exceptions. Rows are always addressed as { id, userId }: another person's id behaves
 * exactly like one that does not exist.
 */
import "server-only";
import { db } from "@/lib/db";
import { getProfile } from "@/lib/profile/queries";
import type { Profile } from "@/lib/profile/types";
import { isRecordId } from "@/lib/validation/text";
import { toDbDate, toIsoDate } from "./dates";
import { ageRuleProblem, deriveMeasurement } from "./derive";
import { viewSelect } from "./queries";
import { fieldErrors, type MeasurementPatch, measurementInputSchema, measurementPatchSchema } from "./schemas";
import type { MeasurementMutationResult } from "./types";

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
  return { ok: true, profile, values: { measuredOn: value.measuredOn, weightKg: value.weightKg, heightCm, waistCm: value.waistCm ?? null } };
}

export async function createMeasurement(userId: string, input: unknown): Promise<MeasurementMutationResult> {
  const checked = await checkNewMeasurement(userId, input);
  if (!checked.ok) return checked;
  const { values, profile } = checked;
  const row = await db().measurement.create({
    data: { userId, measuredOn: toDbDate(values.measuredOn), weightKg: values.weightKg, heightCm: values.heightCm, waistCm: values.waistCm },
    select: viewSelect,
  });
  return { ok: true, measurement: deriveMeasurement(row, profile) };
}

/** Null when the entry is not this user's (or does not exist). */
export async function updateMeasurement(userId: string, id: string, patch: unknown): Promise<MeasurementMutationResult | null> {
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

  try {
    const row = await db().measurement.update({
      where: { id, userId },
      data: {
        ...(change.measuredOn !== undefined && { measuredOn: toDbDate(change.measuredOn) }),
        ...(change.weightKg !== undefined && { weightKg: change.weightKg }),
        ...(problems.heightCm !== undefined && { heightCm: problems.heightCm }),
        ...(change.waistCm !== undefined && { waistCm: change.waistCm }),
      },
      select: viewSelect,
    });
    return { ok: true, measurement: deriveMeasurement(row, profile) };
  } catch (error) {
    // Deleted between the read and the write: the same answer as any missing entry.
    if (isRecordNotFound(error)) return null;
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

/** False when the entry is not this user's (or does not exist). */
export async function deleteMeasurement(userId: string, id: string): Promise<boolean> {
  if (!isRecordId(id)) return false;
  const { count } = await db().measurement.deleteMany({ where: { id, userId } });
  return count > 0;
}
