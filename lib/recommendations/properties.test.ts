// Property tests: the safety rules must hold for every input, not just the ones we thought of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "@/lib/dates/calendar";
import type { BmiCategory } from "@/lib/bmi/types";
import { CONDITIONS, EXERCISE_KINDS, EXPERIENCE_LEVELS, INTENSITIES, RED_FLAGS } from "@/lib/routines/types";
import { ROUTINE_TAGS } from "@/lib/routines/routine-tags";
import { recommend } from "./engine";
import { EMERGENCY_FLAGS, URGENT_FLAGS } from "./rules";
import type { EngineInput, EngineRoutine } from "./types";

const CATEGORIES: BmiCategory[] = [
  "healthy_weight",
  "pre_obese",
  "obese_class_1",
  "obese_class_3",
  "overweight",
  "obesity",
  "severe_obesity",
];
const DAY_2026_11_01 = 20758;

const routineArb: fc.Arbitrary<EngineRoutine> = fc.record({
  slug: fc.stringMatching(/^[a-z]{1,3}(-[a-z]{1,3})?$/),
  name: fc.constantFrom("A", "B", "C"),
  kind: fc.constantFrom(...EXERCISE_KINDS),
  intensity: fc.constantFrom(...INTENSITIES),
  tags: fc.subarray([...ROUTINE_TAGS]),
  minutes: fc.integer({ min: 1, max: 60 }),
  usesInversion: fc.boolean(),
  contraindications: fc.subarray([...CONDITIONS]),
});

const catalogueArb = fc.uniqueArray(routineArb, { selector: (r) => r.slug, minLength: 1, maxLength: 10 });
const dayArb = fc.integer({ min: DAY_2026_11_01, max: DAY_2026_11_01 + 30 }).map(fromDayNumber);

const inputArb: fc.Arbitrary<EngineInput> = catalogueArb.chain((catalogue) =>
  fc.record(
    {
      age: fc.double({ min: 2, max: 120, noNaN: true }),
      bmi: fc.option(fc.double({ min: 10, max: 80, noNaN: true }), { nil: null }),
      bmiGroup: fc.constantFrom("adult" as const, "child" as const, null),
      bmiCategory: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      checkIn: fc.record(
        {
          painNow: fc.integer({ min: 0, max: 10 }),
          painWeeks: fc.option(fc.double({ min: 0, max: 520, noNaN: true }), { nil: undefined }),
          afterLifting: fc.boolean(),
          redFlags: fc.subarray([...RED_FLAGS]),
          conditions: fc.subarray([...CONDITIONS]),
          experience: fc.option(fc.constantFrom(...EXPERIENCE_LEVELS), { nil: undefined }),
        },
        { requiredKeys: ["painNow", "redFlags", "conditions"] },
      ),
      history: fc.array(
        fc.record({
          routineSlug: fc.constantFrom(...catalogue.map((r) => r.slug), "gone"),
          completedOn: dayArb,
          difficulty: fc.constantFrom("easy" as const, "right" as const, "hard" as const),
          painBefore: fc.integer({ min: 0, max: 10 }),
          painAfter: fc.integer({ min: 0, max: 10 }),
        }),
        { maxLength: 12 },
      ),
      catalogue: fc.constant(catalogue),
      today: fc.option(dayArb, { nil: undefined }),
    },
    { requiredKeys: ["age", "bmi", "checkIn", "catalogue"] },
  ),
);

const blocking = new Set([...EMERGENCY_FLAGS, ...URGENT_FLAGS]);

describe("safety properties", () => {
  it("an emergency or urgent flag never yields a routine, and every routine is excluded with a reason", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...RED_FLAGS), (base, flag) => {
        const input = { ...base, checkIn: { ...base.checkIn, redFlags: [...base.checkIn.redFlags, flag] } };
        const out = recommend(input);
        expect(blocking.has(flag)).toBe(true);
        expect(["emergency", "urgent"]).toContain(out.safety.level);
        expect(out.routines).toEqual([]);
        expect(out.excluded).toHaveLength(input.catalogue.length);
        for (const e of out.excluded) expect(e.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it("an inversion contraindication, age under 18 or BMI 40+ never yields an inversion routine", () => {
    // Each risk alone, on a person with no other reason to exclude inversion, and with ages and
    // BMIs crowded at the thresholds so an off-by-a-little rule is caught.
    const risky = fc.oneof(
      fc
        .constantFrom(...CONDITIONS)
        .map((c) => (i: EngineInput) => ({ ...i, checkIn: { ...i.checkIn, conditions: [c] } })),
      fc
        .oneof(fc.double({ min: 2, max: 17.999, noNaN: true }), fc.double({ min: 17.9, max: 17.99999, noNaN: true }))
        .map((age) => (i: EngineInput) => ({ ...i, age })),
      fc
        .oneof(fc.double({ min: 40, max: 90, noNaN: true }), fc.double({ min: 40, max: 40.01, noNaN: true }))
        .map((bmi) => (i: EngineInput) => ({ ...i, bmi })),
    );
    const clean = (i: EngineInput): EngineInput => ({
      ...i,
      age: Math.max(18, i.age),
      bmi: i.bmi === null ? null : Math.min(39.9, i.bmi),
      checkIn: { ...i.checkIn, redFlags: [], conditions: [] },
    });
    fc.assert(
      fc.property(inputArb, risky, fc.boolean(), (base, makeRisky, keepOthers) => {
        const out = recommend(makeRisky(keepOthers ? base : clean(base)));
        expect(out.routines.filter((r) => r.usesInversion)).toEqual([]);
        const inversionSlugs = base.catalogue.filter((r) => r.usesInversion).map((r) => r.slug);
        for (const slug of inversionSlugs) expect(out.excluded.map((e) => e.slug)).toContain(slug);
      }),
    );
  });

  it("every routine is either offered or excluded, once, with reasons; high pain offers gentle only", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const out = recommend(input);
        const all = [...out.routines.map((r) => r.slug), ...out.excluded.map((e) => e.slug)].sort();
        expect(all).toEqual(input.catalogue.map((r) => r.slug).sort());
        for (const r of [...out.routines, ...out.excluded]) expect(r.reasons.length).toBeGreaterThan(0);
        if (input.checkIn.painNow >= 7) expect(out.routines.every((r) => r.intensity === "gentle")).toBe(true);
        if (input.checkIn.painNow >= 4) expect(out.routines.every((r) => r.intensity !== "hard")).toBe(true);
        for (const r of out.routines) {
          const { contraindications } = input.catalogue.find((c) => c.slug === r.slug)!;
          expect(contraindications.some((c) => input.checkIn.conditions.includes(c))).toBe(false);
        }
      }),
    );
  });
});

describe("determinism properties", () => {
  it("the same answer for any order of the catalogue, and on a second run", () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.catalogue], { minLength: input.catalogue.length }),
          ),
        ),
        ([input, shuffled]) => {
          const expected = recommend(input);
          expect(recommend({ ...input, catalogue: shuffled })).toEqual(expected);
          expect(recommend(input)).toEqual(expected);
        },
      ),
    );
  });

  it("ranks by score (then slug) within the low-impact tier and the rest", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { routines } = recommend(input);
        for (let i = 1; i < routines.length; i++) {
          const [a, b] = [routines[i - 1]!, routines[i]!];
          const tier = (slug: string) => input.catalogue.find((r) => r.slug === slug)!.tags.includes("low_impact");
          if (tier(a.slug) !== tier(b.slug)) continue;
          expect(a.score > b.score || (a.score === b.score && a.slug < b.slug)).toBe(true);
        }
      }),
    );
  });
});
