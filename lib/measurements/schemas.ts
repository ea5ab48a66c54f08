/**
 * The input schemas of the measurement log, shared by the HTML forms (FormData strings, ""
 * meaning "not filled in"), server actions and the JSON API (numbers or numeric strings).
 *
 * Like lib/bmi's schema, each check runs in one transform so every problem is reported at once,
 * on the path of the field the user typed into (["weightLb"], ["heightFt"], …). Boxes, ranges,
 * messages and the feet + inches / stones + pounds readers are lib/bmi/fields.ts's, so the calculator
 * and the log agree on what is plausible and say it the same way.
 *
 * What a schema cannot know (the profile's height and birth date) is checked by the domain
 * functions in mutations.ts, which report it on the same field names.
 *
 * Units: "metric" (kg, cm), "us" (lb, ft + in) or "uk" (st + lb, ft + in; weightLb is then the
 * pounds after the whole stones). Numbers are read by lib/forms/decimal (a decimal comma is fine).
 * The forms also send `weightKgBefore`, `heightCmBefore` and `waistCmBefore`, the stored values
 * they show converted and rounded: a box that comes back showing exactly that was not changed,
 * and the stored value is kept (see ./shown-values.ts).
 */
import { z } from "zod";
import {
  BMI_INPUT_LIMITS,
  ENTER_A_NUMBER,
  FIELD_MESSAGES as M,
  type Box,
  feetAndInchesToCm,
  numberLike,
  readBox,
  stonesAndPoundsToKg,
} from "@/lib/bmi/fields";
import { inToCm, lbToKg } from "@/lib/bmi/units";
import { isBlank, parseDecimal } from "@/lib/forms/decimal";
import { decodeCursor } from "./cursor";
import { DATE_MESSAGES, isIsoDate, latestAllowedDate, measuredOnProblem, todayUtc } from "./dates";
import { type MeasurementUnits, shownHeight, shownLength, shownWeight } from "./shown-values";

const L = BMI_INPUT_LIMITS;

/** The app's one number reader (also used by the CSV import through this module). */
export { isBlank, parseDecimal };

/** The range rules and messages shared with the CSV import. */
export const MEASUREMENT_RANGES = {
  weightKg: { ...L.weightKg, message: M.weightKg },
  weightLb: { ...L.weightLb, message: M.weightLb },
  heightCm: { ...L.heightCm, message: M.heightCm },
  heightTotalIn: { ...L.heightTotalIn, message: M.heightFtIn },
  waistCm: { ...L.waistCm, message: M.waistCm },
  waistIn: { ...L.waistIn, message: M.waistIn },
} as const;

/** The raw fields as they arrive; anything else (a CSRF token, an id) is dropped. */
const rawSchema = z.object({
  measuredOn: z.string({ error: DATE_MESSAGES.format }).nullish(),
  units: z.enum(["metric", "us", "uk", ""], { error: "Units must be metric, US or UK" }).nullish(),
  weightKg: numberLike,
  weightLb: numberLike,
  weightSt: numberLike,
  heightCm: numberLike,
  heightFt: numberLike,
  heightIn: numberLike,
  waistCm: numberLike,
  waistIn: numberLike,
  weightKgBefore: numberLike,
  heightCmBefore: numberLike,
  waistCmBefore: numberLike,
});
type Raw = z.output<typeof rawSchema>;
type Field = Exclude<keyof Raw, "units">;
type Fail = (field: Field | null, message: string) => undefined;
/** undefined: not sent (unchanged, in a patch); null: sent empty; a number: sent. */
type Sent = number | null | undefined;

/** Reads all quantities of one input; every problem goes to `fail`. */
function readFields(raw: Raw, fail: Fail, options: { weightRequired: boolean }) {
  const number = (field: Field): Sent => {
    const value = raw[field];
    if (value === undefined) return undefined;
    const n = parseDecimal(value);
    if (n === "invalid") return fail(field, ENTER_A_NUMBER);
    return n ?? null;
  };
  const ranged = (
    field: Field,
    range: { min: number; max: number; message: string },
    convert = (n: number) => n,
  ): Sent => {
    const n = number(field);
    if (n === undefined || n === null) return n;
    return n >= range.min && n <= range.max ? convert(n) : fail(field, range.message);
  };
  const R = MEASUREMENT_RANGES;
  const units: MeasurementUnits = raw.units || "metric";
  // US and UK both write heights in feet and inches and waists in inches.
  const imperial = units !== "metric";

  const weightField = units === "us" ? "weightLb" : units === "uk" ? "weightSt" : "weightKg";
  let weightKg =
    units === "us"
      ? ranged("weightLb", R.weightLb, lbToKg)
      : units === "uk"
        ? ukWeight(raw, fail)
        : ranged("weightKg", R.weightKg);
  // Weight can never be emptied; a new entry must have one, a patch may leave it out.
  if (weightKg === null || (options.weightRequired && raw[weightField] === undefined)) {
    weightKg = fail(weightField, "Weight is required");
  }

  let waistCm = imperial ? ranged("waistIn", R.waistIn, inToCm) : ranged("waistCm", R.waistCm);
  let heightCm = imperial ? usHeight(raw, fail) : ranged("heightCm", R.heightCm);

  // Boxes that still show what the form showed for the stored value keep that value exactly.
  const unchanged = unchangedValues(raw, units);
  if (typeof weightKg === "number" && unchanged.weightKg !== undefined) weightKg = unchanged.weightKg;
  if (typeof heightCm === "number" && unchanged.heightCm !== undefined) heightCm = unchanged.heightCm;
  if (typeof waistCm === "number" && unchanged.waistCm !== undefined) waistCm = unchanged.waistCm;

  let measuredOn: string | null | undefined;
  if (raw.measuredOn !== undefined) {
    const text = raw.measuredOn?.trim() ?? "";
    if (text === "") {
      measuredOn = null;
    } else {
      const problem = measuredOnProblem(text, latestAllowedDate());
      measuredOn = problem ? fail("measuredOn", problem) : text;
    }
  }
  return { measuredOn, weightKg, heightCm, waistCm };
}

/**
 * The stored values (`…Before`, sent by the forms) whose boxes came back exactly as the form showed
 * them in these units: those were not changed. A `…Before` outside the plausible range, or not a
 * number, is ignored, so a crafted one can only ever stand for a value within display rounding of
 * what was typed.
 */
function unchangedValues(
  raw: Raw,
  units: MeasurementUnits,
): { weightKg?: number; heightCm?: number; waistCm?: number } {
  const R = MEASUREMENT_RANGES;
  const typed = (field: Field): number | undefined => {
    const n = parseDecimal(raw[field]);
    return typeof n === "number" ? n : undefined;
  };
  const before = (field: Field, range: { min: number; max: number }): number | undefined => {
    const n = typed(field);
    return n !== undefined && n >= range.min && n <= range.max ? n : undefined;
  };
  const result: { weightKg?: number; heightCm?: number; waistCm?: number } = {};

  const weight = before("weightKgBefore", R.weightKg);
  if (weight !== undefined) {
    const shown = shownWeight(weight, units);
    const same =
      units === "metric"
        ? typed("weightKg") === shown.kg
        : units === "us"
          ? typed("weightLb") === shown.lb
          : typed("weightSt") === shown.st && (typed("weightLb") ?? 0) === shown.lb;
    if (same) result.weightKg = weight;
  }
  const height = before("heightCmBefore", R.heightCm);
  if (height !== undefined) {
    const shown = shownHeight(height, units);
    const same =
      units === "metric"
        ? typed("heightCm") === shown.cm
        : typed("heightFt") === shown.ft && (typed("heightIn") ?? 0) === shown.in;
    if (same) result.heightCm = height;
  }
  const waist = before("waistCmBefore", R.waistCm);
  if (waist !== undefined && typed(units === "metric" ? "waistCm" : "waistIn") === shownLength(waist, units))
    result.waistCm = waist;
  return result;
}

/** The box read, for the two-box quantities; "Enter a number" is reported when it is not one. */
function box(raw: Raw, field: Field, fail: Fail): Box {
  return readBox(raw[field], () => fail(field, ENTER_A_NUMBER));
}

/**
 * UK weight from whole stones + pounds after them (an empty pounds box means 0 lb). Undefined when
 * neither box was sent (or one was invalid, already reported), null when both were sent empty.
 */
function ukWeight(raw: Raw, fail: Fail): Sent {
  if (raw.weightSt === undefined && raw.weightLb === undefined) return undefined;
  if (isBlank(raw.weightSt) && isBlank(raw.weightLb)) return null;
  return stonesAndPoundsToKg(
    box(raw, "weightSt", fail),
    box(raw, "weightLb", fail),
    fail,
    "Enter the stones as well as the pounds",
  );
}

/**
 * US height from whole feet + inches (an empty inches box means 0 in). Undefined when neither box
 * was sent (or one was invalid, already reported), null when both were sent empty.
 */
function usHeight(raw: Raw, fail: Fail): Sent {
  if (raw.heightFt === undefined && raw.heightIn === undefined) return undefined;
  if (isBlank(raw.heightFt) && isBlank(raw.heightIn)) return null;
  return feetAndInchesToCm(
    box(raw, "heightFt", fail),
    box(raw, "heightIn", fail),
    fail,
    "Enter the feet as well as the inches",
  );
}

function failer(raw: Raw, ctx: z.RefinementCtx<Raw>) {
  let failed = false;
  const fail: Fail = (field, message) => {
    failed = true;
    ctx.addIssue({ code: "custom", message, path: field ? [field] : [], input: field ? raw[field] : raw });
    return undefined;
  };
  return { fail, failed: () => failed };
}

/**
 * A new entry, normalised to metric. heightCm absent: use the profile's height. `units` is what
 * the person typed in, so later errors (no height anywhere) can name their field.
 */
export type MeasurementInput = {
  measuredOn: string;
  weightKg: number;
  heightCm?: number;
  waistCm?: number | null;
  units: MeasurementUnits;
};

/** A new entry: weight is required; an empty date means today (UTC), empty height the profile's. */
export const measurementInputSchema = rawSchema.transform((raw, ctx): MeasurementInput => {
  const { fail, failed } = failer(raw, ctx);
  const fields = readFields(raw, fail, { weightRequired: true });
  if (failed() || typeof fields.weightKg !== "number") return z.NEVER;
  return {
    // Forms prefill the person's local date; this default is for API clients that send none.
    measuredOn: fields.measuredOn ?? todayUtc(),
    weightKg: fields.weightKg,
    ...(typeof fields.heightCm === "number" && { heightCm: fields.heightCm }),
    waistCm: fields.waistCm ?? null,
    units: raw.units || "metric",
  };
});

/**
 * A change to an entry. A field left out is unchanged; a field sent empty ("" or null) means what
 * an empty box means on the new-entry form: no waist, the profile's height (heightCm: null).
 * Date and weight cannot be emptied.
 */
export type MeasurementPatch = {
  measuredOn?: string;
  weightKg?: number;
  heightCm?: number | null;
  waistCm?: number | null;
  units: MeasurementUnits;
};

export const measurementPatchSchema = rawSchema.transform((raw, ctx): MeasurementPatch => {
  const { fail, failed } = failer(raw, ctx);
  const fields = readFields(raw, fail, { weightRequired: false });
  if (fields.measuredOn === null) fail("measuredOn", DATE_MESSAGES.required);
  if (failed()) return z.NEVER;
  const patch: MeasurementPatch = { units: raw.units || "metric" };
  if (typeof fields.measuredOn === "string") patch.measuredOn = fields.measuredOn;
  if (typeof fields.weightKg === "number") patch.weightKg = fields.weightKg;
  if (fields.heightCm !== undefined) patch.heightCm = fields.heightCm;
  if (fields.waistCm !== undefined) patch.waistCm = fields.waistCm;
  const changes = [patch.measuredOn, patch.weightKg, patch.heightCm, patch.waistCm];
  if (changes.every((change) => change === undefined)) {
    fail(null, "Change at least one field: measuredOn, weight, height or waist");
    return z.NEVER;
  }
  return patch;
});

export const LIST_LIMIT = { min: 1, max: 500, default: 100 } as const;

const optionalText = z.string({ error: "Enter text" }).nullish();

/** The list's query string: date range (inclusive), page size and the opaque cursor. */
export const measurementListQuerySchema = z
  .object({ from: optionalText, to: optionalText, limit: numberLike, cursor: optionalText })
  .transform((raw, ctx) => {
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: "custom", message, path: [field], input: raw });
    const date = (field: "from" | "to"): string | undefined => {
      const text = raw[field]?.trim();
      if (!text) return undefined;
      if (isIsoDate(text)) return text;
      issue(field, DATE_MESSAGES.format);
      return undefined;
    };
    const from = date("from");
    const to = date("to");
    if (from && to && from > to) issue("to", "The end date must be on or after the start date");

    let limit: number = LIST_LIMIT.default;
    const n = parseDecimal(raw.limit);
    if (n !== undefined) {
      if (n === "invalid" || !Number.isInteger(n) || n < LIST_LIMIT.min || n > LIST_LIMIT.max) {
        issue("limit", `Limit must be a whole number from ${LIST_LIMIT.min} to ${LIST_LIMIT.max}`);
      } else {
        limit = n;
      }
    }
    const cursor = raw.cursor?.trim() || undefined;
    if (cursor !== undefined && decodeCursor(cursor) === null)
      issue("cursor", "This page link is no longer valid; start from the first page");
    return { limit, ...(from && { from }), ...(to && { to }), ...(cursor && { cursor }) };
  });

export type MeasurementListQuery = z.output<typeof measurementListQuerySchema>;

/** First message per field ("form" for problems with no single field), for inline display. */
export { zodFieldErrors as fieldErrors } from "@/lib/forms/form-state";
