/**
 * One person's guided-session history: record, list, read, delete, and the bounded reads the
 * dashboard and the recommendation engine need. Every query is scoped by the userId the caller
 * authorised; a row is always addressed as { id, userId }, so another person's id behaves exactly
 * like one that does not exist. User mistakes come back as field errors, never as exceptions.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates/calendar";
import { decodeCursor, encodeCursor } from "@/lib/measurements/cursor";
import { toDbDate, toIsoDate } from "@/lib/measurements/dates";
import { HISTORY_LIMIT, type SessionRecord } from "@/lib/recommendations";
import { isRecordId } from "@/lib/validation/text";
import type { Progression } from "./detail";
import type { SessionDifficulty } from "./session-fields";
import { SESSION_MESSAGES, sessionFieldErrors, sessionInputSchema } from "./session-schema";
import { type StreakSummary, streakWindowStart, summarizeStreak } from "./streak";

export type SessionView = {
  id: string;
  routineSlug: string;
  routineName: string;
  /** "YYYY-MM-DD": the person's calendar day. */
  completedOn: string;
  progression: Progression;
  difficulty: SessionDifficulty;
  painBefore: number;
  painAfter: number;
  createdAt: string;
};

export type SessionPage = { items: SessionView[]; nextCursor: string | null };

export type RecordSessionResult = { ok: true; session: SessionView } | { ok: false; fields: Record<string, string> };

export const SESSION_LIST_LIMIT = { min: 1, max: 100, default: 20 } as const;

const viewSelect = {
  id: true,
  completedOn: true,
  progression: true,
  difficulty: true,
  painBefore: true,
  painAfter: true,
  createdAt: true,
  routine: { select: { slug: true, name: true } },
} satisfies Prisma.RoutineSessionSelect;

type SessionRow = Prisma.RoutineSessionGetPayload<{ select: typeof viewSelect }>;

function toView(row: SessionRow): SessionView {
  return {
    id: row.id,
    routineSlug: row.routine.slug,
    routineName: row.routine.name,
    completedOn: toIsoDate(row.completedOn),
    progression: row.progression,
    difficulty: row.difficulty,
    painBefore: row.painBefore,
    painAfter: row.painAfter,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Newest first: by the person's day, then by when it was saved, then by id (a total order for keysets). */
const ORDER: Prisma.RoutineSessionOrderByWithRelationInput[] = [
  { completedOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

/**
 * Saves a finished session. The routine is looked up by slug among published routines only: an
 * unknown or withdrawn one is a field error on routineSlug (never a 500, never a foreign-key error).
 */
export async function recordSession(userId: string, input: unknown): Promise<RecordSessionResult> {
  const parsed = sessionInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fields: sessionFieldErrors(parsed.error) };
  const value = parsed.data;
  const routine = await db().routine.findFirst({
    where: { slug: value.routineSlug, published: true },
    select: { id: true },
  });
  if (!routine) return { ok: false, fields: { routineSlug: SESSION_MESSAGES.routineUnknown } };
  const row = await db().routineSession.create({
    data: {
      userId,
      routineId: routine.id,
      completedOn: toDbDate(value.completedOn),
      progression: value.progression,
      difficulty: value.difficulty,
      painBefore: value.painBefore,
      painAfter: value.painAfter,
    },
    select: viewSelect,
  });
  return { ok: true, session: toView(row) };
}

/**
 * One page of the history, newest first, by keyset (the measurement log's cursor: day, time saved,
 * id), so each session appears on exactly one page and every page costs the same.
 * A cursor that does not decode starts from the newest (a stale link is not an error page).
 */
export async function listSessions(
  userId: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<SessionPage> {
  const L = SESSION_LIST_LIMIT;
  const limit = Math.min(L.max, Math.max(L.min, Math.trunc(options.limit ?? L.default) || L.default));
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const where: Prisma.RoutineSessionWhereInput = { userId };
  if (after) {
    const day = toDbDate(after.measuredOn);
    const createdAt = new Date(after.createdAt);
    where.OR = [
      { completedOn: { lt: day } },
      { completedOn: day, createdAt: { lt: createdAt } },
      { completedOn: day, createdAt, id: { lt: after.id } },
    ];
  }
  const rows = await db().routineSession.findMany({ where, orderBy: ORDER, take: limit + 1, select: viewSelect });
  const page = rows.slice(0, limit).map(toView);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ measuredOn: last.completedOn, createdAt: last.createdAt, id: last.id })
      : null;
  return { items: page, nextCursor };
}

/** One session of this user, or null (also for another user's id: the two are indistinguishable). */
export async function getSession(userId: string, id: string): Promise<SessionView | null> {
  // An id that cannot be one of ours (a NUL, ten thousand characters) is "not found" without a query.
  if (!isRecordId(id)) return null;
  const row = await db().routineSession.findFirst({ where: { id, userId }, select: viewSelect });
  return row ? toView(row) : null;
}

/** False when the session is not this user's (or does not exist); nothing is deleted then. */
export async function deleteSession(userId: string, id: string): Promise<boolean> {
  if (!isRecordId(id)) return false;
  const { count } = await db().routineSession.deleteMany({ where: { id, userId } });
  return count > 0;
}

/** The recommendation engine's history input: the latest HISTORY_LIMIT sessions, newest first. */
export async function sessionHistoryForEngine(userId: string): Promise<SessionRecord[]> {
  const rows = await db().routineSession.findMany({
    where: { userId },
    orderBy: ORDER,
    take: HISTORY_LIMIT,
    select: {
      completedOn: true,
      difficulty: true,
      painBefore: true,
      painAfter: true,
      routine: { select: { slug: true } },
    },
  });
  return rows.map((row) => ({
    routineSlug: row.routine.slug,
    completedOn: toIsoDate(row.completedOn),
    difficulty: row.difficulty,
    painBefore: row.painBefore,
    painAfter: row.painAfter,
  }));
}

/**
 * Streaks and this month's calendar for `today` (the server's UTC day unless the caller knows the
 * person's). Reads one row per active day of the window (STREAK_WINDOW_DAYS, plus tomorrow for
 * zones ahead of UTC), grouped in PostgreSQL on the (userId, completedOn) index: bounded work
 * however long the history is.
 */
export async function streakData(userId: string, today: string): Promise<StreakSummary> {
  const rows = await db().routineSession.groupBy({
    by: ["completedOn"],
    where: { userId, completedOn: { gte: toDbDate(streakWindowStart(today)), lte: toDbDate(addDays(today, 1)) } },
    _count: { _all: true },
  });
  return summarizeStreak(
    rows.map((row) => ({ date: toIsoDate(row.completedOn), count: row._count._all })),
    today,
  );
}

export type PracticeOverview = {
  streak: StreakSummary;
  /** The latest few sessions, newest first (the dashboard's list). */
  recent: SessionView[];
  /** The latest HISTORY_LIMIT sessions in the engine's shape (what sessionHistoryForEngine reads). */
  history: SessionRecord[];
  /** The person's remembered check-in as stored (lib/recommendations/personal.server maps it), or null. */
  checkIn: CheckInRow | null;
};

/** A CheckIn row as JSON gives it (timestamps without zone: UTC, as Prisma writes them). */
export type CheckInRow = {
  painNow: number;
  painWeeks: number | null;
  afterLifting: boolean;
  redFlags: string[];
  conditions: string[];
  experience: string | null;
  updatedAt: string;
};

type OverviewRow = {
  kind: "session" | "day" | "check_in";
  checkIn: CheckInRow | string | null;
  id: string | null;
  completedOn: Date | string;
  progression: Progression | null;
  difficulty: SessionDifficulty | null;
  painBefore: number | null;
  painAfter: number | null;
  createdAt: Date | string | null;
  slug: string | null;
  name: string | null;
  count: number | null;
  position: number | null;
};

/**
 * What the dashboard shows of the practice (the streak card and the latest few sessions) and what
 * today's recommendation needs (the engine's history and the check-in), in ONE query (ADR 0024):
 * the latest sessions with their routine, in the list's order, the per-day counts of the streak
 * window and the check-in row: the same bounded reads as listSessions, sessionHistoryForEngine,
 * streakData and getCheckIn, which cost six round trips together.
 */
export async function practiceOverview(userId: string, today: string, recent = 5): Promise<PracticeOverview> {
  const latest = Math.max(recent, HISTORY_LIMIT);
  const rows = await db().$queryRaw<OverviewRow[]>`
    (SELECT 'session' AS kind, s.id, s."completedOn", s.progression::text AS progression,
            s.difficulty::text AS difficulty, s."painBefore", s."painAfter", s."createdAt", r.slug, r.name,
            NULL::int AS count,
            row_number() OVER (ORDER BY s."completedOn" DESC, s."createdAt" DESC, s.id DESC)::int AS position,
            NULL::json AS "checkIn"
     FROM "RoutineSession" s JOIN "Routine" r ON r.id = s."routineId"
     WHERE s."userId" = ${userId}
     ORDER BY s."completedOn" DESC, s."createdAt" DESC, s.id DESC
     LIMIT ${latest})
    UNION ALL
    (SELECT 'day', NULL, "completedOn", NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*)::int, NULL, NULL
     FROM "RoutineSession"
     WHERE "userId" = ${userId}
       AND "completedOn" BETWEEN ${streakWindowStart(today)}::date AND ${addDays(today, 1)}::date
     GROUP BY "completedOn")
    UNION ALL
    (SELECT 'check_in', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
            json_build_object('painNow', c."painNow", 'painWeeks', c."painWeeks", 'afterLifting', c."afterLifting",
                              'redFlags', c."redFlags", 'conditions', c."conditions", 'experience', c.experience,
                              'updatedAt', c."updatedAt")
     FROM "CheckIn" c WHERE c."userId" = ${userId})`;
  const sessions: (SessionView & { position: number })[] = [];
  const days: { date: string; count: number }[] = [];
  let checkIn: CheckInRow | null = null;
  for (const row of rows) {
    if (row.kind === "check_in") {
      checkIn = typeof row.checkIn === "string" ? (JSON.parse(row.checkIn) as CheckInRow) : row.checkIn;
      continue;
    }
    if (row.kind === "day") {
      days.push({ date: toIsoDate(row.completedOn), count: row.count ?? 0 });
      continue;
    }
    sessions.push({
      id: row.id!,
      routineSlug: row.slug!,
      routineName: row.name!,
      completedOn: toIsoDate(row.completedOn),
      progression: row.progression!,
      difficulty: row.difficulty!,
      painBefore: row.painBefore!,
      painAfter: row.painAfter!,
      createdAt: new Date(row.createdAt!).toISOString(),
      position: row.position!,
    });
  }
  // A UNION ALL does not promise its rows' order: put the sessions back in the list's (ORDER).
  sessions.sort((a, b) => a.position - b.position);
  return {
    streak: summarizeStreak(days, today),
    recent: sessions.slice(0, recent).map(({ position: _position, ...view }) => view),
    history: sessions
      .slice(0, HISTORY_LIMIT)
      .map(({ routineSlug, completedOn, difficulty, painBefore, painAfter }) => ({
        routineSlug,
        completedOn,
        difficulty,
        painBefore,
        painAfter,
      })),
    checkIn,
  };
}
