import { describe, expect, it } from "vitest";
import {
  exerciseFormInput,
  exerciseInputSchema,
  pathFieldErrors,
  routineFormInput,
  routineInputSchema,
} from "./admin-schemas";

const exercise = {
  name: "Dead bug",
  kind: "core",
  intensity: "gentle",
  summary: "Opposite arm and leg reach while the lower back stays down.",
  steps: "Lie on your back.\r\n\r\nReach one arm back and the other leg out.\n",
  holdSeconds: "",
  reps: "8",
  sets: "2",
  perSide: "on",
  restSeconds: "",
  equipment: "mat, towel",
  safetyNotes: "",
  easierSlug: "",
  harderSlug: "",
  illustrationKey: "dead-bug",
  illustrationAlt: "A person on their back reaching opposite arm and leg",
};

function errors(schema: typeof exerciseInputSchema | typeof routineInputSchema, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : pathFieldErrors(result.error);
}

describe("exerciseInputSchema", () => {
  it("normalises the form: slug from the name, steps one per line, lists, checkboxes and the dose", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(exercise)) form.append(key, value);
    form.append("contraindications", "pregnancy");
    form.append("contraindications", "hernia");
    expect(exerciseInputSchema.parse(exerciseFormInput(form))).toEqual({
      slug: "dead-bug",
      name: "Dead bug",
      kind: "core",
      intensity: "gentle",
      summary: exercise.summary,
      steps: ["Lie on your back.", "Reach one arm back and the other leg out."],
      prescription: { holdSeconds: null, reps: 8, sets: 2, perSide: true, restSeconds: 0 },
      equipment: ["mat", "towel"],
      usesInversion: false,
      contraindications: ["pregnancy", "hernia"],
      safetyNotes: [],
      easierSlug: null,
      harderSlug: null,
      illustrationKey: "dead-bug",
      illustrationAlt: exercise.illustrationAlt,
    });
  });

  it("reports every problem on its field at once", () => {
    expect(
      errors(exerciseInputSchema, {
        ...exercise,
        name: "",
        slug: "",
        kind: "yoga",
        steps: " ",
        holdSeconds: "30",
        reps: "8",
        sets: "0",
        contraindications: ["flu"],
        illustrationKey: "nope",
        illustrationAlt: "",
      }),
    ).toEqual({
      name: "Name is required",
      slug: "Choose a slug",
      kind: "Choose a kind",
      steps: "Add at least one step",
      holdSeconds: "Give either a hold time or a number of reps, not both",
      sets: "Sets must be a whole number from 1 to 20",
      contraindications: "Unknown condition",
      illustrationKey: expect.stringMatching(/^Choose an illustration/),
      illustrationAlt: "Illustration description is required",
    });
    expect(errors(exerciseInputSchema, { ...exercise, reps: "" })).toEqual({
      holdSeconds: "Give a hold time or a number of reps",
    });
    expect(errors(exerciseInputSchema, { ...exercise, easierSlug: "dead-bug", harderSlug: "" })).toEqual({
      easierSlug: "An exercise cannot be its own variant",
    });
  });
});

describe("routineInputSchema", () => {
  const routine = {
    name: "Desk reset",
    goal: "Undo a day of sitting",
    summary: "Five gentle moves.",
    kind: "mobility",
    intensity: "gentle",
    suitableFor: "Anyone who sits a lot",
    published: "on",
  };

  it("reads numbered step rows in order, skips blank spare rows and keeps checkbox groups", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(routine)) form.append(key, value);
    form.append("tags", "desk");
    form.append("tags", "beginner");
    form.append("steps.0.exerciseSlug", "cat-cow");
    form.append("steps.0.reps", "10");
    form.append("steps.1.exerciseSlug", "");
    form.append("steps.1.reps", "");
    form.append("steps.2.exerciseSlug", "childs-pose");
    form.append("steps.2.holdSeconds", "30");
    form.append("steps.2.perSide", "on");
    form.append("steps.2.note", "  Breathe out slowly ");
    const input = routineInputSchema.parse(routineFormInput(form));
    expect(input).toMatchObject({ slug: "desk-reset", tags: ["desk", "beginner"], published: true });
    expect(input.steps).toEqual([
      {
        row: 0,
        exerciseSlug: "cat-cow",
        holdSeconds: null,
        reps: 10,
        sets: 1,
        perSide: false,
        restSeconds: 0,
        note: null,
      },
      {
        row: 2,
        exerciseSlug: "childs-pose",
        holdSeconds: 30,
        reps: null,
        sets: 1,
        perSide: true,
        restSeconds: 0,
        note: "Breathe out slowly",
      },
    ]);
  });

  it("names a step's problems after its row on the form", () => {
    expect(
      errors(routineInputSchema, {
        ...routine,
        tags: ["desk", "yoga"],
        steps: [
          { exerciseSlug: "cat-cow" },
          {},
          { exerciseSlug: "", reps: "5" },
          { exerciseSlug: "plank", reps: "x", holdSeconds: "20" },
        ],
      }),
    ).toEqual({
      tags: "Unknown tag",
      "steps.2.exerciseSlug": "Choose an exercise (or clear the row)",
      "steps.3.reps": "Reps must be a whole number from 1 to 500",
    });
    expect(errors(routineInputSchema, { ...routine, steps: [{}, {}] })).toEqual({ steps: "Add at least one step" });
  });
});
