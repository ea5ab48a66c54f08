/**
 * The one schema for recording a finished guided session, used by the player's form (FormData
 * strings) through its server action, and by any JSON client (numbers or strings).
 *
 * As in lib/recommendations' check-in schema, the raw shape accepts loose types and one transform
 * checks everything, so every problem is reported at once under the field at fault. Unknown keys are
 * dropped. Whether the routine exists is the database's question (sessions.server.ts), asked only
 * after this passes, and answered on the same `routineSlug` field.
 */
import { z } from "zod";
import { addDays, todayIn, tryDayNumber } from "@/lib/dates/calendar";
import { hasControlCharacters } from "@/lib/validation/text";
import type { Progression } from "./detail";
import { PAIN_RANGE, PROGRESSIONS, SESSION_DIFFICULTIES, type SessionDifficulty } from "./session-fields";

export const SESSION_MESSAGES = {
  routineSlug: 'Routine is required: the routine\'s slug, such as "desk-break"',
  routineUnknown: "Routine not found: it does not exist or is no longer offered",
  progression: "Progression must be easier, standard or harder",
  difficulty: "How hard it was is required: easy, right (about right) or hard",
  painBefore: `Pain before must be a whole number from ${PAIN_RANGE.min} to ${PAIN_RANGE.max}`,
  painAfter: `Pain after must be a whole number from ${PAIN_RANGE.min} to ${PAIN_RANGE.max}`,
  completedOnFormat: "Completed on must be a date written YYYY-MM-DD",
  completedOnRange: "Completed on must be today's date where you are (at most a day from the server's date)",
  notAnObject: "The session must be an object of fields",
} as const;
const M = SESSION_MESSAGES;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 120;
const WHOLE = /^[+]?\d{1,3}$/;

const numberLike = (message: string) => z.union([z.number(), z.string()], { error: message }).nullish();
const text = (message: string) => z.string({ error: message }).nullish();

const rawSessionSchema = z.object(
  {
    routineSlug: text(M.routineSlug),
    progression: text(M.progression),
    difficulty: text(M.difficulty),
    painBefore: numberLike(M.painBefore),
    painAfter: numberLike(M.painAfter),
    completedOn: text(M.completedOnFormat),
  },
  { error: M.notAnObject },
);
type RawSession = z.output<typeof rawSessionSchema>;

export type SessionInput = {
  routineSlug: string;
  progression: Progression;
  difficulty: SessionDifficulty;
  painBefore: number;
  painAfter: number;
  /** "YYYY-MM-DD": the person's calendar day. */
  completedOn: string;
};

/**
 * Days either side of the server's UTC date a person's "today" can be: zones run from UTC−12 to
 * UTC+14, so every real local date is within one day of it.
 */
export const COMPLETED_ON_SLACK_DAYS = 1;

const FIELD_NAMES: Record<keyof RawSession, string> = {
  routineSlug: "Routine",
  progression: "Progression",
  difficulty: "How hard it was",
  painBefore: "Pain before",
  painAfter: "Pain after",
  completedOn: "Completed on",
};

export const sessionInputSchema = rawSessionSchema.transform((raw, ctx): SessionInput => {
  let failed = false;
  const fail = (field: keyof RawSession, message: string): undefined => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path: [field], input: raw[field] });
    return undefined;
  };
  // Control characters (NUL included) are refused first, with a message that says so; such a field
  // is then not read any further, so nothing downstream ever sees one.
  const tainted = new Set<keyof RawSession>();
  for (const field of Object.keys(FIELD_NAMES) as (keyof RawSession)[]) {
    const value = raw[field];
    if (typeof value === "string" && hasControlCharacters(value)) {
      tainted.add(field);
      fail(field, `${FIELD_NAMES[field]} must not contain control characters`);
    }
  }
  /** The trimmed text of a clean field; undefined when blank or tainted. */
  const textOf = (field: keyof RawSession): string | undefined => {
    const value = raw[field];
    if (tainted.has(field) || value === null || value === undefined) return undefined;
    return String(value).trim() || undefined;
  };
  const oneOf = <T extends string>(field: keyof RawSession, options: readonly T[], fallback?: T): T | undefined => {
    if (tainted.has(field)) return undefined;
    const value = textOf(field) ?? fallback;
    return (options as readonly string[]).includes(value ?? "")
      ? (value as T)
      : fail(field, M[field as "progression" | "difficulty"]);
  };
  const pain = (field: "painBefore" | "painAfter"): number | undefined => {
    if (tainted.has(field)) return undefined;
    const value = raw[field];
    const n = typeof value === "number" ? value : WHOLE.test(textOf(field) ?? "") ? Number(textOf(field)) : NaN;
    return Number.isInteger(n) && n >= PAIN_RANGE.min && n <= PAIN_RANGE.max ? n : fail(field, M[field]);
  };

  let routineSlug = textOf("routineSlug");
  if (
    !tainted.has("routineSlug") &&
    (routineSlug === undefined || routineSlug.length > SLUG_MAX || !SLUG.test(routineSlug))
  ) {
    routineSlug = fail("routineSlug", M.routineSlug);
  }
  const progression = oneOf("progression", PROGRESSIONS, "standard");
  const difficulty = oneOf("difficulty", SESSION_DIFFICULTIES);
  const painBefore = pain("painBefore");
  const painAfter = pain("painAfter");
  const completedOn = tainted.has("completedOn") ? undefined : checkCompletedOn(textOf("completedOn"), fail);

  if (
    failed ||
    !routineSlug ||
    !progression ||
    !difficulty ||
    painBefore === undefined ||
    painAfter === undefined ||
    !completedOn
  ) {
    return z.NEVER;
  }
  return { routineSlug, progression, difficulty, painBefore, painAfter, completedOn };
});

/** The person's day: blank means the server's (UTC) today; otherwise a real date within a day of it. */
function checkCompletedOn(
  text: string | undefined,
  fail: (field: "completedOn", message: string) => undefined,
): string | undefined {
  const today = todayIn("UTC");
  if (text === undefined) return today;
  if (tryDayNumber(text) === null) return fail("completedOn", M.completedOnFormat);
  const earliest = addDays(today, -COMPLETED_ON_SLACK_DAYS);
  const latest = addDays(today, COMPLETED_ON_SLACK_DAYS);
  return text >= earliest && text <= latest ? text : fail("completedOn", M.completedOnRange);
}

/** What a form or client sends (before validation). */
export type SessionRaw = z.input<typeof sessionInputSchema>;

/** First message per field, ready to show inline. */
export { zodFieldErrors as sessionFieldErrors } from "@/lib/forms/form-state";
