/**
 * The admin's input schemas for exercises and routines: one each, for the form's server action (all
 * strings; "" means empty, checkboxes "on", lists one per line or comma-separated, checkbox groups
 * as arrays) and any JSON caller. Pure. Every problem is reported on the field the admin typed into,
 * all at once; a routine step's fields are named "steps.<row>.<field>" after the row on the form.
 */
import { z } from "zod";
import { isValidSlug, slugify } from "@/lib/articles/slug";
import { ILLUSTRATION_KEYS, isIllustrationKey } from "./illustration-keys";
import { isRoutineTag } from "./routine-tags";
import {
  CONDITIONS,
  type Condition,
  EXERCISE_KINDS,
  type ExerciseKind,
  INTENSITIES,
  type Intensity,
  type Prescription,
} from "./types";

export const ROUTINE_LIMITS = {
  steps: 30,
  textLines: 20,
  line: 500,
  name: 120,
  summary: 1_000,
  seconds: 3_600,
  reps: 500,
  sets: 20,
} as const;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const KNOWN_CONDITIONS = new Set<string>(CONDITIONS);

const value = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: "Must be text" }).optional();
const list = z.union([z.string(), z.array(z.string())], { error: "Must be a list of text" }).nullish();

type Fail = (path: (string | number)[], message: string) => void;

/** Reads one raw field at a time, reporting every problem at its path. */
function reader(raw: Record<string, unknown>, fail: Fail, prefix: (string | number)[] = []) {
  const str = (field: string): string => {
    const v = raw[field];
    return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
  };
  const line = (field: string, label: string, max: number, required = true): string => {
    const text = str(field).replace(/\s+/g, " ");
    if (!text && required) fail([...prefix, field], `${label} is required`);
    else if (CONTROL.test(text)) fail([...prefix, field], `${label} must not contain control characters`);
    else if (text.length > max) fail([...prefix, field], `${label} must be at most ${max} characters`);
    return text;
  };
  const int = (field: string, label: string, min: number, max: number, fallback: number | null): number | null => {
    const text = str(field);
    if (!text) return fallback;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) {
      fail([...prefix, field], `${label} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const bool = (field: string): boolean => {
    const v = raw[field];
    return v === true || v === "on" || v === "true" || v === "1";
  };
  const oneOf = <T extends string>(field: string, label: string, options: readonly T[]): T => {
    const text = str(field);
    if ((options as readonly string[]).includes(text)) return text as T;
    fail([...prefix, field], `Choose a ${label}`);
    return options[0]!;
  };
  /** One hold time or one rep count, never both; both empty is allowed only where a default exists. */
  const dose = (allowEmpty: boolean): Pick<Prescription, "holdSeconds" | "reps"> => {
    const holdSeconds = int("holdSeconds", "Hold", 1, ROUTINE_LIMITS.seconds, null);
    const reps = int("reps", "Reps", 1, ROUTINE_LIMITS.reps, null);
    if (holdSeconds !== null && reps !== null)
      fail([...prefix, "holdSeconds"], "Give either a hold time or a number of reps, not both");
    else if (holdSeconds === null && reps === null && !allowEmpty && !str("holdSeconds") && !str("reps")) {
      fail([...prefix, "holdSeconds"], "Give a hold time or a number of reps");
    }
    return { holdSeconds, reps };
  };
  return { str, line, int, bool, oneOf, dose };
}

/** "a\nb" (a textarea, one per line), "a, b" (comma-separated) or ["a", "b"] → trimmed, non-empty. */
function items(raw: unknown, separator: RegExp): string[] {
  const parts = typeof raw === "string" ? raw.split(separator) : Array.isArray(raw) ? raw : [];
  return parts.map((part) => (typeof part === "string" ? part.trim() : "")).filter(Boolean);
}

function slugFrom(raw: Record<string, unknown>, name: string, fail: Fail): string {
  const typed = typeof raw.slug === "string" ? raw.slug.trim() : "";
  const slug = slugify(typed || name);
  if (!slug) fail(["slug"], typed ? "Slug must contain letters or numbers" : "Choose a slug");
  else if (!isValidSlug(slug)) fail(["slug"], "Slug must be lower-case letters, digits and hyphens");
  return slug;
}

function textLines(raw: unknown, field: string, label: string, fail: Fail, required: boolean): string[] {
  const lines = items(raw, /\r?\n/);
  if (required && lines.length === 0) fail([field], `Add at least one ${label}`);
  else if (lines.length > ROUTINE_LIMITS.textLines) fail([field], `At most ${ROUTINE_LIMITS.textLines} ${label}s`);
  else if (lines.some((line) => line.length > ROUTINE_LIMITS.line || CONTROL.test(line)))
    fail([field], `Each ${label} must be one line of at most ${ROUTINE_LIMITS.line} characters`);
  return lines;
}

function failer(ctx: z.RefinementCtx) {
  let failed = false;
  const fail: Fail = (path, message) => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path });
  };
  return { fail, failed: () => failed };
}

export type ExerciseInput = {
  slug: string;
  name: string;
  kind: ExerciseKind;
  intensity: Intensity;
  summary: string;
  steps: string[];
  prescription: Prescription;
  equipment: string[];
  usesInversion: boolean;
  contraindications: Condition[];
  safetyNotes: string[];
  /** Variant exercises by slug; checked to exist by the mutation. */
  easierSlug: string | null;
  harderSlug: string | null;
  illustrationKey: string;
  illustrationAlt: string;
};

export const exerciseInputSchema = z.record(z.string(), z.unknown()).transform((raw, ctx): ExerciseInput => {
  const { fail, failed } = failer(ctx);
  const r = reader(raw, fail);
  const name = r.line("name", "Name", ROUTINE_LIMITS.name);
  const slug = slugFrom(raw, name, fail);
  const kind = r.oneOf("kind", "kind", EXERCISE_KINDS);
  const intensity = r.oneOf("intensity", "intensity", INTENSITIES);
  const summary = r.line("summary", "Summary", ROUTINE_LIMITS.summary);
  const steps = textLines(raw.steps, "steps", "step", fail, true);
  const { holdSeconds, reps } = r.dose(false);
  const prescription: Prescription = {
    holdSeconds,
    reps,
    sets: r.int("sets", "Sets", 1, ROUTINE_LIMITS.sets, 1)!,
    perSide: r.bool("perSide"),
    restSeconds: r.int("restSeconds", "Rest", 0, ROUTINE_LIMITS.seconds, 0)!,
  };
  const equipment = items(raw.equipment, /,|\r?\n/);
  if (equipment.some((item) => item.length > ROUTINE_LIMITS.name))
    fail(["equipment"], `Each item must be at most ${ROUTINE_LIMITS.name} characters`);
  const contraindications = [...new Set(items(raw.contraindications, /,/))];
  if (contraindications.some((code) => !KNOWN_CONDITIONS.has(code))) fail(["contraindications"], "Unknown condition");
  const safetyNotes = textLines(raw.safetyNotes, "safetyNotes", "safety note", fail, false);
  const variant = (field: "easierSlug" | "harderSlug") => {
    const text = r.str(field);
    if (!text) return null;
    if (text === slug) fail([field], "An exercise cannot be its own variant");
    return text;
  };
  const easierSlug = variant("easierSlug");
  const harderSlug = variant("harderSlug");
  if (easierSlug && easierSlug === harderSlug) fail(["harderSlug"], "The easier and harder variants must differ");
  const illustrationKey = r.str("illustrationKey");
  if (!isIllustrationKey(illustrationKey))
    fail(["illustrationKey"], `Choose an illustration (one of ${ILLUSTRATION_KEYS.length})`);
  const illustrationAlt = r.line("illustrationAlt", "Illustration description", 300);
  if (failed()) return z.NEVER;
  return {
    slug,
    name,
    kind,
    intensity,
    summary,
    steps,
    prescription,
    equipment,
    usesInversion: r.bool("usesInversion"),
    contraindications: contraindications as Condition[],
    safetyNotes,
    easierSlug,
    harderSlug,
    illustrationKey,
    illustrationAlt,
  };
});

export type RoutineStepInput = {
  /** The row on the form (or index in a JSON list) it came from, so later errors can name it. */
  row: number;
  exerciseSlug: string;
  holdSeconds: number | null;
  reps: number | null;
  sets: number;
  perSide: boolean;
  restSeconds: number;
  note: string | null;
};

export type RoutineInput = {
  slug: string;
  name: string;
  goal: string;
  summary: string;
  kind: ExerciseKind;
  intensity: Intensity;
  suitableFor: string;
  tags: string[];
  published: boolean;
  /** In order. A step with neither hold nor reps takes its exercise's default dose. */
  steps: RoutineStepInput[];
};

const STEP_FIELDS = ["exerciseSlug", "holdSeconds", "reps", "sets", "restSeconds", "note"] as const;

export const routineInputSchema = z
  .object({ steps: z.array(z.record(z.string(), z.unknown())).optional(), tags: list })
  .catchall(value.or(z.array(z.string())))
  .transform((raw, ctx): RoutineInput => {
    const { fail, failed } = failer(ctx);
    const r = reader(raw, fail);
    const name = r.line("name", "Name", ROUTINE_LIMITS.name);
    const slug = slugFrom(raw, name, fail);
    const tags = [...new Set(items(raw.tags, /,/))];
    if (tags.some((tag) => !isRoutineTag(tag))) fail(["tags"], "Unknown tag");
    const steps: RoutineStepInput[] = [];
    (raw.steps ?? []).forEach((row, index) => {
      // A spare row left empty (the form always offers a few) is not a step.
      const blank =
        STEP_FIELDS.every((field) => typeof row[field] !== "string" || row[field].trim() === "") &&
        typeof row.exerciseSlug !== "number";
      if (blank) return;
      const s = reader(row, fail, ["steps", index]);
      const exerciseSlug = s.str("exerciseSlug");
      if (!exerciseSlug) fail(["steps", index, "exerciseSlug"], "Choose an exercise (or clear the row)");
      const note = s.line("note", "Note", ROUTINE_LIMITS.line, false);
      steps.push({
        row: index,
        exerciseSlug,
        ...s.dose(true),
        sets: s.int("sets", "Sets", 1, ROUTINE_LIMITS.sets, 1)!,
        perSide: s.bool("perSide"),
        restSeconds: s.int("restSeconds", "Rest", 0, ROUTINE_LIMITS.seconds, 0)!,
        note: note || null,
      });
    });
    if (steps.length === 0) fail(["steps"], "Add at least one step");
    else if (steps.length > ROUTINE_LIMITS.steps) fail(["steps"], `At most ${ROUTINE_LIMITS.steps} steps`);
    const result: RoutineInput = {
      slug,
      name,
      goal: r.line("goal", "Goal", ROUTINE_LIMITS.line),
      summary: r.line("summary", "Summary", ROUTINE_LIMITS.summary),
      kind: r.oneOf("kind", "kind", EXERCISE_KINDS),
      intensity: r.oneOf("intensity", "intensity", INTENSITIES),
      suitableFor: r.line("suitableFor", "Suitable for", ROUTINE_LIMITS.line),
      tags,
      published: r.bool("published"),
      steps,
    };
    return failed() ? z.NEVER : result;
  });

/** Field errors keyed by the whole path ("steps.2.reps"), so each step row shows its own. */
export function pathFieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues)
    fields[issue.path.length ? issue.path.map(String).join(".") : "form"] ??= issue.message;
  return fields;
}

/**
 * The routine form's FormData as the schema's raw input: step rows from "steps.<i>.<field>" names,
 * checkbox groups as arrays. Pure, so it is tested without a server.
 */
export function routineFormInput(formData: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const rows: Record<string, unknown>[] = [];
  for (const [key, entry] of formData.entries()) {
    if (typeof entry !== "string" || key.startsWith("$ACTION")) continue;
    const step = /^steps\.(\d{1,2})\.(\w+)$/.exec(key);
    if (step) (rows[Number(step[1])] ??= {})[step[2]!] = entry;
    else if (key === "tags") raw.tags = [...((raw.tags as string[] | undefined) ?? []), entry];
    else raw[key] = entry;
  }
  raw.steps = Array.from(rows, (row) => row ?? {});
  return raw;
}

/** The exercise form's FormData as raw input (the contraindication checkboxes as an array). */
export function exerciseFormInput(formData: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, entry] of formData.entries()) {
    if (typeof entry !== "string" || key.startsWith("$ACTION")) continue;
    if (key === "contraindications")
      raw.contraindications = [...((raw.contraindications as string[] | undefined) ?? []), entry];
    else raw[key] = entry;
  }
  return raw;
}
