import { describe, expect, it } from "vitest";
import type { ExerciseContent, RoutineContent } from "@/lib/routines/types";
import { toEngineCatalogue } from "./catalogue";
import { INVERSION_BMI_REASON } from "./exclusions";
import { bmiFromCheckIn, recommendFromCheckIn } from "./from-check-in";
import { checkInSchema, type CheckInInput } from "./schema";
import { FIXTURE_CATALOGUE, session } from "./test-fixtures";

const base: CheckInInput = { age: 35, painNow: 2, afterLifting: false, redFlags: [], conditions: [] };

describe("bmiFromCheckIn", () => {
  it("no height or weight → no BMI", () => {
    expect(bmiFromCheckIn(base)).toEqual({ bmi: null, bmiGroup: null, bmiCategory: null });
  });

  it("an adult gets lib/bmi's BMI and WHO class", () => {
    const out = bmiFromCheckIn({ ...base, heightCm: 180, weightKg: 97.2 });
    expect(out.bmi).toBeCloseTo(30, 10);
    expect(out).toMatchObject({ bmiGroup: "adult", bmiCategory: "obese_class_1" });
  });

  it("a child with sex gets the CDC percentile category", () => {
    // A 10-year-old boy at BMI 25 is well above the 95th percentile (about 22.9).
    const out = bmiFromCheckIn({ ...base, age: 10, sex: "male", heightCm: 140, weightKg: 49 });
    expect(out).toMatchObject({ bmiGroup: "child", bmiCategory: "obesity" });
  });

  it("a child without sex: the number, but no category (adult lines are never used for children)", () => {
    const out = bmiFromCheckIn({ ...base, age: 15, heightCm: 160, weightKg: 80 });
    expect(out.bmi).toBeCloseTo(31.25, 10);
    expect(out).toMatchObject({ bmiGroup: "child", bmiCategory: null });
  });
});

describe("recommendFromCheckIn", () => {
  it("runs the schema's output straight through the engine", () => {
    const checkIn = checkInSchema.parse({
      age: "40",
      heightCm: "175",
      weightKg: "125",
      painNow: "2",
      redFlags: [],
      conditions: [],
    });
    const out = recommendFromCheckIn(checkIn, FIXTURE_CATALOGUE);
    // BMI 40.8: inversion excluded, and low-impact routines first.
    expect(out.excluded).toEqual([
      { slug: "inversion-table", name: "Inversion table decompression", reasons: [INVERSION_BMI_REASON] },
    ]);
    expect(out.routines[0]?.reasons[0]).toMatch(/^Because low-impact routines/);
  });

  it("a child's BMI of 31 without a category does not reorder anything", () => {
    const child = recommendFromCheckIn({ ...base, age: 19, heightCm: 160, weightKg: 80 }, FIXTURE_CATALOGUE);
    const noBmi = recommendFromCheckIn({ ...base, age: 19 }, FIXTURE_CATALOGUE);
    expect(child).toEqual(noBmi);
  });

  it("passes history and today through", () => {
    const out = recommendFromCheckIn(
      base,
      FIXTURE_CATALOGUE,
      [session({ routineSlug: "desk-stretch", completedOn: "2026-11-21" })],
      "2026-11-22",
    );
    expect(out.routines.find((r) => r.slug === "desk-stretch")?.reasons).toContain(
      "You did this yesterday, so others come first for variety",
    );
  });
});

describe("toEngineCatalogue", () => {
  const dose = { holdSeconds: 30, reps: null, sets: 2, perSide: false, restSeconds: 15 };
  const exercise = (slug: string, extra: Partial<ExerciseContent>): ExerciseContent => ({
    slug,
    name: slug,
    kind: "decompression",
    intensity: "gentle",
    summary: "",
    steps: [],
    prescription: dose,
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [],
    easierSlug: null,
    harderSlug: null,
    illustration: { key: slug, alt: slug },
    ...extra,
  });
  const routine: RoutineContent = {
    slug: "r",
    name: "R",
    goal: "",
    summary: "",
    kind: "decompression",
    intensity: "moderate",
    suitableFor: "",
    tags: ["after_lifting"],
    steps: [
      { exerciseSlug: "hang", prescription: dose, note: null },
      { exerciseSlug: "invert", prescription: dose, note: null },
    ],
  };

  it("takes inversion and contraindications as unions over the exercises, in CONDITIONS order", () => {
    const out = toEngineCatalogue(
      [routine],
      [
        exercise("hang", { contraindications: ["osteoporosis"] }),
        exercise("invert", { usesInversion: true, contraindications: ["hernia", "glaucoma"] }),
      ],
    );
    expect(out).toEqual([
      {
        slug: "r",
        name: "R",
        kind: "decompression",
        intensity: "moderate",
        tags: ["after_lifting"],
        // 2 × (2 × 30 s + 15 s rest) + 2 × 15 s to change = 180 s.
        minutes: 3,
        usesInversion: true,
        contraindications: ["glaucoma", "osteoporosis", "hernia"],
      },
    ]);
  });

  it("refuses a step that names an unknown exercise", () => {
    expect(() => toEngineCatalogue([routine], [exercise("hang", {})])).toThrow(/unknown exercise "invert"/);
  });
});
