// Reads of the signed-in person's profile. Always scoped by the userId the caller authorised.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Profile } from "./types";

/** Asked once per request however many loaders need it (React cache; no effect outside a request). */
export const getProfile = cache(async function getProfile(userId: string): Promise<Profile | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      birthDate: true,
      sex: true,
      heightCm: true,
      units: true,
      adjustedThresholds: true,
      goalWeightKg: true,
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    birthDate: user.birthDate ? user.birthDate.toISOString().slice(0, 10) : null,
    sex: user.sex,
    heightCm: user.heightCm,
    units: user.units,
    background: user.adjustedThresholds ? "adjusted" : "default",
    goalWeightKg: user.goalWeightKg,
  };
});
