// Guided-session history against this file's own PostgreSQL database: ownership, validation that
// stores nothing, keyset pages, the engine's history and the bounded streak read.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayIn } from "@/lib/dates/calendar";
import { toDbDate } from "@/lib/measurements/dates";
import { HISTORY_LIMIT } from "@/lib/recommendations";
import { ROUTINES } from "@/lib/routines/catalog";
import { seedRoutines } from "@/lib/routines/seed.server";
import { SESSION_MESSAGES } from "@/lib/routines/session-schema";
import {
  deleteSession,
  getSession,
  listSessions,
  practiceOverview,
  recordSession,
  sessionHistoryForEngine,
  streakData,
} from "@/lib/routines/sessions.server";
import { STREAK_WINDOW_DAYS } from "@/lib/routines/streak";
import { createTestUser } from "../support/factories";

const today = todayIn("UTC");
const [first, second] = ROUTINES;
if (!first || !second) throw new Error("The catalogue needs at least two routines");

const input = (overrides: Record<string, unknown> = {}) => ({
  routineSlug: first.slug,
  progression: "standard",
  difficulty: "right",
  painBefore: "4",
  painAfter: "3",
  completedOn: today,
  ...overrides,
});

const countFor = (userId: string) => db().routineSession.count({ where: { userId } });

/** Sessions written straight to the table (dates outside what the schema allows, in bulk). */
async function insertSessions(userId: string, dates: string[], routineSlug = first!.slug) {
  const routine = await db().routine.findUniqueOrThrow({ where: { slug: routineSlug } });
  await db().routineSession.createMany({
    data: dates.map((date) => ({
      userId,
      routineId: routine.id,
      completedOn: toDbDate(date),
      difficulty: "right" as const,
      painBefore: 2,
      painAfter: 2,
    })),
  });
}

beforeAll(async () => {
  await seedRoutines(db());
});

describe("recordSession", () => {
  it("saves a valid session with the routine's name and the person's day", async () => {
    const user = await createTestUser();
    const result = await recordSession(
      user.id,
      input({ progression: "easier", difficulty: "hard", painBefore: 5, painAfter: "6" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session).toMatchObject({
      routineSlug: first.slug,
      routineName: first.name,
      completedOn: today,
      progression: "easier",
      difficulty: "hard",
      painBefore: 5,
      painAfter: 6,
    });
    const row = await db().routineSession.findUniqueOrThrow({ where: { id: result.session.id } });
    expect(row.userId).toBe(user.id);
    expect(row.completedOn.toISOString()).toBe(`${today}T00:00:00.000Z`);
  });

  it("answers an unknown or unpublished routine with a field error and stores nothing", async () => {
    const user = await createTestUser();
    expect(await recordSession(user.id, input({ routineSlug: "no-such-routine" }))).toEqual({
      ok: false,
      fields: { routineSlug: SESSION_MESSAGES.routineUnknown },
    });
    await db().routine.update({ where: { slug: second.slug }, data: { published: false } });
    try {
      expect(await recordSession(user.id, input({ routineSlug: second.slug }))).toEqual({
        ok: false,
        fields: { routineSlug: SESSION_MESSAGES.routineUnknown },
      });
    } finally {
      await db().routine.update({ where: { slug: second.slug }, data: { published: true } });
    }
    expect(await countFor(user.id)).toBe(0);
  });

  it("refuses bad input field by field and stores nothing", async () => {
    const user = await createTestUser();
    const bad = [
      [{ painBefore: "11" }, "painBefore"],
      [{ painAfter: "-1" }, "painAfter"],
      [{ difficulty: "brutal" }, "difficulty"],
      [{ progression: "hardest" }, "progression"],
      [{ completedOn: addDays(today, 2) }, "completedOn"],
      [{ completedOn: addDays(today, -2) }, "completedOn"],
      [{ routineSlug: `${first.slug}\u0000` }, "routineSlug"],
      [{ routineSlug: '\'; DROP TABLE "RoutineSession"; --' }, "routineSlug"],
    ] as const;
    for (const [override, field] of bad) {
      const result = await recordSession(user.id, input(override));
      expect(result.ok, JSON.stringify(override)).toBe(false);
      if (!result.ok) expect(Object.keys(result.fields), JSON.stringify(override)).toEqual([field]);
    }
    expect(await recordSession(user.id, "not an object")).toMatchObject({ ok: false });
    expect(await countFor(user.id)).toBe(0);
  });
});

describe("one person's sessions are theirs alone", () => {
  let a: string;
  let b: string;
  let bIds: string[];

  beforeAll(async () => {
    a = (await createTestUser()).id;
    b = (await createTestUser()).id;
    const mine = await recordSession(a, input());
    expect(mine.ok).toBe(true);
    bIds = [];
    for (const overrides of [{}, { routineSlug: second.slug, completedOn: addDays(today, -1) }]) {
      const result = await recordSession(b, input(overrides));
      if (!result.ok) throw new Error(JSON.stringify(result.fields));
      bIds.push(result.session.id);
    }
  });

  it("A cannot read, list, delete or count B's sessions", async () => {
    for (const id of bIds) {
      expect(await getSession(a, id)).toBeNull();
      expect(await deleteSession(a, id)).toBe(false);
    }
    expect(await countFor(b)).toBe(2);
    expect((await listSessions(a)).items).toHaveLength(1);
    expect(await sessionHistoryForEngine(a)).toHaveLength(1);
    expect((await streakData(a, today)).calendar.sessions).toBe(1);
  });

  it("B's own ids work for B, and B can delete them", async () => {
    expect((await getSession(b, bIds[1]!))?.routineSlug).toBe(second.slug);
    expect(await deleteSession(b, bIds[1]!)).toBe(true);
    expect(await getSession(b, bIds[1]!)).toBeNull();
    expect(await deleteSession(b, bIds[1]!)).toBe(false);
    expect(await countFor(b)).toBe(1);
  });

  it("a missing or malformed id behaves exactly like another person's", async () => {
    for (const id of ["does-not-exist", "bad\u0000id", "x".repeat(10_000), ""]) {
      expect(await getSession(a, id)).toBeNull();
      expect(await deleteSession(a, id)).toBe(false);
    }
  });
});

describe("listSessions", () => {
  it("pages newest first by keyset without repeats or gaps", async () => {
    const user = await createTestUser();
    const dates = Array.from({ length: 7 }, (_, i) => addDays(today, -i));
    await insertSessions(user.id, [...dates, dates[2]!]); // two sessions on one day
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listSessions(user.id, { limit: 3, ...(cursor && { cursor }) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => `${item.completedOn}/${item.id}`));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.map((s) => s.slice(0, 10))).toEqual([...seen.map((s) => s.slice(0, 10))].sort().reverse());
  });

  it("clamps the page size and starts over on a cursor it cannot read", async () => {
    const user = await createTestUser();
    await insertSessions(user.id, [today]);
    expect((await listSessions(user.id, { limit: 0 })).items).toHaveLength(1);
    expect((await listSessions(user.id, { limit: 10_000 })).items).toHaveLength(1);
    expect((await listSessions(user.id, { cursor: "not-a-cursor!" })).items).toHaveLength(1);
  });
});

describe("reads for the engine and the dashboard", () => {
  it("gives the engine the latest sessions, newest first, in its own shape", async () => {
    const user = await createTestUser();
    await insertSessions(
      user.id,
      Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => addDays(today, -i)),
    );
    const history = await sessionHistoryForEngine(user.id);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toEqual({
      routineSlug: first.slug,
      completedOn: today,
      difficulty: "right",
      painBefore: 2,
      painAfter: 2,
    });
    expect(history.at(-1)?.completedOn).toBe(addDays(today, -(HISTORY_LIMIT - 1)));
  });

  it("computes the streak from a bounded window, whatever lies before it", async () => {
    const user = await createTestUser();
    // A run of 10 days ending yesterday, two sessions yesterday, and a long run two years ago.
    const recent = Array.from({ length: 10 }, (_, i) => addDays(today, -1 - i));
    const old = Array.from({ length: 60 }, (_, i) => addDays(today, -(STREAK_WINDOW_DAYS + 100 + i)));
    await insertSessions(user.id, [...recent, addDays(today, -1), ...old]);
    const streak = await streakData(user.id, today);
    expect(streak).toMatchObject({ current: 10, doneToday: false, longest: 10, capped: false });

    const done = await recordSession(user.id, input());
    expect(done.ok).toBe(true);
    const after = await practiceOverview(user.id, today);
    expect(after.streak).toMatchObject({ current: 11, doneToday: true, longest: 11 });
    const todayCell = after.streak.calendar.weeks.flat().find((cell) => cell?.isToday);
    expect(todayCell?.count).toBe(1);
    expect(after.recent).toHaveLength(5);
    expect(after.recent[0]?.completedOn).toBe(today);
  });
});
