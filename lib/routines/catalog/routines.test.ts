// The routines of the seed catalogue: well formed, inside the tag vocabulary, and shaped the way the
// product promises (what each named routine contains, in which order, and how hard it is).
import { describe, expect, it } from "vitest";
import { ROUTINE_TAGS } from "../routine-tags";
import { estimateMinutes, type ExerciseContent } from "../types";
import { EXERCISES, ROUTINES } from "./index";

const bySlug = new Map(EXERCISES.map((exercise) => [exercise.slug, exercise]));

function exercise(slug: string): ExerciseContent {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`no exercise "${slug}"`);
  return found;
}

function routine(slug: string) {
  const found = ROUTINES.find((r) => r.slug === slug);
  if (!found) throw new Error(`no routine "${slug}"`);
  return found;
}

describe("routines", () => {
  it.each(ROUTINES.map((r) => [r.slug, r] as const))("%s is well formed", (_slug, r) => {
    expect(r.steps.length).toBeGreaterThanOrEqual(4);
    expect(r.steps.length).toBeLessThanOrEqual(9);
    for (const step of r.steps) expect(bySlug.has(step.exerciseSlug), step.exerciseSlug).toBe(true);
    const minutes = estimateMinutes(r.steps);
    expect(minutes).toBeGreaterThanOrEqual(3);
    expect(minutes).toBeLessThanOrEqual(45);
    expect(r.tags.length).toBeGreaterThan(0);
    for (const tag of r.tags) expect(ROUTINE_TAGS).toContain(tag);
    expect(new Set(r.tags).size).toBe(r.tags.length);
  });

  it("keep inversion out of every routine but the inversion one", () => {
    for (const r of ROUTINES) {
      const inverts = r.steps.some((s) => exercise(s.exerciseSlug).usesInversion);
      expect(inverts, r.slug).toBe(r.slug === "inversion-decompression");
    }
  });

  it("keep hard exercises out of gentle, beginner, low-impact and painful-day routines", () => {
    for (const r of ROUTINES.filter(
      (x) => x.intensity === "gentle" || x.tags.some((t) => ["beginner", "low_impact", "painful_day"].includes(t)),
    )) {
      for (const s of r.steps)
        expect(exercise(s.exerciseSlug).intensity, `${r.slug}: ${s.exerciseSlug}`).not.toBe("hard");
    }
  });

  it("ease compression after lifting without inverting", () => {
    const r = routine("post-lifting-decompression");
    expect(r.tags).toContain("after_lifting");
    const slugs = r.steps.map((s) => s.exerciseSlug);
    for (const slug of ["dead-hang", "childs-pose", "knee-to-chest", "cat-cow"]) expect(slugs).toContain(slug);
  });

  it("offer an inversion session for those it is safe for, after lifting", () => {
    const r = routine("inversion-decompression");
    expect(r.tags).toContain("after_lifting");
    expect(r.steps.map((s) => s.exerciseSlug)).toContain("inversion-table");
    expect(r.suitableFor).toMatch(/glaucoma/);
  });

  it("run the three-stage programme as warm-up, then deep back muscles, then a walk", () => {
    const slugs = routine("back-strengthening-three-stages").steps.map((s) => s.exerciseSlug);
    const warmUp = ["standing-deep-breaths", "neck-rolls", "arm-circles", "standing-side-bends", "marching-high-knees"];
    const deepBack = ["glute-bridge", "bird-dog", "superman"];
    expect(slugs.slice(0, warmUp.length)).toEqual(warmUp);
    expect(slugs.slice(warmUp.length, warmUp.length + deepBack.length)).toEqual(deepBack);
    expect(slugs.at(-1)).toBe("walking");
  });

  it("build the core from the floor up, then harder", () => {
    const foundation = routine("core-foundation");
    expect(foundation.tags).toContain("beginner");
    const slugs = foundation.steps.map((s) => s.exerciseSlug);
    for (const slug of ["dead-bug", "bird-dog", "knee-plank", "plank", "side-plank-knees"])
      expect(slugs).toContain(slug);
    expect(slugs.indexOf("knee-plank")).toBeLessThan(slugs.indexOf("plank"));
    expect(routine("core-builder").intensity).toBe("hard");
  });

  it("keep the painful-day routine gentle and low impact", () => {
    const r = routine("gentle-painful-day");
    expect(r.intensity).toBe("gentle");
    expect(r.tags).toEqual(expect.arrayContaining(["painful_day", "low_impact"]));
    const slugs = r.steps.map((s) => s.exerciseSlug);
    expect(slugs).toEqual(["diaphragmatic-breathing", "pelvic-tilt", "knee-to-chest", "childs-pose", "walking"]);
    for (const slug of slugs) expect(exercise(slug).intensity, slug).toBe("gentle");
    expect(r.steps.at(-1)!.prescription.holdSeconds).toBeLessThanOrEqual(300);
  });

  it("include the named routines with their tags", () => {
    const expectations: [string, string[], string[]][] = [
      ["desk-worker-stretch", ["desk"], []],
      ["hip-mobility-for-lifters", ["mobility"], ["kneeling-hip-flexor-stretch", "piriformis-stretch"]],
      ["lifters-warm-up", ["warm_up"], ["hip-hinge-dowel", "bracing-drill", "cat-cow", "bird-dog"]],
      ["unilateral-strength", ["strength"], ["single-leg-rdl", "reverse-lunge", "split-squat"]],
      ["morning-mobility", ["morning"], []],
      ["evening-wind-down", ["evening"], []],
    ];
    for (const [slug, tags, exercises] of expectations) {
      const r = routine(slug);
      expect(r.tags, slug).toEqual(expect.arrayContaining(tags));
      expect(
        r.steps.map((s) => s.exerciseSlug),
        slug,
      ).toEqual(expect.arrayContaining(exercises));
    }
    expect(routine("unilateral-strength").intensity).toBe("hard");
  });

  it("avoid deep forward folds in the morning, when discs are fullest", () => {
    const slugs = routine("morning-mobility").steps.map((s) => s.exerciseSlug);
    for (const fold of ["childs-pose", "knee-to-chest", "double-knee-to-chest", "downward-dog"])
      expect(slugs).not.toContain(fold);
  });
});
