import "server-only";
import { db } from "@/lib/db";
import type { ProfileUpdate } from "./schemas";

export async function updateProfile(userId: string, profile: ProfileUpdate): Promise<void> {
  await db().user.update({
    where: { id: userId },
    data: {
      name: profile.name,
      birthDate: profile.birthDate ? new Date(`${profile.birthDate}T00:00:00Z`) : null,
      sex: profile.sex,
      units: profile.units,
      heightCm: profile.heightCm,
      goalWeightKg: profile.goalWeightKg,
      adjustedThresholds: profile.background === "adjusted",
    },
  });
}
