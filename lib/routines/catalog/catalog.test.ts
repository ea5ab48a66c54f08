import { describe, expect, it } from "vitest";
import { ILLUSTRATION_KEYS } from "../illustration-keys";
import { ROUTINE_TAGS } from "../routine-tags";
import { CONDITIONS, estimateMinutes, EXERCISE_KINDS, INTENSITIES, type ExerciseContent, type Prescription } from "../types";
import { STOP_RULE } from "./dose";
import { EXERCISES, ROUTINES } from "./index";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const bySlug = new Map(EXERCISES.map((exercise) => [exercise.slug, exercise]));
const routineBySlug = new Map(ROUTINES.map((routine) => [routine.slug, routine]));

function exercise(slug: string): ExerciseContent {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`no exercise "${slug}"`);
  return found;
}

function routine(slug: string) {
  const found = routineBySlug.get(slug);
  if (!found) throw new Error(`no routine "${slug}"`);
  return found;
}

/** Every prescription in the catalogue, labelled so a failure names its owner. */
const prescriptions: [string, Prescription, ExerciseContent][] = [
  ...EXERCISES.map((e): [string, Prescription, ExerciseContent] => [e.slug, e.prescription, e]),
  ...ROUTINES.flatMap((r) =>
    r.steps.map((s, i): [string, Prescription, ExerciseContent] => [`${r.slug} step ${i + 1}`, s.prescription, exercise(s.exerciseSlug)]),
  ),
];

describe("catalogue size and identity", () => {
  it("has at least 34 exercises and 12 routines", () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(34);
    expect(ROUTINES.length).toBeGreaterThanOrEqual(12);
  });

  it("gives every exercise and routine a unique kebab-case slug", () => {
    for (const slug of [...EXERCISES.map((e) => e.slug), ...ROUTINES.map((r) => r.slug)]) expect(slug).toMatch(KEBAB);
    expect(bySlug.size).toBe(EXERCISES.length);
    expect(routineBySlug.size).toBe(ROUTINES.length);
    expect(new Set(EXERCISES.map((e) => e.name)).size).toBe(EXERCISES.length);
  });

  it("uses only known kinds, intensities and conditions, each condition once", () => {
    for (const e of EXERCISES) {
      expect(EXERCISE_KINDS, e.slug).toContain(e.kind);
      expect(INTENSITIES, e.slug).toContain(e.intensity);
      for (const condition of e.contraindications) expect(CONDITIONS, e.slug).toContain(condition);
      expect(new Set(e.contraindications).size, e.slug).toBe(e.contraindications.length);
    }
    for (const r of ROUTINES) {
      expect(EXERCISE_KINDS, r.slug).toContain(r.kind);
      expect(INTENSITIES, r.slug).toContain(r.intensity);
    }
  });

  it("fills in every text a page shows", () => {
    for (const e of EXERCISES) {
      expect(e.name.trim(), e.slug).not.toBe("");
      expect(e.summary.length, e.slug).toBeGreaterThan(40);
      expect(e.steps.length, e.slug).toBeGreaterThanOrEqual(3);
      for (const text of [...e.steps, ...e.safetyNotes, ...e.equipment]) expect(text.trim(), e.slug).not.toBe("");
    }
    for (const r of ROUTINES) {
      for (const text of [r.name, r.goal, r.summary, r.suitableFor]) expect(text.trim(), r.slug).not.toBe("");
      for (const step of r.steps) if (step.note !== null) expect(step.note.trim(), r.slug).not.toBe("");
    }
  });
});

describe("prescriptions", () => {
  it.each(prescriptions)("%s sets exactly one of holdSeconds and reps, as positive whole numbers", (_label, p) => {
    expect((p.holdSeconds === null) !== (p.reps === null)).toBe(true);
    const amount = p.holdSeconds ?? p.reps;
    expect(Number.isInteger(amount) && amount! > 0).toBe(true);
    expect(Number.isInteger(p.sets) && p.sets >= 1 && p.sets <= 5).toBe(true);
    expect(Number.isInteger(p.restSeconds) && p.restSeconds >= 0 && p.restSeconds <= 120).toBe(true);
  });

  it("holds one-sided stretches for 20-30 s a side, in defaults and in routines", () => {
    const sided = prescriptions.filter(([, p, e]) => e.kind === "stretching" && p.perSide);
    expect(sided.length).toBeGreaterThan(10);
    for (const [label, p] of sided) {
      expect(p.holdSeconds, label).not.toBeNull();
      expect(p.holdSeconds!, label).toBeGreaterThanOrEqual(20);
      expect(p.holdSeconds!, label).toBeLessThanOrEqual(30);
    }
  });

  it("holds the kneeling hip-flexor stretch 20-30 s a side, as the source says", () => {
    const p = exercise("kneeling-hip-flexor-stretch").prescription;
    expect(p.perSide).toBe(true);
    expect(p.holdSeconds).toBeGreaterThanOrEqual(20);
    expect(p.holdSeconds).toBeLessThanOrEqual(30);
  });

  it("starts planks at 30-second holds", () => {
    expect(exercise("plank").prescription.holdSeconds).toBe(30);
    expect(exercise("knee-plank").prescription.holdSeconds).toBe(30);
  });

  it("starts the inversion table at about a minute", () => {
    const p = exercise("inversion-table").prescription;
    expect(p.holdSeconds).toBe(60);
    expect(p.sets).toBe(1);
  });
});

describe("variants", () => {
  it("link to other exercises in the catalogue, and both ways", () => {
    for (const e of EXERCISES) {
      if (e.harderSlug !== null) {
        expect(e.harderSlug, e.slug).not.toBe(e.slug);
        expect(exercise(e.harderSlug).easierSlug, `${e.slug} → ${e.harderSlug}`).toBe(e.slug);
      }
      if (e.easierSlug !== null) {
        expect(e.easierSlug, e.slug).not.toBe(e.slug);
        expect(exercise(e.easierSlug).harderSlug, `${e.easierSlug} → ${e.slug}`).toBe(e.slug);
      }
    }
  });

  it("never make the harder variant gentler than the easier one", () => {
    const rank = (e: ExerciseContent) => INTENSITIES.indexOf(e.intensity);
    for (const e of EXERCISES) if (e.harderSlug) expect(rank(exercise(e.harderSlug)), e.slug).toBeGreaterThanOrEqual(rank(e));
  });

  it("chain the progressions the guidance relies on", () => {
    expect(exercise("supported-hang").harderSlug).toBe("dead-hang-neutral-grip");
    expect(exercise("sphinx-pose").harderSlug).toBe("cobra");
    expect(exercise("glute-bridge").harderSlug).toBe("single-leg-glute-bridge");
    expect(exercise("knee-plank").harderSlug).toBe("plank");
    expect(exercise("plank").harderSlug).toBe("plank-shoulder-taps");
    expect(exercise("side-plank-knees").harderSlug).toBe("side-plank");
    expect(exercise("russian-twist").harderSlug).toBe("weighted-russian-twist");
    expect(exercise("knee-to-chest").harderSlug).toBe("double-knee-to-chest");
    expect(exercise("inversion-table").harderSlug).toBe("gravity-boots");
  });
});

describe("safety", () => {
  const inversion = EXERCISES.filter((e) => e.usesInversion);

  it("marks only the inversion table and gravity boots as inversion", () => {
    expect(inversion.map((e) => e.slug).sort()).toEqual(["gravity-boots", "inversion-table"]);
    // Nothing else may need inversion equipment while claiming not to invert.
    for (const e of EXERCISES.filter((x) => !x.usesInversion)) {
      expect(e.equipment.join(" ").toLowerCase(), e.slug).not.toMatch(/inversion|gravity boot/);
    }
  });

  it("lists every tracked condition against inversion", () => {
    const required = ["high_blood_pressure", "glaucoma", "pregnancy", "heart_disease", "stroke", "osteoporosis", "hernia", "blood_thinners", "ear_infection"];
    for (const e of inversion) {
      expect([...e.contraindications].sort(), e.slug).toEqual([...CONDITIONS].sort());
      for (const condition of required) expect(e.contraindications, e.slug).toContain(condition);
    }
  });

  it("keeps gravity boots for advanced users only and asks for company on the table", () => {
    expect(exercise("gravity-boots").intensity).toBe("hard");
    expect(exercise("gravity-boots").easierSlug).toBe("inversion-table");
    expect(exercise("inversion-table").steps.join(" ")).toMatch(/20 to 30 degrees/);
    expect(exercise("inversion-table").steps.join(" ")).toMatch(/someone with you/);
  });

  it("tells everyone to stop for shooting leg pain, dizziness or numbness", () => {
    for (const e of EXERCISES) expect(e.safetyNotes, e.slug).toContain(STOP_RULE);
    expect(STOP_RULE).toMatch(/pain shoots down a leg.*dizzy.*numb/);
  });

  it("keeps face-down work from pregnancy and loaded twisting or folding from osteoporosis", () => {
    for (const slug of ["cobra", "sphinx-pose", "prone-quad-stretch", "superman", "plank"]) expect(exercise(slug).contraindications, slug).toContain("pregnancy");
    for (const slug of ["russian-twist", "weighted-russian-twist", "boat-pose", "supine-spinal-twist", "double-knee-to-chest"]) {
      expect(exercise(slug).contraindications, slug).toContain("osteoporosis");
    }
    for (const slug of ["russian-twist", "weighted-russian-twist"]) expect(exercise(slug).safetyNotes.join(" "), slug).toMatch(/disc/);
  });

  it("keeps breath-held bracing under load from high blood pressure, heart disease and pregnancy", () => {
    const squat = exercise("braced-goblet-squat");
    for (const condition of ["high_blood_pressure", "heart_disease", "pregnancy"] as const) expect(squat.contraindications).toContain(condition);
    // The unloaded drill keeps breathing, so it stays open to everyone.
    expect(exercise("bracing-drill").contraindications).toEqual([]);
  });

  it("foam-rolls the upper back, never the lower back", () => {
    const roll = exercise("thoracic-foam-roll");
    expect(roll.name.toLowerCase()).toContain("upper-back");
    expect(roll.safetyNotes.join(" ")).toMatch(/never the lower back/);
  });
});

describe("topics the product promises", () => {
  const required = [
    ...["dead-hang", "dead-hang-neutral-grip", "dead-hang-mixed-grip", "supported-hang", "inversion-table", "gravity-boots"],
    ...["cat-cow", "childs-pose", "downward-dog", "cobra", "sphinx-pose", "glute-bridge", "single-leg-glute-bridge"],
    ...["supine-spinal-twist", "knee-to-chest", "double-knee-to-chest", "supine-hamstring-stretch", "piriformis-stretch"],
    ...["prone-quad-stretch", "calf-stretch-wall", "kneeling-hip-flexor-stretch", "knee-plank", "plank", "plank-shoulder-taps"],
    ...["side-plank", "dead-bug", "bird-dog", "russian-twist", "weighted-russian-twist", "boat-pose", "superman"],
    ...["single-leg-rdl", "reverse-lunge", "split-squat", "diaphragmatic-breathing", "bracing-drill", "walking"],
    ...["hip-hinge-dowel", "thoracic-foam-roll", "standing-deep-breaths", "neck-rolls", "arm-circles", "standing-side-bends"],
    ...["marching-high-knees", "pelvic-tilt"],
  ];

  it.each(required)("has %s", (slug) => {
    expect(bySlug.has(slug)).toBe(true);
  });

  it("covers the four grips of the dead hang", () => {
    expect(exercise("dead-hang").steps.join(" ")).toMatch(/palms facing away/);
    expect(exercise("dead-hang-neutral-grip").steps.join(" ")).toMatch(/palms facing each other/);
    expect(exercise("dead-hang-mixed-grip").steps.join(" ")).toMatch(/one palm towards you and one away, or both towards you/);
    expect(exercise("supported-hang").name).toMatch(/feet on the floor/);
  });

  it("names the two boats apart", () => {
    expect(exercise("boat-pose").name).not.toBe(exercise("superman").name);
    expect(exercise("superman").name).toMatch(/prone/);
    expect(exercise("boat-pose").name).toMatch(/seated/);
  });
});

describe("illustrations", () => {
  it("use registered keys with a text alternative", () => {
    for (const e of EXERCISES) {
      expect(ILLUSTRATION_KEYS, e.slug).toContain(e.illustration.key);
      expect(e.illustration.alt.trim().length, e.slug).toBeGreaterThan(20);
    }
  });

  it("leave no drawing unused", () => {
    const used = new Set(EXERCISES.map((e) => e.illustration.key));
    expect(ILLUSTRATION_KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  it("describe a shared drawing the same way wherever it is the same pose", () => {
    const hangs = ["dead-hang", "dead-hang-neutral-grip", "dead-hang-mixed-grip"].map((slug) => exercise(slug).illustration);
    expect(new Set(hangs.map((i) => i.key))).toEqual(new Set(["hang"]));
    expect(new Set(hangs.map((i) => i.alt)).size).toBe(1);
  });
});

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
    for (const r of ROUTINES.filter((x) => x.intensity === "gentle" || x.tags.some((t) => ["beginner", "low_impact", "painful_day"].includes(t)))) {
      for (const s of r.steps) expect(exercise(s.exerciseSlug).intensity, `${r.slug}: ${s.exerciseSlug}`).not.toBe("hard");
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
    for (const slug of ["dead-bug", "bird-dog", "knee-plank", "plank", "side-plank-knees"]) expect(slugs).toContain(slug);
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
      expect(r.steps.map((s) => s.exerciseSlug), slug).toEqual(expect.arrayContaining(exercises));
    }
    expect(routine("unilateral-strength").intensity).toBe("hard");
  });

  it("avoid deep forward folds in the morning, when discs are fullest", () => {
    const slugs = routine("morning-mobility").steps.map((s) => s.exerciseSlug);
    for (const fold of ["childs-pose", "knee-to-chest", "double-knee-to-chest", "downward-dog"]) expect(slugs).not.toContain(fold);
  });
});
