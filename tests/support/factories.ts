// Test data written straight to the test file's own database through the app's client (db()),
// so one connection pool per file and no mocks. Profile values default to an adult.
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export type TestUserOverrides = Omit<Partial<Prisma.UserCreateInput>, "birthDate"> & {
  /** "YYYY-MM-DD", a Date, or null for no birth date. */
  birthDate?: string | Date | null;
};

/** A user with a profile: born 1990-05-20, female, 170 cm, metric, unless overridden. */
export async function createTestUser(overrides: TestUserOverrides = {}) {
  const { birthDate = "1990-05-20", ...rest } = overrides;
  return db().user.create({
    data: {
      email: `user-${unique()}@example.test`,
      name: "Test User",
      sex: "female",
      heightCm: 170,
      units: "metric",
      ...rest,
      birthDate: typeof birthDate === "string" ? new Date(`${birthDate}T00:00:00Z`) : birthDate,
    },
  });
}

export type TestMeasurementOverrides = Omit<
  Partial<Prisma.MeasurementUncheckedCreateInput>,
  "userId" | "measuredOn"
> & {
  measuredOn?: string | Date;
};

/** A saved measurement for the user (70 kg, 170 cm, 2024-01-15 unless overridden). */
export async function createTestMeasurement(userId: string, overrides: TestMeasurementOverrides = {}) {
  const { measuredOn = "2024-01-15", ...rest } = overrides;
  return db().measurement.create({
    data: {
      weightKg: 70,
      heightCm: 170,
      ...rest,
      userId,
      measuredOn: typeof measuredOn === "string" ? new Date(`${measuredOn}T00:00:00Z`) : measuredOn,
    },
  });
}
