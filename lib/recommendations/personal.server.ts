// The signed-in person's recommendation: the same engine as the public API, fed from what we store
// (profile age and sex, latest measurement's BMI, the remembered check-in, recent sessions) instead
// of what a form sends. Every read is scoped by the userId the caller authorised.
import "server-only";
import { db } from "@/lib/db";
import { ageInMonths } from "@/lib/dates/calendar";
import { listMeasurements } from "@/lib/measurements/queries.server";
import { getProfile } from "@/lib/profile/queries.server";
import type { MeasurementView } from "@/lib/measurements/types";
import type { Profile } from "@/lib/profile/types";
import type { RoutineCard } from "@/lib/routines/detail";
import { engineCatalogue } from "@/lib/routines/queries.server";
import { type CheckInRow, practiceOverview } from "@/lib/routines/sessions.server";
import {
  CONDITIONS,
  EXPERIENCE_LEVELS,
  RED_FLAGS,
  type Condition,
  type Experience,
  type RedFlag,
} from "@/lib/routines/types";
import { recommend } from "./engine";
import type { CheckInInput } from "./schema";
import type { Recommendation, SessionRecord } from "./types";

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

/** A stored check-in row (from Prisma, or as JSON from practiceOverview's one query) in the engine's terms. */
export function toStoredCheckIn(row: Omit<CheckInRow, "updatedAt"> & { updatedAt: Date | string }): StoredCheckIn {
  return {
    painNow: row.painNow,
    painWeeks: row.painWeeks,
    afterLifting: row.afterLifting,
    redFlags: known(RED_FLAGS, row.redFlags),
    conditions: known(CONDITIONS, row.conditions),
    experience:
      row.experience && (EXPERIENCE_LEVELS as readonly string[]).includes(row.experience)
        ? (row.experience as Experience)
        : null,
    // JSON timestamps carry no zone; Prisma writes them in UTC.
    updatedAt:
      typeof row.updatedAt === "string"
        ? new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(row.updatedAt) ? row.updatedAt : `${row.updatedAt}Z`)
        : row.updatedAt,
  };
}

export async function getCheckIn(userId: string): Promise<StoredCheckIn | null> {
  const row = await db().checkIn.findUnique({ where: { userId } });
  return row ? toStoredCheckIn(row) : null;
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

/** What today's recommendation is made from; a page that has read some of it already passes it in. */
export type RecommendationInputs = {
  profile: Pick<Profile, "birthDate"> | null;
  checkIn: StoredCheckIn | null;
  /** The newest measurement (its BMI), or null. */
  latest: Pick<MeasurementView, "bmi" | "group" | "category"> | null;
  history: SessionRecord[];
  catalogue: RoutineCard[];
};

/**
 * The recommendation for today. Bounded work whatever the history: one row of profile, one
 * measurement, and one query for the check-in and at most HISTORY_LIMIT sessions; the catalogue is
 * cached per instance (engineCatalogue).
 */
export async function personalRecommendation(userId: string, today: string): Promise<PersonalRecommendation> {
  const [profile, latest, practice, catalogue] = await Promise.all([
    getProfile(userId),
    listMeasurements(userId, { limit: 1 }),
    practiceOverview(userId, today),
    engineCatalogue(),
  ]);
  const checkIn = practice.checkIn ? toStoredCheckIn(practice.checkIn) : null;
  return recommendationFor(
    { profile, checkIn, latest: latest.items[0] ?? null, history: practice.history, catalogue },
    today,
  );
}

/** The recommendation from inputs already read (the dashboard has them all; no query here). */
export function recommendationFor(
  { profile, checkIn, latest, history, catalogue }: RecommendationInputs,
  today: string,
): PersonalRecommendation {
  if (!profile?.birthDate) return { status: "needs_birth_date" };
  if (!checkIn) return { status: "needs_check_in" };
  const recommendation = recommend({
    age: ageYears(profile.birthDate, today),
    bmi: latest?.bmi ?? null,
    bmiGroup: latest?.group ?? null,
    bmiCategory: latest?.category ?? null,
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
  return { status: "ok", checkIn, recommendation, bmi: latest?.bmi ?? null };
}
