/**
 * The one check-in schema, shared by the signed-in check-in form (FormData strings, "" meaning
 * "not filled in", checkboxes as repeated keys: see checkInFromFormData) and the public JSON API
 * (numbers, booleans, arrays). One schema so the two can never disagree about what is valid.
 *
 * Like lib/bmi's schema, the raw shape accepts loose types and a single transform checks
 * everything, so every problem is reported at once on the path of the field at fault, with a
 * message that names the field in plain words. Unknown top-level keys are dropped (a CSRF token,
 * "__proto__", "constructor"): only the listed fields are ever read.
 */
import { z } from "zod";
import type { Sex } from "@/lib/bmi/types";
import { isBlank, parseDecimal } from "@/lib/forms/decimal";
import {
  CONDITIONS,
  EXPERIENCE_LEVELS,
  RED_FLAGS,
  type Condition,
  type Experience,
  type RedFlag,
} from "@/lib/routines/types";

/** Plausible ranges; height, weight and age match lib/bmi's so a check-in can always compute a BMI. */
export const CHECK_IN_LIMITS = {
  age: { min: 2, max: 120 },
  heightCm: { min: 50, max: 272 },
  weightKg: { min: 2, max: 650 },
  painNow: { min: 0, max: 10 },
  /** Ten years: anything longer is a typing mistake, not a duration. */
  painWeeks: { min: 0, max: 520 },
} as const;
const L = CHECK_IN_LIMITS;

export const CHECK_IN_MESSAGES = {
  age: `Age must be a number from ${L.age.min} to ${L.age.max} years`,
  ageRequired: "Age is required",
  heightCm: `Height must be a number from ${L.heightCm.min} to ${L.heightCm.max} cm`,
  heightRequired: "Height is needed with the weight (or leave both empty)",
  weightKg: `Weight must be a number from ${L.weightKg.min} to ${L.weightKg.max} kg`,
  weightRequired: "Weight is needed with the height (or leave both empty)",
  painNow: `Pain now must be a whole number from ${L.painNow.min} to ${L.painNow.max}`,
  painNowRequired: `Pain now is required: a whole number from ${L.painNow.min} to ${L.painNow.max}`,
  painWeeks: `Weeks of pain must be a number from ${L.painWeeks.min} to ${L.painWeeks.max}`,
  afterLifting: "After lifting must be yes or no",
  sex: "Sex must be male or female",
  experience: "Experience must be beginner, intermediate or advanced",
  redFlags: "Red flags must be a list of codes (an empty list when there are none)",
  redFlagsRequired: "Red flags are required: send an empty list when there are none",
  conditions: "Conditions must be a list of codes (an empty list when there are none)",
  conditionsRequired: "Conditions are required: send an empty list when there are none",
  notAnObject: "The check-in must be an object of fields",
} as const;
const M = CHECK_IN_MESSAGES;

// z.number() already refuses NaN and ±Infinity, so those land on the field's own message too.
const numberLike = (message: string) => z.union([z.number(), z.string()], { error: message }).nullish();
const codeList = (message: string) => z.union([z.string(), z.array(z.unknown())], { error: message }).nullish();
const text = (message: string) => z.string({ error: message }).nullish();

const rawCheckInSchema = z.object(
  {
    age: numberLike(M.age),
    sex: text(M.sex),
    heightCm: numberLike(M.heightCm),
    weightKg: numberLike(M.weightKg),
    painNow: numberLike(M.painNow),
    painWeeks: numberLike(M.painWeeks),
    afterLifting: z.union([z.boolean(), z.string()], { error: M.afterLifting }).nullish(),
    redFlags: codeList(M.redFlags),
    conditions: codeList(M.conditions),
    experience: text(M.experience),
  },
  { error: M.notAnObject },
);
type RawCheckIn = z.output<typeof rawCheckInSchema>;

/** The validated check-in. Optional fields are left out (never undefined-valued) when not given. */
export type CheckInInput = {
  age: number;
  sex?: Sex;
  heightCm?: number;
  weightKg?: number;
  painNow: number;
  painWeeks?: number;
  afterLifting: boolean;
  /** Known codes only, each once, in the order of RED_FLAGS / CONDITIONS. */
  redFlags: RedFlag[];
  conditions: Condition[];
  experience?: Experience;
};

const TRUE_WORDS = new Set(["true", "on", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "off", "no", "0", ""]);
const SEXES = new Set<string>(["male", "female"]);
const EXPERIENCES = new Set<string>(EXPERIENCE_LEVELS);

export const checkInSchema = rawCheckInSchema.transform((raw, ctx): CheckInInput => {
  let failed = false;
  const fail = (field: keyof RawCheckIn, message: string, path: PropertyKey[] = [field]): undefined => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path, input: raw[field] });
    return undefined;
  };
  /** A finite number in range (whole when asked), undefined when blank, or an issue naming the field. */
  const num = (field: "age" | "heightCm" | "weightKg" | "painNow" | "painWeeks", whole = false): number | undefined => {
    // The app's one number reader, as in the calculator: "NaN", "Infinity", hex, "1e309" and a
    // thousands separator are refused; a decimal comma ("1,5") is a decimal point.
    const n = parseDecimal(raw[field]);
    if (n === undefined) return undefined;
    const { min, max } = L[field];
    if (typeof n === "number" && n >= min && n <= max && (!whole || Number.isInteger(n))) return n;
    return fail(field, M[field]);
  };

  const age = num("age");
  if (age === undefined && isBlank(raw.age)) fail("age", M.ageRequired);
  const painNow = num("painNow", true);
  if (painNow === undefined && isBlank(raw.painNow)) fail("painNow", M.painNowRequired);
  const painWeeks = num("painWeeks");

  // Height and weight come as a pair (they only matter together, for the BMI).
  const heightCm = num("heightCm");
  const weightKg = num("weightKg");
  if (isBlank(raw.heightCm) && !isBlank(raw.weightKg)) fail("heightCm", M.heightRequired);
  if (isBlank(raw.weightKg) && !isBlank(raw.heightCm)) fail("weightKg", M.weightRequired);

  let afterLifting = false;
  if (typeof raw.afterLifting === "boolean") afterLifting = raw.afterLifting;
  else if (typeof raw.afterLifting === "string") {
    const word = raw.afterLifting.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) afterLifting = true;
    else if (!FALSE_WORDS.has(word)) fail("afterLifting", M.afterLifting);
  }

  const sex = raw.sex?.trim() || undefined;
  if (sex !== undefined && !SEXES.has(sex)) fail("sex", M.sex);
  const experience = raw.experience?.trim() || undefined;
  if (experience !== undefined && !EXPERIENCES.has(experience)) fail("experience", M.experience);

  const redFlags = codes("redFlags", RED_FLAGS, "red flag", M.redFlagsRequired, raw, fail);
  const conditions = codes("conditions", CONDITIONS, "condition", M.conditionsRequired, raw, fail);

  if (failed || age === undefined || painNow === undefined || !redFlags || !conditions) return z.NEVER;
  return {
    age,
    ...(sex !== undefined && { sex: sex as Sex }),
    ...(heightCm !== undefined && weightKg !== undefined && { heightCm, weightKg }),
    painNow,
    ...(painWeeks !== undefined && { painWeeks }),
    afterLifting,
    redFlags,
    conditions,
    ...(experience !== undefined && { experience: experience as Experience }),
  };
});

/**
 * A list of known codes, deduplicated and put in the vocabulary's order (so the answer never depends
 * on the order boxes were ticked). A single string is a one-item list (a form with one box ticked,
 * read as a plain object); blank items are skipped. Unknown codes are named in the message.
 */
function codes<T extends string>(
  field: "redFlags" | "conditions",
  vocabulary: readonly T[],
  noun: string,
  required: string,
  raw: RawCheckIn,
  fail: (field: keyof RawCheckIn, message: string, path?: PropertyKey[]) => undefined,
): T[] | undefined {
  const value = raw[field];
  if (value === null || value === undefined) return fail(field, required);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const given = new Set<string>();
  let ok = true;
  items.forEach((item, index) => {
    if (typeof item !== "string") {
      ok = false;
      fail(field, `Each ${noun} must be a code such as "${vocabulary[0]}"`, [field, index]);
      return;
    }
    const code = item.trim();
    if (code === "") return;
    if (!(vocabulary as readonly string[]).includes(code)) {
      ok = false;
      fail(field, `Unknown ${noun} "${code.slice(0, 40)}"`, [field, index]);
      return;
    }
    given.add(code);
  });
  return ok ? vocabulary.filter((code) => given.has(code)) : undefined;
}

/** What the form or API sends (before validation). */
export type CheckInRaw = z.input<typeof checkInSchema>;

/**
 * The raw object for checkInSchema from a submitted form. Checkboxes arrive as repeated keys
 * (`redFlags=fever&redFlags=trauma`), which a plain Object.fromEntries would collapse to the last
 * one; an unticked group sends nothing at all, which here becomes an empty list. Only the
 * schema's own fields are read, so no other key (prototype names included) gets through.
 */
export function checkInFromFormData(formData: FormData): Record<string, unknown> {
  const one = (key: string) => formData.get(key);
  return {
    age: one("age"),
    sex: one("sex"),
    heightCm: one("heightCm"),
    weightKg: one("weightKg"),
    painNow: one("painNow"),
    painWeeks: one("painWeeks"),
    afterLifting: one("afterLifting"),
    redFlags: formData.getAll("redFlags"),
    conditions: formData.getAll("conditions"),
    experience: one("experience"),
  };
}

/** First message per field, for inline errors (the app's one field-error helper). */
export { zodFieldErrors as checkInFieldErrors } from "@/lib/forms/form-state";
