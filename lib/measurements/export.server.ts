/**
 * "Download my data": everything the app stores about a person, as plain JSON, and the log as CSV.
 * Secrets (password hash, OAuth tokens, session tokens) are never included.
 */
import "server-only";
import { db } from "@/lib/db";
import { getProfile } from "@/lib/profile/queries.server";
import { measurementsToCsv } from "./csv-export";
import { toIsoDate } from "./dates";
import { deriveMeasurement } from "./derive";
import { viewSelect } from "./queries.server";

export { measurementsToCsv };

const OLDEST_FIRST = [{ measuredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

export const EXPORT_FORMAT_VERSION = 1;

export type UserDataExport = {
  formatVersion: number;
  exportedAt: string;
  profile: {
    id: string;
    email: string | null;
    emailVerified: string | null;
    name: string | null;
    image: string | null;
    role: "USER" | "ADMIN";
    createdAt: string;
    updatedAt: string;
    birthDate: string | null;
    sex: "male" | "female" | null;
    heightCm: number | null;
    units: "metric" | "us";
    adjustedThresholds: boolean;
    goalWeightKg: number | null;
    hasPassword: boolean;
  };
  accounts: { provider: string; providerAccountId: string }[];
  measurements: {
    id: string;
    measuredOn: string;
    weightKg: number;
    heightCm: number;
    waistCm: number | null;
    createdAt: string;
    updatedAt: string;
    bmi: number;
    category: string;
    categoryLabel: string;
    group: "adult" | "child";
    percentile: number | null;
    ageMonths: number | null;
  }[];
};

/** All of this user's data, oldest measurement first; null when the user does not exist. */
export async function exportUserData(userId: string): Promise<UserDataExport | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      image: true,
      role: true,
      createdAt: true,
      updatedAt: true,
      birthDate: true,
      sex: true,
      heightCm: true,
      units: true,
      adjustedThresholds: true,
      goalWeightKg: true,
      passwordHash: true,
      accounts: { select: { provider: true, providerAccountId: true }, orderBy: { provider: "asc" } },
      measurements: { orderBy: [...OLDEST_FIRST] },
    },
  });
  if (!user) return null;
  const { accounts, measurements, passwordHash, ...profile } = user;
  const birthDate = profile.birthDate ? toIsoDate(profile.birthDate) : null;
  const context = {
    birthDate,
    sex: profile.sex,
    background: profile.adjustedThresholds ? ("adjusted" as const) : ("default" as const),
  };
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: {
      ...profile,
      emailVerified: profile.emailVerified?.toISOString() ?? null,
      createdAt: profile.createdAt.toISOString(),
      updatedAt: profile.updatedAt.toISOString(),
      birthDate,
      // Whether a password is set is the person's data; the hash is a secret and stays out.
      hasPassword: passwordHash !== null,
    },
    accounts,
    measurements: measurements.map((row) => {
      const view = deriveMeasurement(row, context);
      return {
        id: row.id,
        measuredOn: view.measuredOn,
        weightKg: row.weightKg,
        heightCm: row.heightCm,
        waistCm: row.waistCm,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
        bmi: view.bmi,
        category: view.category,
        categoryLabel: view.categoryLabel,
        group: view.group,
        percentile: view.percentile,
        ageMonths: view.ageMonths,
      };
    }),
  };
}

/**
 * The whole log as CSV in the person's units, oldest first; null for an unknown user. Uncapped,
 * unlike getSeries (which keeps charts fast): a download must hold every row.
 */
export async function exportMeasurementsCsv(userId: string): Promise<string | null> {
  const [profile, rows] = await Promise.all([
    getProfile(userId),
    db().measurement.findMany({ where: { userId }, orderBy: [...OLDEST_FIRST], select: viewSelect }),
  ]);
  if (!profile) return null;
  return measurementsToCsv(
    rows.map((row) => deriveMeasurement(row, profile)),
    profile.units,
  );
}
