/**
 * Builders of realistic MeasurementView rows for the dashboard's unit tests (and throwaway
 * previews). BMI, category and percentile come from the real engine, so the fixtures agree with
 * what the measurement domain stores.
 */
import { computeBmi } from "@/lib/bmi/compute";
import type { Background, Sex } from "@/lib/bmi/types";
import type { MeasurementView } from "@/lib/measurements/types";
import type { Profile } from "@/lib/profile/types";
import { addDays, ageInMonths } from "@/lib/dates/calendar";

export type EntryOptions = {
  id?: string;
  heightCm?: number;
  waistCm?: number | null;
  birthDate?: string | null;
  sex?: Sex;
  background?: Background;
};

let counter = 0;

export function makeEntry(measuredOn: string, weightKg: number, options: EntryOptions = {}): MeasurementView {
  const heightCm = options.heightCm ?? 178;
  const birthDate = options.birthDate === undefined ? "1990-05-15" : options.birthDate;
  // Days / 30.4375, as lib/measurements/derive.ts computes agemos.
  const ageMonths = birthDate === null ? null : ageInMonths(birthDate, measuredOn);
  const result = computeBmi({
    heightCm,
    weightKg,
    ageMonths: ageMonths ?? 360,
    sex: options.sex ?? "male",
    background: options.background ?? "default",
  });
  counter += 1;
  return {
    id: options.id ?? `m${counter}`,
    measuredOn,
    weightKg,
    heightCm,
    waistCm: options.waistCm ?? null,
    bmi: result.bmi,
    category: result.category,
    categoryLabel: result.categoryLabel,
    group: result.group,
    percentile: result.group === "child" ? result.percentile : null,
    ageMonths,
    createdAt: `${measuredOn}T08:00:00.000Z`,
  };
}

/** Entries every `everyDays` days from `start`, with weights from `weightAt(index)`. */
export function makeSeries(
  start: string,
  count: number,
  everyDays: number,
  weightAt: (index: number) => number,
  options: EntryOptions = {},
): MeasurementView[] {
  return Array.from({ length: count }, (_, i) =>
    makeEntry(addDays(start, i * everyDays), weightAt(i), { ...options, id: `m${i + 1}` }),
  );
}

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    name: "Sam",
    email: "sam@example.com",
    birthDate: "1990-05-15",
    sex: "male",
    heightCm: 178,
    units: "metric",
    background: "default",
    goalWeightKg: null,
    ...overrides,
  };
}
