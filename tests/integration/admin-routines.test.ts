// Admin editing of the routine catalogue on real PostgreSQL: exercises and routines created and
// edited through the shared schemas, slugs taken as field errors, minutes recomputed, in-use rows
// never deleted, and an audit entry with every change.
import { beforeAll, describe, expect, it } from "vitest";
import { createExercise, deleteExercise, updateExercise } from "@/lib/routines/admin-exercises.server";
import { createRoutine, deleteRoutine, updateRoutine } from "@/lib/routines/admin-routines.server";
import { estimateMinutes } from "@/lib/routines/types";
import { db } from "@/lib/db";
import { createTestUser } from "../support/factories";

let admin: { id: string; email: string | null };

const exercise = (overrides: Record<string, unknown> = {}) => ({
  name: "Bird dog",
  kind: "core",
  intensity: "gentle",
  summary: "Opposite arm and leg reach on all fours.",
  steps: "Kneel on all fours.\nReach one arm and the opposite leg long.",
  reps: "8",
  sets: "2",
  perSide: "on",
  restSeconds: "20",
  illustrationKey: "bird-dog",
  illustrationAlt: "A person on all fours reaching one arm and the opposite leg",
  ...overrides,
});

function ok<T extends { ok: boolean } | null>(result: T): Extract<T, { ok: true }> {
  if (!result?.ok) throw new Error(`Expected success, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

async function auditActions(targetId: string) {
  return (await db().auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" } })).map((entry) => entry.action);
}

beforeAll(async () => {
  const user = await createTestUser({ role: "ADMIN" });
  admin = { id: user.id, email: user.email };
});

describe("exercises", () => {
  it("creates and edits an exercise with variants, and audits both", async () => {
    const easy = ok(await createExercise(admin, exercise({ name: "Knee bird dog", illustrationKey: "bird-dog" })));
    const created = ok(await createExercise(admin, exercise({ easierSlug: easy.slug, contraindications: ["hernia"] })));
    expect(created.slug).toBe("bird-dog");
    const row = await db().exercise.findUniqueOrThrow({ where: { id: created.id }, include: { easier: true } });
    expect(row).toMatchObject({
      reps: 8,
      holdSeconds: null,
      sets: 2,
      perSide: true,
      restSeconds: 20,
      contraindications: ["hernia"],
    });
    expect(row.easier?.slug).toBe("knee-bird-dog");

    ok(
      await updateExercise(
        admin,
        created.id,
        exercise({ name: "Bird dog hold", slug: "bird-dog", reps: "", holdSeconds: "10", easierSlug: "" }),
      ),
    );
    expect(await db().exercise.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      name: "Bird dog hold",
      holdSeconds: 10,
      reps: null,
      easierId: null,
    });
    expect(await auditActions(created.id)).toEqual(["exercise.create", "exercise.update"]);
  });

  it("reports a taken slug, a missing variant and itself as a variant as field errors", async () => {
    const first = ok(
      await createExercise(admin, exercise({ name: "Plank", slug: "plank-basic", illustrationKey: "plank" })),
    );
    expect(await createExercise(admin, exercise({ name: "Another plank", slug: "plank-basic" }))).toEqual({
      ok: false,
      fields: { slug: "Another exercise already uses this slug" },
    });
    expect(await createExercise(admin, exercise({ name: "Lonely", harderSlug: "no-such-exercise" }))).toEqual({
      ok: false,
      fields: { harderSlug: "No exercise with the slug no-such-exercise" },
    });
    expect(
      await updateExercise(
        admin,
        first.id,
        exercise({ name: "Plank", slug: "plank-renamed", easierSlug: "plank-basic" }),
      ),
    ).toEqual({
      ok: false,
      fields: { easierSlug: "An exercise cannot be its own variant" },
    });
    expect(await updateExercise(admin, "no-such-id", exercise())).toBeNull();
  });
});

describe("routines", () => {
  let catCow: string;
  let childsPose: string;

  beforeAll(async () => {
    catCow = ok(
      await createExercise(admin, exercise({ name: "Cat cow", reps: "10", perSide: "", illustrationKey: "cat-cow" })),
    ).slug;
    childsPose = ok(
      await createExercise(
        admin,
        exercise({
          name: "Childs pose",
          reps: "",
          holdSeconds: "45",
          sets: "1",
          perSide: "",
          restSeconds: "0",
          illustrationKey: "childs-pose",
        }),
      ),
    ).slug;
  });

  const routine = (steps: Record<string, string>[], overrides: Record<string, unknown> = {}) => ({
    name: "Desk reset",
    goal: "Undo a day of sitting",
    summary: "Gentle moves.",
    kind: "mobility",
    intensity: "gentle",
    suitableFor: "Anyone who sits a lot",
    tags: ["desk"],
    published: "on",
    steps,
    ...overrides,
  });

  it("saves ordered steps, takes an exercise's own dose for an empty one, and recomputes minutes", async () => {
    const created = ok(
      await createRoutine(
        admin,
        routine([{ exerciseSlug: childsPose }, {}, { exerciseSlug: catCow, reps: "12", sets: "3", restSeconds: "30" }]),
      ),
    );
    const saved = await db().routine.findUniqueOrThrow({
      where: { id: created.id },
      include: { steps: { orderBy: { position: "asc" }, include: { exercise: true } } },
    });
    expect(
      saved.steps.map((step) => [step.position, step.exercise.slug, step.holdSeconds, step.reps, step.sets]),
    ).toEqual([
      [1, childsPose, 45, null, 1],
      [2, catCow, null, 12, 3],
    ]);
    const expected = estimateMinutes(
      saved.steps.map((step) => ({
        prescription: {
          holdSeconds: step.holdSeconds,
          reps: step.reps,
          sets: step.sets,
          perSide: step.perSide,
          restSeconds: step.restSeconds,
        },
      })),
    );
    expect(saved.minutes).toBe(expected);

    // Reordered and shortened: the minutes follow.
    ok(await updateRoutine(admin, created.id, routine([{ exerciseSlug: catCow, reps: "5" }], { published: "" })));
    const after = await db().routine.findUniqueOrThrow({ where: { id: created.id }, include: { steps: true } });
    expect(after).toMatchObject({
      published: false,
      minutes: estimateMinutes([
        { prescription: { holdSeconds: null, reps: 5, sets: 1, perSide: false, restSeconds: 0 } },
      ]),
    });
    expect(after.steps).toHaveLength(1);
    expect(await auditActions(created.id)).toEqual(["routine.create", "routine.update"]);
  });

  it("names the row of an unknown exercise and reports a taken slug", async () => {
    const first = ok(await createRoutine(admin, routine([{ exerciseSlug: catCow }], { name: "Morning flow" })));
    expect(
      await createRoutine(
        admin,
        routine([{ exerciseSlug: catCow }, {}, { exerciseSlug: "no-such-move" }], { name: "Other" }),
      ),
    ).toEqual({
      ok: false,
      fields: { "steps.2.exerciseSlug": "No exercise with the slug no-such-move" },
    });
    expect(await createRoutine(admin, routine([{ exerciseSlug: catCow }], { name: "Morning flow" }))).toEqual({
      ok: false,
      fields: { slug: "Another routine already uses this slug" },
    });
    expect(await db().routine.count({ where: { slug: "other" } })).toBe(0);
    expect(first.slug).toBe("morning-flow");
  });

  it("never deletes a routine or exercise in use, and deletes unused ones with an audit entry", async () => {
    const used = ok(await createRoutine(admin, routine([{ exerciseSlug: catCow }], { name: "Used routine" })));
    const person = await createTestUser();
    await db().routineSession.create({
      data: {
        userId: person.id,
        routineId: used.id,
        completedOn: new Date("2026-11-01T00:00:00Z"),
        difficulty: "right",
        painBefore: 3,
        painAfter: 2,
      },
    });
    expect(await deleteRoutine(admin, used.id)).toEqual({
      ok: false,
      message: expect.stringMatching(/in use \(1 guided session\).*Unpublish it instead/),
    });

    const linked = ok(await createRoutine(admin, routine([{ exerciseSlug: catCow }], { name: "Linked routine" })));
    const article = await db().article.create({ data: { slug: "links-a-routine", title: "t", body: "b" } });
    await db().articleRoutine.create({ data: { articleId: article.id, routineId: linked.id } });
    expect(await deleteRoutine(admin, linked.id)).toEqual({ ok: false, message: expect.stringMatching(/1 article/) });

    const catCowId = (await db().exercise.findUniqueOrThrow({ where: { slug: catCow } })).id;
    expect(await deleteExercise(admin, catCowId)).toEqual({
      ok: false,
      message: expect.stringMatching(/used by .*Used routine/),
    });
    expect(await db().routine.count({ where: { id: { in: [used.id, linked.id] } } })).toBe(2);

    const spare = ok(await createRoutine(admin, routine([{ exerciseSlug: catCow }], { name: "Spare routine" })));
    expect(await deleteRoutine(admin, spare.id)).toEqual({ ok: true, revalidate: ["spare-routine"] });
    const lonely = ok(await createExercise(admin, exercise({ name: "Unused move" })));
    expect(await deleteExercise(admin, lonely.id)).toEqual({ ok: true, revalidate: [] });
    expect(await auditActions(spare.id)).toEqual(["routine.create", "routine.delete"]);
    expect(await auditActions(lonely.id)).toEqual(["exercise.create", "exercise.delete"]);
  });
});
