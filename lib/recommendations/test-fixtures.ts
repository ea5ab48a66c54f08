// A small, fixed catalogue and input builders for the engine's tests. Deliberately independent of
// lib/routines/catalog, so a content edit never changes what these tests mean.
import { CONDITIONS } from "@/lib/routines/types";
import type { EngineCheckIn, EngineInput, EngineRoutine, SessionRecord } from "./types";

export const FIXTURE_CATALOGUE: readonly EngineRoutine[] = [
  {
    slug: "after-lift-unload",
    name: "After-lifting unload",
    kind: "decompression",
    intensity: "gentle",
    tags: ["after_lifting", "low_impact", "painful_day"],
    minutes: 8,
    usesInversion: false,
    contraindications: [],
  },
  {
    slug: "inversion-table",
    name: "Inversion table decompression",
    kind: "decompression",
    intensity: "moderate",
    tags: ["after_lifting"],
    minutes: 10,
    usesInversion: true,
    contraindications: [...CONDITIONS],
  },
  {
    slug: "gentle-mobility",
    name: "Gentle morning mobility",
    kind: "mobility",
    intensity: "gentle",
    tags: ["low_impact", "beginner", "painful_day", "morning"],
    minutes: 9,
    usesInversion: false,
    contraindications: [],
  },
  {
    slug: "desk-stretch",
    name: "Desk break stretch",
    kind: "stretching",
    intensity: "gentle",
    tags: ["desk", "low_impact"],
    minutes: 5,
    usesInversion: false,
    contraindications: [],
  },
  {
    slug: "core-basics",
    name: "Core basics",
    kind: "core",
    intensity: "moderate",
    tags: ["beginner"],
    minutes: 12,
    usesInversion: false,
    contraindications: [],
  },
  {
    slug: "plank-power",
    name: "Plank power",
    kind: "core",
    intensity: "hard",
    tags: ["strength"],
    minutes: 15,
    usesInversion: false,
    contraindications: ["hernia", "pregnancy"],
  },
  {
    slug: "strength-builder",
    name: "Back strength builder",
    kind: "strength",
    intensity: "hard",
    tags: ["strength"],
    minutes: 20,
    usesInversion: false,
    contraindications: [],
  },
];

export const INVERSION_SLUGS = FIXTURE_CATALOGUE.filter((r) => r.usesInversion).map((r) => r.slug);

/** A healthy 35-year-old with a BMI of 24, mild pain and nothing ticked; override what a test needs. */
export function input(
  overrides: Partial<Omit<EngineInput, "checkIn">> & { checkIn?: Partial<EngineCheckIn> } = {},
): EngineInput {
  const { checkIn, ...rest } = overrides;
  return {
    age: 35,
    bmi: 24,
    history: [],
    catalogue: FIXTURE_CATALOGUE,
    today: "2026-11-22",
    ...rest,
    checkIn: { painNow: 2, redFlags: [], conditions: [], ...checkIn },
  };
}

export function session(overrides: Partial<SessionRecord> & Pick<SessionRecord, "routineSlug">): SessionRecord {
  return { completedOn: "2026-11-15", difficulty: "right", painBefore: 3, painAfter: 3, ...overrides };
}
