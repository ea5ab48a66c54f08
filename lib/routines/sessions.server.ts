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
const ORDER: Prisma.RoutineSessionOrderByWithRelationInput[] = [{ completedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }];

/**
 * Saves a finished session. The routine is looked up by slug among published routines only: an
 * unknown or withdrawn one is a field error on routineSlug (never a 500, never a foreign-key error).
 */
export async function recordSession(userId: string, input: unknown): Promise<RecordSessionResult> {
  const parsed = sessionInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fields: sessionFieldErrors(parsed.error) };
  const value = parsed.data;
  const routine = await db().routine.findFirst({ where: { slug: value.routineSlug, published: true }, select: { id: true } });
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
export async function listSessions(userId: string, options: { limit?: number; cursor?: string } = {}): Promise<SessionPage> {
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
    rows.length > limit && last ? encodeCursor({ measuredOn: last.completedOn, createdAt: last.createdAt, id: last.id }) : null;
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
    select: { completedOn: true, difficulty: true, painBefore: true, painAfter: true, routine: { select: { slug: true } } },
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

/** What the dashboard shows of the practice: the streak card and the latest few sessions. */
export async function practiceOverview(userId: string, today: string, recent = 5): Promise<{ streak: StreakSummary; recent: SessionView[] }> {
  const [streak, page] = await Promise.all([streakData(userId, today), listSessions(userId, { limit: recent })]);
  return { streak, recent: page.items };
}
