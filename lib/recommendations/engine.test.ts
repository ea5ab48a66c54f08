import { describe, expect, it } from "vitest";
import { CONDITIONS } from "@/lib/routines/types";
import { recommend } from "./engine";
import {
  INVERSION_AGE_REASON,
  INVERSION_BMI_REASON,
  PAIN_HIGH_REASON,
  PAIN_MODERATE_REASON,
  contraindicationReason,
  inversionConditionReason,
} from "./exclusions";
import { CONDITION_LABELS } from "./rules";
import { BASE_SCORE, FALLBACK_REASON } from "./scoring";
import { FIXTURE_CATALOGUE, INVERSION_SLUGS, input, session } from "./test-fixtures";
import type { Recommendation } from "./types";

const slugs = (out: Recommendation) => out.routines.map((r) => r.slug);
const excludedReasons = (out: Recommendation, slug: string) => out.excluded.find((e) => e.slug === slug)?.reasons;
const routine = (out: Recommendation, slug: string) => {
  const found = out.routines.find((r) => r.slug === slug);
  if (!found) throw new Error(`${slug} not offered: ${JSON.stringify(out.excluded)}`);
  return found;
};

describe("baseline", () => {
  it("offers every fixture routine when nothing rules one out", () => {
    const out = recommend(input());
    expect(out.safety.level).toBe("none");
    expect(slugs(out).sort()).toEqual(FIXTURE_CATALOGUE.map((r) => r.slug).sort());
    expect(out.excluded).toEqual([]);
  });

  it("gives every routine at least one reason, and a fallback when no rule applied", () => {
    const out = recommend(input());
    for (const r of out.routines) expect(r.reasons.length).toBeGreaterThan(0);
    expect(routine(out, "desk-stretch").reasons).toEqual([FALLBACK_REASON]);
    expect(routine(out, "desk-stretch").score).toBe(BASE_SCORE);
  });

  it("copies the routine's facts into the answer", () => {
    expect(routine(recommend(input()), "inversion-table")).toMatchObject({
      name: "Inversion table decompression",
      kind: "decompression",
      intensity: "moderate",
      usesInversion: true,
      minutes: 10,
      progression: "standard",
    });
  });
});

describe("inversion and contraindication exclusions", () => {
  it.each(CONDITIONS.map((c) => [c]))("%s alone → no inversion routine, the reason names it", (condition) => {
    const out = recommend(input({ checkIn: { conditions: [condition] } }));
    expect(out.routines.some((r) => r.usesInversion)).toBe(false);
    // The inversion reason covers the condition; it is not repeated as a contraindication.
    expect(excludedReasons(out, "inversion-table")).toEqual([inversionConditionReason(CONDITION_LABELS[condition])]);
  });

  it("names the condition in words", () => {
    const out = recommend(input({ checkIn: { conditions: ["high_blood_pressure"] } }));
    expect(excludedReasons(out, "inversion-table")).toEqual(["Inversion is not safe with high blood pressure"]);
  });

  it("excludes a non-inversion routine whose exercises are contraindicated, naming the condition", () => {
    const out = recommend(input({ checkIn: { conditions: ["pregnancy", "hernia"] } }));
    expect(excludedReasons(out, "plank-power")).toEqual([
      contraindicationReason(CONDITION_LABELS.pregnancy),
      contraindicationReason(CONDITION_LABELS.hernia),
    ]);
    expect(excludedReasons(out, "plank-power")?.[0]).toBe("One of its exercises is not safe with pregnancy");
    // Conditions the routine does not list leave it alone.
    expect(slugs(recommend(input({ checkIn: { conditions: ["glaucoma"] } })))).toContain("plank-power");
  });

  it.each([
    [17.9, false],
    [18, true],
  ])("age %s → inversion offered: %s", (age, offered) => {
    const out = recommend(input({ age }));
    expect(slugs(out).includes("inversion-table")).toBe(offered);
    if (!offered) expect(excludedReasons(out, "inversion-table")).toEqual([INVERSION_AGE_REASON]);
  });

  it.each([
    [39.9, false],
    [40, true],
  ])("BMI %s → inversion excluded: %s", (bmi, excluded) => {
    const out = recommend(input({ bmi }));
    expect(slugs(out).includes("inversion-table")).toBe(!excluded);
    if (excluded) expect(excludedReasons(out, "inversion-table")).toEqual([INVERSION_BMI_REASON]);
  });

  it("BMI 40 excludes inversion whatever the BMI group (it is a number about load, not a class)", () => {
    const out = recommend(input({ age: 19, bmi: 41, bmiGroup: "child" }));
    expect(excludedReasons(out, "inversion-table")).toEqual([INVERSION_BMI_REASON]);
  });

  it("lists every reason that applies, not just the first", () => {
    const out = recommend(input({ age: 16, bmi: 42, checkIn: { conditions: ["stroke", "glaucoma"], painNow: 8 } }));
    expect(excludedReasons(out, "inversion-table")).toEqual([
      inversionConditionReason(CONDITION_LABELS.glaucoma),
      inversionConditionReason(CONDITION_LABELS.stroke),
      INVERSION_AGE_REASON,
      INVERSION_BMI_REASON,
      PAIN_HIGH_REASON,
    ]);
  });
});

describe("pain today", () => {
  it("6/10: gentle and moderate offered, hard excluded with its reason", () => {
    const out = recommend(input({ checkIn: { painNow: 6 } }));
    expect(out.routines.every((r) => r.intensity !== "hard")).toBe(true);
    expect(out.routines.some((r) => r.intensity === "moderate")).toBe(true);
    expect(excludedReasons(out, "strength-builder")).toEqual([PAIN_MODERATE_REASON]);
  });

  it("7/10: gentle routines only, the others excluded with the issue's words", () => {
    const out = recommend(input({ checkIn: { painNow: 7 } }));
    expect(out.routines.length).toBeGreaterThan(0);
    expect(out.routines.every((r) => r.intensity === "gentle")).toBe(true);
    expect(excludedReasons(out, "core-basics")).toEqual(["Your pain is 7/10 or more: gentle routines only today"]);
  });

  it("3/10: hard routines are allowed", () => {
    expect(slugs(recommend(input({ checkIn: { painNow: 3 } })))).toContain("strength-builder");
  });

  it("high pain puts painful-day routines first", () => {
    const out = recommend(input({ checkIn: { painNow: 8 } }));
    expect(slugs(out).slice(0, 2).sort()).toEqual(["after-lift-unload", "gentle-mobility"]);
  });
});

describe("ordering", () => {
  const lowImpact = new Set(FIXTURE_CATALOGUE.filter((r) => r.tags.includes("low_impact")).map((r) => r.slug));
  const firstNonLowImpact = (out: Recommendation) => out.routines.findIndex((r) => !lowImpact.has(r.slug));
  const lastLowImpact = (out: Recommendation) => out.routines.map((r) => lowImpact.has(r.slug)).lastIndexOf(true);

  it("higher adult BMI (30+) → every low-impact routine before any other, even against bigger scores", () => {
    const out = recommend(input({ bmi: 32, checkIn: { afterLifting: true } }));
    expect(lastLowImpact(out)).toBeLessThan(firstNonLowImpact(out));
    // The inversion table scores higher (after lifting) yet still comes after the low-impact ones.
    expect(routine(out, "inversion-table").score).toBeGreaterThan(routine(out, "desk-stretch").score);
    expect(routine(out, "desk-stretch").reasons[0]).toMatch(/^Because low-impact routines/);
    expect(routine(out, "strength-builder").reasons).toContain(
      "Because hard routines put more load on the joints at a higher BMI",
    );
  });

  it("BMI 29.9 → no BMI rule: the after-lifting routines lead", () => {
    const out = recommend(input({ bmi: 29.9, checkIn: { afterLifting: true } }));
    // Both score 50 + 30 + 15: the tie goes to the slug.
    expect(slugs(out).slice(0, 2)).toEqual(["after-lift-unload", "inversion-table"]);
    expect(out.routines.flatMap((r) => r.reasons).some((reason) => reason.includes("BMI"))).toBe(false);
  });

  it("a child's BMI ranks only through its percentile category", () => {
    const noCategory = recommend(input({ age: 15, bmi: 32, bmiGroup: "child", checkIn: { afterLifting: true } }));
    expect(noCategory.routines.flatMap((r) => r.reasons).some((reason) => reason.includes("BMI"))).toBe(false);
    const obesity = recommend(
      input({ age: 15, bmi: 27, bmiGroup: "child", bmiCategory: "obesity", checkIn: { afterLifting: true } }),
    );
    expect(lastLowImpact(obesity)).toBeLessThan(firstNonLowImpact(obesity));
  });

  it("a category decides for adults too (NICE's lowered thresholds: obese class I at 28)", () => {
    const out = recommend(
      input({ bmi: 28, bmiGroup: "adult", bmiCategory: "obese_class_1", checkIn: { afterLifting: true } }),
    );
    expect(lastLowImpact(out)).toBeLessThan(firstNonLowImpact(out));
  });

  it("after lifting → after-lifting and decompression routines first, saying why", () => {
    const out = recommend(input({ checkIn: { afterLifting: true } }));
    expect(slugs(out).slice(0, 2)).toEqual(["after-lift-unload", "inversion-table"]);
    expect(routine(out, "after-lift-unload").reasons).toEqual([
      "Because you lifted today, and this routine is made for after lifting",
      "Because you lifted today, decompression comes first",
    ]);
    expect(routine(out, "after-lift-unload").score).toBe(BASE_SCORE + 45);
  });

  it("beginner → beginner and gentle routines up, hard ones down; advanced → strength up", () => {
    const beginner = recommend(input({ checkIn: { experience: "beginner" } }));
    expect(slugs(beginner).slice(-2).sort()).toEqual(["plank-power", "strength-builder"]);
    // Made for beginners (+10) and gentle (+10).
    expect(slugs(beginner)[0]).toBe("gentle-mobility");
    expect(routine(beginner, "gentle-mobility").score).toBe(BASE_SCORE + 20);
    const advanced = recommend(input({ checkIn: { experience: "advanced" } }));
    expect(slugs(advanced).slice(0, 2)).toEqual(["plank-power", "strength-builder"]);
  });

  it("done today or yesterday → slightly down, saying so; two days ago → no change", () => {
    const out = (completedOn: string) =>
      routine(recommend(input({ history: [session({ routineSlug: "desk-stretch", completedOn })] })), "desk-stretch");
    expect(out("2026-11-22")).toMatchObject({
      score: BASE_SCORE - 15,
      reasons: ["You did this today already, so others come first for variety"],
    });
    expect(out("2026-11-21")).toMatchObject({
      score: BASE_SCORE - 10,
      reasons: ["You did this yesterday, so others come first for variety"],
    });
    expect(out("2026-11-20").score).toBe(BASE_SCORE);
    // Without today the variety rule is off rather than guessed from a clock.
    const noToday = recommend({
      ...input({ history: [session({ routineSlug: "desk-stretch", completedOn: "2026-11-22" })] }),
      today: undefined,
    });
    expect(routine(noToday, "desk-stretch").score).toBe(BASE_SCORE);
  });

  it("breaks ties by slug", () => {
    const tied = recommend(input())
      .routines.filter((r) => r.score === BASE_SCORE)
      .map((r) => r.slug);
    expect(tied.length).toBeGreaterThan(2);
    expect(tied).toEqual([...tied].sort());
  });

  it("scores are the base plus the components", () => {
    const out = recommend(input({ checkIn: { painNow: 5, painWeeks: 10, experience: "beginner" } }));
    // gentle at 4–6 (+15), painful day (+10), persistent pain + gentle (+10), beginner tag (+10), gentle beginner (+10)
    expect(routine(out, "gentle-mobility").score).toBe(BASE_SCORE + 55);
    expect(routine(out, "gentle-mobility").reasons).toHaveLength(5);
  });
});

describe("determinism and input checks", () => {
  const busy = input({
    age: 52,
    bmi: 33,
    checkIn: { painNow: 5, painWeeks: 8, afterLifting: true, conditions: ["hernia"], experience: "beginner" },
    history: [
      session({ routineSlug: "core-basics", completedOn: "2026-11-21", difficulty: "easy" }),
      session({ routineSlug: "gentle-mobility", completedOn: "2026-11-20", painBefore: 2, painAfter: 5 }),
      session({ routineSlug: "core-basics", completedOn: "2026-11-19", difficulty: "easy" }),
    ],
  });

  it("same input twice → deep-equal answers", () => {
    expect(recommend(busy)).toEqual(recommend(busy));
  });

  it("catalogue and history order do not matter", () => {
    const expected = recommend(busy);
    const reversed = {
      ...busy,
      catalogue: [...busy.catalogue].reverse(),
      history: [...(busy.history ?? [])].reverse(),
    };
    expect(recommend(reversed)).toEqual(expected);
    const rotated = { ...busy, catalogue: [...busy.catalogue.slice(3), ...busy.catalogue.slice(0, 3)] };
    expect(recommend(rotated)).toEqual(expected);
  });

  it("does not change its input", () => {
    const copy = structuredClone(busy);
    recommend(busy);
    expect(busy).toEqual(copy);
  });

  it("refuses a catalogue with a duplicate slug and out-of-range numbers", () => {
    const first = FIXTURE_CATALOGUE[0]!;
    expect(() => recommend(input({ catalogue: [first, { ...first, name: "Copy" }] }))).toThrow(
      /Duplicate routine slug/,
    );
    expect(() => recommend(input({ checkIn: { painNow: 11 } }))).toThrow(RangeError);
    expect(() => recommend(input({ checkIn: { painNow: 2.5 } }))).toThrow(RangeError);
    expect(() => recommend(input({ age: Number.NaN }))).toThrow(RangeError);
    expect(() => recommend(input({ bmi: Number.POSITIVE_INFINITY }))).toThrow(RangeError);
  });

  it("has inversion routines in the fixture (so the exclusion tests mean something)", () => {
    expect(INVERSION_SLUGS).toEqual(["inversion-table"]);
  });
});
