// The signed-in person's recommendation: the same engine as the public API, fed from what we store
// (profile age and sex, latest measurement's BMI, the remembered check-in, recent sessions) instead
// of what a form sends. Every read is scoped by the userId the caller authorised.
import "server-only";
import { db } from "@/lib/db";
import { ageInMonths } from "@/lib/dates/calendar";
import { listMeasurements } from "@/lib/measurements/queries.server";
import { getProfile } from "@/lib/profile/queries.server";
import { listRoutineCards } from "@/lib/routines/queries.server";
import { sessionHistoryForEngine } from "@/lib/routines/sessions.server";
import { CONDITIONS, EXPERIENCE_LEVELS, RED_FLAGS, type Condition, type Experience, type RedFlag } from "@/lib/routines/types";
import { recommend } from "./engine";
import type { CheckInInput } from "./schema";
import type { Recommendation } from "./types";

/** What we remember of a check-in: everything but the body measurements, which live elsewhere. */
export type StoredCheckIn = {
  painNow: number;
  painWeeks: number | null;
  afterLifting: boolean;
  redFlags: RedFlag[];
  conditions: Condition[];
  experience: Experience | null;
  updatedAt: Date;
};

// Codes are validated on the way in; filtering again on the way out keeps a code an older version
// wrote (or one removed from the vocabulary) from reaching the engine.
const known = <T extends string>(vocabulary: readonly T[], values: string[]): T[] =>
  vocabulary.filter((code) => values.includes(code));

export async function getCheckIn(userId: string): Promise<StoredCheckIn | null> {
  const row = await db().checkIn.findUnique({ where: { userId } });
  if (!row) return null;
  return {
    painNow: row.painNow,
    painWeeks: row.painWeeks,
    afterLifting: row.afterLifting,
    redFlags: known(RED_FLAGS, row.redFlags),
    conditions: known(CONDITIONS, row.conditions),
    experience: row.experience && (EXPERIENCE_LEVELS as readonly string[]).includes(row.experience) ? row.experience : null,
    updatedAt: row.updatedAt,
  };
}

/** Remembers the check-in (one per person, replaced each time). Weeks are stored whole, rounded up. */
export async function saveCheckIn(userId: string, input: CheckInInput): Promise<void> {
  const data = {
    painNow: input.painNow,
    painWeeks: input.painWeeks === undefined ? null : Math.ceil(input.painWeeks),
    afterLifting: input.afterLifting,
    redFlags: [...input.redFlags],
    conditions: [...input.conditions],
    experience: input.experience ?? null,
  };
  await db().checkIn.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}

export type PersonalRecommendation =
  | { status: "needs_birth_date" }
  | { status: "needs_check_in" }
  | { status: "ok"; checkIn: StoredCheckIn; recommendation: Recommendation; bmi: number | null };

/** Age in years (decimal) on `today`, from the profile's birth date. */
export function ageYears(birthDate: string, today: string): number {
  return ageInMonths(birthDate, today) / 12;
}

/**
 * The recommendation for today. Bounded work whatever the history: one row of profile, one
 * measurement, one check-in, at most HISTORY_LIMIT sessions and the (small) catalogue.
 */
export async function personalRecommendation(userId: string, today: string): Promise<PersonalRecommendation> {
  const [profile, checkIn, latest, history, catalogue] = await Promise.all([
    getProfile(userId),
    getCheckIn(userId),
    listMeasurements(userId, { limit: 1 }),
    sessionHistoryForEngine(userId),
    listRoutineCards(),
  ]);
  if (!profile?.birthDate) return { status: "needs_birth_date" };
  if (!checkIn) return { status: "needs_check_in" };
  const measurement = latest.items[0] ?? null;
  const recommendation = recommend({
    age: ageYears(profile.birthDate, today),
    bmi: measurement?.bmi ?? null,
    bmiGroup: measurement?.group ?? null,
    bmiCategory: measurement?.category ?? null,
    checkIn: {
      painNow: checkIn.painNow,
      painWeeks: checkIn.painWeeks ?? undefined,
      afterLifting: checkIn.afterLifting,
      redFlags: checkIn.redFlags,
      conditions: checkIn.conditions,
      experience: checkIn.experience ?? undefined,
    },
    history,
    catalogue,
    today,
  });
  return { status: "ok", checkIn, recommendation, bmi: measurement?.bmi ?? null };
}
