// The remembered check-in and the personal recommendation built from stored data, each scoped to
// its owner: one person's answers never leak into another's advice.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCheckIn, personalRecommendation, saveCheckIn } from "@/lib/recommendations/personal.server";
import { checkInSchema } from "@/lib/recommendations/schema";
import { seedRoutines } from "@/lib/routines/seed.server";
import { createTestMeasurement, createTestUser } from "../support/factories";

const TODAY = "2026-11-20";
const parse = (raw: Record<string, unknown>) => checkInSchema.parse({ age: 30, redFlags: [], conditions: [], ...raw });

beforeAll(async () => {
  await seedRoutines(db());
});

describe("check-ins", () => {
  it("are remembered per person and updated in place", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    await saveCheckIn(a.id, parse({ painNow: 3, conditions: ["high_blood_pressure"], experience: "beginner" }));
    await saveCheckIn(b.id, parse({ painNow: 8, redFlags: ["fever"], painWeeks: 2.5 }));
    expect(await getCheckIn(a.id)).toMatchObject({
      painNow: 3,
      conditions: ["high_blood_pressure"],
      redFlags: [],
      experience: "beginner",
    });
    expect(await getCheckIn(b.id)).toMatchObject({ painNow: 8, redFlags: ["fever"], painWeeks: 3, experience: null });

    await saveCheckIn(a.id, parse({ painNow: 1 }));
    expect(await getCheckIn(a.id)).toMatchObject({ painNow: 1, conditions: [] });
    expect(await db().checkIn.count({ where: { userId: a.id } })).toBe(1);
    expect(await getCheckIn(b.id)).toMatchObject({ painNow: 8 });
  });

  it("feed each person's own recommendation", async () => {
    const healthy = await createTestUser({ birthDate: "1990-01-01" });
    const flagged = await createTestUser({ birthDate: "1990-01-01" });
    await createTestMeasurement(healthy.id, { measuredOn: "2026-11-01", weightKg: 70, heightCm: 175 });
    await saveCheckIn(healthy.id, parse({ painNow: 2, afterLifting: true }));
    await saveCheckIn(flagged.id, parse({ painNow: 2, redFlags: ["bladder_bowel"] }));

    const mine = await personalRecommendation(healthy.id, TODAY);
    const theirs = await personalRecommendation(flagged.id, TODAY);
    expect(mine.status === "ok" && mine.recommendation.safety.level).toBe("none");
    expect(mine.status === "ok" && mine.recommendation.routines.length).toBeGreaterThan(0);
    expect(mine.status === "ok" && mine.bmi).toBeCloseTo(22.86, 1);
    expect(theirs.status === "ok" && theirs.recommendation.safety.level).toBe("emergency");
    expect(theirs.status === "ok" && theirs.recommendation.routines).toEqual([]);
  });

  it("ask for a birth date, then a check-in, before recommending", async () => {
    const noBirthDate = await createTestUser({ birthDate: null });
    expect(await personalRecommendation(noBirthDate.id, TODAY)).toEqual({ status: "needs_birth_date" });
    const noCheckIn = await createTestUser();
    expect(await personalRecommendation(noCheckIn.id, TODAY)).toEqual({ status: "needs_check_in" });
  });

  it("keep inversion away from an under-18", async () => {
    const teen = await createTestUser({ birthDate: "2010-06-01" });
    await saveCheckIn(teen.id, parse({ painNow: 1, afterLifting: true }));
    const result = await personalRecommendation(teen.id, TODAY);
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.recommendation.routines.some((routine) => routine.usesInversion)).toBe(false);
    expect(
      result.recommendation.excluded.some((routine) => routine.reasons.some((reason) => /under 18/.test(reason))),
    ).toBe(true);
  });

  it("go when the account goes", async () => {
    const user = await createTestUser();
    await saveCheckIn(user.id, parse({ painNow: 4 }));
    await db().user.delete({ where: { id: user.id } });
    expect(await db().checkIn.count({ where: { userId: user.id } })).toBe(0);
  });
});
