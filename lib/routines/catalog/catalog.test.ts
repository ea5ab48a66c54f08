import { describe, expect, it } from "vitest";
import { ILLUSTRATION_KEYS } from "../illustration-keys";
import { CONDITIONS, EXERCISE_KINDS, INTENSITIES, type ExerciseContent, type Prescription } from "../types";
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

/** Every prescription in the catalogue, labelled so a failure names its owner. */
const prescriptions: [string, Prescription, ExerciseContent][] = [
  ...EXERCISES.map((e): [string, Prescription, ExerciseContent] => [e.slug, e.prescription, e]),
  ...ROUTINES.flatMap((r) =>
    r.steps.map((s, i): [string, Prescription, ExerciseContent] => [
      `${r.slug} step ${i + 1}`,
      s.prescription,
      exercise(s.exerciseSlug),
    ]),
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
    for (const e of EXERCISES)
      if (e.harderSlug) expect(rank(exercise(e.harderSlug)), e.slug).toBeGreaterThanOrEqual(rank(e));
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
    const required = [
      "high_blood_pressure",
      "glaucoma",
      "pregnancy",
      "heart_disease",
      "stroke",
      "osteoporosis",
      "hernia",
      "blood_thinners",
      "ear_infection",
    ];
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
    for (const slug of ["cobra", "sphinx-pose", "prone-quad-stretch", "superman", "plank"])
      expect(exercise(slug).contraindications, slug).toContain("pregnancy");
    for (const slug of [
      "russian-twist",
      "weighted-russian-twist",
      "boat-pose",
      "supine-spinal-twist",
      "double-knee-to-chest",
    ]) {
      expect(exercise(slug).contraindications, slug).toContain("osteoporosis");
    }
    for (const slug of ["russian-twist", "weighted-russian-twist"])
      expect(exercise(slug).safetyNotes.join(" "), slug).toMatch(/disc/);
  });

  it("keeps breath-held bracing under load from high blood pressure, heart disease and pregnancy", () => {
    const squat = exercise("braced-goblet-squat");
    for (const condition of ["high_blood_pressure", "heart_disease", "pregnancy"] as const)
      expect(squat.contraindications).toContain(condition);
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
    ...[
      "dead-hang",
      "dead-hang-neutral-grip",
      "dead-hang-mixed-grip",
      "supported-hang",
      "inversion-table",
      "gravity-boots",
    ],
    ...["cat-cow", "childs-pose", "downward-dog", "cobra", "sphinx-pose", "glute-bridge", "single-leg-glute-bridge"],
    ...[
      "supine-spinal-twist",
      "knee-to-chest",
      "double-knee-to-chest",
      "supine-hamstring-stretch",
      "piriformis-stretch",
    ],
    ...[
      "prone-quad-stretch",
      "calf-stretch-wall",
      "kneeling-hip-flexor-stretch",
      "knee-plank",
      "plank",
      "plank-shoulder-taps",
    ],
    ...["side-plank", "dead-bug", "bird-dog", "russian-twist", "weighted-russian-twist", "boat-pose", "superman"],
    ...["single-leg-rdl", "reverse-lunge", "split-squat", "diaphragmatic-breathing", "bracing-drill", "walking"],
    ...[
      "hip-hinge-dowel",
      "thoracic-foam-roll",
      "standing-deep-breaths",
      "neck-rolls",
      "arm-circles",
      "standing-side-bends",
    ],
    ...["marching-high-knees", "pelvic-tilt"],
  ];

  it.each(required)("has %s", (slug) => {
    expect(bySlug.has(slug)).toBe(true);
  });

  it("covers the four grips of the dead hang", () => {
    expect(exercise("dead-hang").steps.join(" ")).toMatch(/palms facing away/);
    expect(exercise("dead-hang-neutral-grip").steps.join(" ")).toMatch(/palms facing each other/);
    expect(exercise("dead-hang-mixed-grip").steps.join(" ")).toMatch(
      /one palm towards you and one away, or both towards you/,
    );
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
    const hangs = ["dead-hang", "dead-hang-neutral-grip", "dead-hang-mixed-grip"].map(
      (slug) => exercise(slug).illustration,
    );
    expect(new Set(hangs.map((i) => i.key))).toEqual(new Set(["hang"]));
    expect(new Set(hangs.map((i) => i.alt)).size).toBe(1);
  });
});
