// The dashboard's database round trips (issue 10, ADR 0024), counted at the pg driver like the bench
// does: the guard is one query, the dashboard's loaders three more for a person with 2,000
// measurements, sessions and a check-in; and the one-query reads give exactly what the several
// reads they replace gave. Counting queries is not timing: the count is the same on any machine.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionUser, startSession } from "@/lib/auth/sessions.server";
import { addDays, todayIn } from "@/lib/dates/calendar";
import { loadDashboard } from "@/lib/dashboard/load.server";
import { toDbDate } from "@/lib/measurements/dates";
import { getCheckIn, personalRecommendation, saveCheckIn } from "@/lib/recommendations/personal.server";
import { checkInSchema } from "@/lib/recommendations/schema";
import { ROUTINES } from "@/lib/routines/catalog";
import {
  engineCatalogue,
  forgetEngineCatalogue,
  listRoutineCards,
  readEngineCatalogue,
} from "@/lib/routines/queries.server";
import { seedRoutines } from "@/lib/routines/seed.server";
import { listSessions, practiceOverview, sessionHistoryForEngine, streakData } from "@/lib/routines/sessions.server";
import { createTestUser } from "../support/factories";
import { countQueries } from "../support/query-counter";

const today = todayIn("UTC");

beforeAll(async () => {
  await seedRoutines(db());
});

async function heavyUser() {
  const user = await createTestUser({ goalWeightKg: 62 });
  await db().measurement.createMany({
    data: Array.from({ length: 2000 }, (_, i) => ({
      userId: user.id,
      measuredOn: toDbDate(addDays(today, -i)),
      weightKg: 70 - i / 250,
      heightCm: 168,
    })),
  });
  const routines = await db().routine.findMany({ select: { id: true }, take: 2 });
  await db().routineSession.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      userId: user.id,
      routineId: routines[i % routines.length]!.id,
      completedOn: toDbDate(addDays(today, -Math.floor(i / 2))),
      difficulty: "right" as const,
      painBefore: 3,
      painAfter: 2,
    })),
  });
  await saveCheckIn(
    user.id,
    checkInSchema.parse({
      age: 35,
      painNow: 2,
      afterLifting: true,
      redFlags: [],
      conditions: ["high_blood_pressure"],
      experience: "beginner",
    }),
  );
  return user;
}

describe("the guard", () => {
  it("reads a live session's user in one query, and nothing for an expired or another person's session", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const sessionId = await startSession(user.id);
    const { result, queries } = await countQueries(() => sessionUser(user.id, sessionId));
    expect(queries).toBe(1);
    expect(result).toMatchObject({ id: user.id, role: "USER", mustChangePassword: false });
    expect(await sessionUser(other.id, sessionId)).toBeNull();
    await db().session.updateMany({ where: { userId: user.id }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await sessionUser(user.id, sessionId)).toBeNull();
  });
});

describe("the dashboard's loaders", () => {
  it("make three queries (four with the guard) for 2,000 measurements, sessions and a check-in", async () => {
    const user = await heavyUser();
    await engineCatalogue(); // cached per instance: read once, not per request
    const { result, statements } = await countQueries(() =>
      loadDashboard(user.id, today, { historyPage: 20, range: "90d" }),
    );
    expect(result?.series.length).toBeGreaterThan(0);
    expect(result?.todayRoutine.status).toBe("ok");
    // Outside a React request getProfile's cache does nothing, so getSeries reads the profile a
    // second time here; in the page both share one query. Different statements are what the page sends.
    expect(new Set(statements).size).toBeLessThanOrEqual(3);
    expect(statements.length).toBeLessThanOrEqual(4);
  });

  it("gives today's routine exactly as personalRecommendation reads it on its own", async () => {
    const user = await heavyUser();
    const data = await loadDashboard(user.id, today, { historyPage: 20, range: "90d" });
    expect(data?.todayRoutine).toEqual(await personalRecommendation(user.id, today));
  });

  it("reads the practice in one query, equal to the separate reads it replaces", async () => {
    const user = await heavyUser();
    const { result, queries } = await countQueries(() => practiceOverview(user.id, today));
    expect(queries).toBe(1);
    expect(result.recent).toEqual((await listSessions(user.id, { limit: 5 })).items);
    expect(result.history).toEqual(await sessionHistoryForEngine(user.id));
    expect(result.streak).toEqual(await streakData(user.id, today));
    const { toStoredCheckIn } = await import("@/lib/recommendations/personal.server");
    expect(result.checkIn && toStoredCheckIn(result.checkIn)).toEqual(await getCheckIn(user.id));
  });

  it("reads nothing but the profile for a person with no sessions or check-in yet", async () => {
    const user = await createTestUser();
    const overview = await practiceOverview(user.id, today);
    expect(overview).toMatchObject({ recent: [], history: [], checkIn: null, streak: { current: 0, longest: 0 } });
    expect((await loadDashboard(user.id, today, { historyPage: 20, range: "90d" }))?.todayRoutine).toEqual({
      status: "needs_check_in",
    });
  });
});

describe("the engine's catalogue", () => {
  it("is one query giving the same cards as the full catalogue read", async () => {
    const { result, queries } = await countQueries(() => readEngineCatalogue());
    expect(queries).toBe(1);
    expect(result).toHaveLength(ROUTINES.length);
    expect(result).toEqual(await listRoutineCards());
  });

  it("is cached per instance until an admin write forgets it", async () => {
    forgetEngineCatalogue();
    await engineCatalogue();
    expect((await countQueries(() => engineCatalogue())).queries).toBe(0);
    const routine = await db().routine.findFirstOrThrow({ orderBy: { name: "asc" } });
    await db().routine.update({ where: { id: routine.id }, data: { published: false } });
    try {
      expect((await engineCatalogue()).some((card) => card.slug === routine.slug)).toBe(true); // still the cached copy
      forgetEngineCatalogue();
      const { result, queries } = await countQueries(() => engineCatalogue());
      expect(queries).toBe(1);
      expect(result.some((card) => card.slug === routine.slug)).toBe(false);
    } finally {
      await db().routine.update({ where: { id: routine.id }, data: { published: true } });
      forgetEngineCatalogue();
    }
  });
});
