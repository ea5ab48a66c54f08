// The engine over the real seed catalogue: the rules must hold for the content we ship, and the
// catalogue must give the engine something to offer in the everyday cases. Kept free of exact slugs
// and scores so content edits do not break it; the fixture tests pin the rules themselves.
import { describe, expect, it } from "vitest";
import { EXERCISES, ROUTINES } from "@/lib/routines/catalog";
import { CONDITIONS, RED_FLAGS } from "@/lib/routines/types";
import { toEngineCatalogue } from "./catalogue";
import { recommend } from "./engine";
import type { EngineInput } from "./types";

const catalogue = toEngineCatalogue(ROUTINES, EXERCISES);

const adult = (checkIn: Partial<EngineInput["checkIn"]> = {}, extra: Partial<EngineInput> = {}): EngineInput => ({
  age: 35,
  bmi: 24,
  catalogue,
  today: "2026-11-22",
  ...extra,
  checkIn: { painNow: 2, redFlags: [], conditions: [], ...checkIn },
});

describe("the engine over lib/routines/catalog", () => {
  it("builds the engine's view of every routine (every step names a real exercise)", () => {
    expect(catalogue).toHaveLength(ROUTINES.length);
    expect(catalogue.length).toBeGreaterThan(0);
  });

  it("offers routines to a healthy adult, and decompression or after-lifting work first after lifting", () => {
    expect(recommend(adult()).routines.length).toBeGreaterThan(0);
    const top = recommend(adult({ afterLifting: true })).routines[0];
    expect(
      top &&
        (top.kind === "decompression" || catalogue.find((r) => r.slug === top.slug)?.tags.includes("after_lifting")),
    ).toBe(true);
  });

  it("still has something gentle for a 9/10 day", () => {
    const out = recommend(adult({ painNow: 9 }));
    expect(out.routines.length).toBeGreaterThan(0);
    expect(out.routines.every((r) => r.intensity === "gentle")).toBe(true);
  });

  it.each(RED_FLAGS.map((f) => [f]))("red flag %s → no routine", (flag) => {
    const out = recommend(adult({ redFlags: [flag] }));
    expect(out.routines).toEqual([]);
    expect(out.excluded).toHaveLength(catalogue.length);
  });

  it.each(CONDITIONS.map((c) => [c]))("%s → no inversion routine, each excluded with the named reason", (condition) => {
    const out = recommend(adult({ conditions: [condition] }));
    expect(out.routines.some((r) => r.usesInversion)).toBe(false);
    for (const routine of catalogue.filter((r) => r.usesInversion)) {
      expect(out.excluded.find((e) => e.slug === routine.slug)?.reasons[0]).toMatch(/^Inversion is not safe with /);
    }
  });

  it("age 17 and BMI 40 keep inversion out; the catalogue has inversion to keep out", () => {
    expect(catalogue.some((r) => r.usesInversion)).toBe(true);
    expect(recommend(adult({}, { age: 17 })).routines.some((r) => r.usesInversion)).toBe(false);
    expect(recommend(adult({}, { bmi: 40 })).routines.some((r) => r.usesInversion)).toBe(false);
  });

  it("is deterministic over the real catalogue in any order", () => {
    const input = adult({ painNow: 5, afterLifting: true, experience: "beginner", painWeeks: 8 }, { bmi: 31 });
    expect(recommend({ ...input, catalogue: [...catalogue].reverse() })).toEqual(recommend(input));
  });
});
