// The profile form's schema, shared by the form and the server action. Values arrive as form strings
// in the person's units and leave in metric; numbers are read by lib/forms/decimal (a decimal comma
// is fine), ranges and height messages are lib/bmi/fields.ts's, as in the calculator and the log.
import { z } from "zod";
import { BMI_INPUT_LIMITS, FIELD_MESSAGES } from "@/lib/bmi/fields";
import { ftInToCm, lbToKg } from "@/lib/bmi/units";
import { isBlank, parseDecimal } from "@/lib/forms/decimal";
import { tryDayNumber } from "@/lib/dates/calendar";
import { isSingleLineText } from "@/lib/validation/text";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalNumber(label: string) {
  return z.preprocess(
    (value) => {
      const n = parseDecimal(value);
      return n === "invalid" ? Number.NaN : n; // NaN: refused below with the field's message
    },
    z
      .number({ error: `${label} must be a number` })
      .finite(`${label} must be a number`)
      .optional(),
  );
}

export const profileSchema = z
  .object({
    name: z
      .string()
      .trim()
      .max(80, "Display name must be at most 80 characters")
      .refine(isSingleLineText, "Display name can't contain control characters")
      .optional(),
    birthDate: z.preprocess(
      (value) => (isBlank(value) ? undefined : value),
      z.string().regex(DATE, "Enter your birth date as YYYY-MM-DD").optional(),
    ),
    sex: z.preprocess(
      (value) => (isBlank(value) ? undefined : value),
      z.enum(["male", "female"], { error: "Choose female or male" }).optional(),
    ),
    units: z.enum(["metric", "us"], { error: "Choose metric or US units" }).default("metric"),
    heightCm: optionalNumber("Height"),
    heightFt: optionalNumber("Height (feet)"),
    heightIn: optionalNumber("Height (inches)"),
    goalWeightKg: optionalNumber("Goal weight"),
    goalWeightLb: optionalNumber("Goal weight"),
    background: z.preprocess(
      (value) => (value === "adjusted" ? "adjusted" : "default"),
      z.enum(["default", "adjusted"]),
    ),
  })
  .transform((raw, ctx) => {
    const us = raw.units === "us";
    let heightCm: number | undefined;
    if (us && (raw.heightFt !== undefined || raw.heightIn !== undefined))
      heightCm = ftInToCm(raw.heightFt ?? 0, raw.heightIn ?? 0);
    if (!us) heightCm = raw.heightCm;
    const { min, max } = BMI_INPUT_LIMITS.heightCm;
    if (heightCm !== undefined && (heightCm < min || heightCm > max)) {
      ctx.addIssue({
        code: "custom",
        path: [us ? "heightFt" : "heightCm"],
        message: us ? FIELD_MESSAGES.heightFtIn : FIELD_MESSAGES.heightCm,
      });
    }
    const goalWeightKg = us
      ? raw.goalWeightLb === undefined
        ? undefined
        : lbToKg(raw.goalWeightLb)
      : raw.goalWeightKg;
    const w = BMI_INPUT_LIMITS.weightKg;
    if (goalWeightKg !== undefined && (goalWeightKg < w.min || goalWeightKg > w.max)) {
      ctx.addIssue({
        code: "custom",
        path: [us ? "goalWeightLb" : "goalWeightKg"],
        message: us
          ? "Goal weight must be between 5 and 1430 lb"
          : `Goal weight must be between ${w.min} and ${w.max} kg`,
      });
    }
    if (raw.birthDate !== undefined) {
      const today = new Date().toISOString().slice(0, 10);
      if (tryDayNumber(raw.birthDate) === null) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "Enter a real date as YYYY-MM-DD" });
      } else if (raw.birthDate > today) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "Birth date can't be in the future" });
      } else if (raw.birthDate < "1900-01-01") {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "Birth date must be after 1900" });
      }
    }
    return {
      name: raw.name || null,
      birthDate: raw.birthDate ?? null,
      sex: raw.sex ?? null,
      units: raw.units,
      heightCm: heightCm ?? null,
      goalWeightKg: goalWeightKg ?? null,
      background: raw.background,
    };
  });

export type ProfileUpdate = z.output<typeof profileSchema>;
