// The routine catalogue in PostgreSQL: the seed puts every exercise and routine in place once and
// never overwrites an admin's edit; the public reads return whole routines with their variants.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EXERCISES, ROUTINES } from "@/lib/routines/catalog";
import { getRoutineDetail, listRoutineCards, listRoutineSlugs } from "@/lib/routines/queries.server";
import { seedRoutines } from "@/lib/routines/seed.server";
import { CONDITIONS } from "@/lib/routines/types";

beforeAll(async () => {
  await seedRoutines(db());
});

describe("seedRoutines", () => {
  it("stores the whole catalogue: at least 30 exercises and 10 routines", async () => {
    expect(await db().exercise.count()).toBe(EXERCISES.length);
    expect(await db().routine.count()).toBe(ROUTINES.length);
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    expect(ROUTINES.length).toBeGreaterThanOrEqual(10);
    const steps = ROUTINES.reduce((sum, routine) => sum + routine.steps.length, 0);
    expect(await db().routineStep.count()).toBe(steps);
  });

  it("links easier and harder variants", async () => {
    const withVariants = EXERCISES.filter((exercise) => exercise.harderSlug);
    expect(withVariants.length).toBeGreaterThan(0);
    for (const exercise of withVariants) {
      const row = await db().exercise.findUniqueOrThrow({
        where: { slug: exercise.slug },
        select: { harder: { select: { slug: true } } },
      });
      expect(row.harder?.slug).toBe(exercise.harderSlug);
    }
  });

  it("is idempotent and leaves an admin's edit alone", async () => {
    const slug = ROUTINES[0]!.slug;
    await db().routine.update({ where: { slug }, data: { name: "Edited by an admin" } });
    expect(await seedRoutines(db())).toEqual({ exercisesCreated: 0, routinesCreated: 0 });
    expect((await db().routine.findUniqueOrThrow({ where: { slug } })).name).toBe("Edited by an admin");
    await db().routine.update({ where: { slug }, data: { name: ROUTINES[0]!.name } });
  });
});

describe("public reads", () => {
  it("returns a routine with its ordered steps and their exercises", async () => {
    const content = ROUTINES.find((routine) => routine.steps.length >= 3)!;
    const detail = await getRoutineDetail(content.slug);
    expect(detail?.name).toBe(content.name);
    expect(detail?.steps.map((step) => step.exercise.slug)).toEqual(content.steps.map((step) => step.exerciseSlug));
    expect(detail?.steps.map((step) => step.position)).toEqual(content.steps.map((_, index) => index + 1));
    expect(detail?.minutes).toBeGreaterThan(0);
  });

  it("marks inversion routines and carries every inversion contraindication", async () => {
    const cards = await listRoutineCards();
    const inversion = cards.filter((card) => card.usesInversion);
    expect(inversion.length).toBeGreaterThan(0);
    for (const card of inversion) expect(card.contraindications).toEqual([...CONDITIONS]);
  });

  it("filters by kind, intensity and tag", async () => {
    const gentle = await listRoutineCards({ intensity: "gentle" });
    expect(gentle.length).toBeGreaterThan(0);
    expect(gentle.every((card) => card.intensity === "gentle")).toBe(true);
    const decompression = await listRoutineCards({ kind: "decompression" });
    expect(decompression.every((card) => card.kind === "decompression")).toBe(true);
    const afterLifting = await listRoutineCards({ tag: "after_lifting" });
    expect(afterLifting.length).toBeGreaterThan(0);
    expect(afterLifting.every((card) => card.tags.includes("after_lifting"))).toBe(true);
  });

  it("hides unpublished routines and answers null for unknown or hostile slugs", async () => {
    const slug = ROUTINES[1]!.slug;
    await db().routine.update({ where: { slug }, data: { published: false } });
    try {
      expect(await getRoutineDetail(slug)).toBeNull();
      expect((await listRoutineSlugs()).map((row) => row.slug)).not.toContain(slug);
    } finally {
      await db().routine.update({ where: { slug }, data: { published: true } });
    }
    for (const hostile of ["no-such-routine", "\u0000", "../../etc/passwd", "x".repeat(500), "Robert'); DROP TABLE"]) {
      expect(await getRoutineDetail(hostile)).toBeNull();
    }
  });
});
