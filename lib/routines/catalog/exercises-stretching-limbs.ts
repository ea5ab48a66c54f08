// Stretches for the muscles that pull on the pelvis and so on the lower back: hamstrings, buttocks,
// thigh fronts, hip flexors and calves, plus the chest for people who sit hunched. Every one is done
// one side at a time for 20-30 s, so a tight side shows itself.
import type { ExerciseContent } from "../types";
import { hold, STOP_RULE, SUPINE_PREGNANCY_NOTE } from "./dose";

export const LIMB_STRETCHES: ExerciseContent[] = [
  {
    slug: "supine-hamstring-stretch",
    name: "Supine hamstring stretch with a strap",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying on your back and raising one straight leg with a strap around the foot. Tight hamstrings tug " +
      "the pelvis under, so loosening them takes strain off the lower back.",
    steps: [
      "Lie face up, knees bent and feet flat, and loop a strap or towel around one foot.",
      "Straighten that leg up towards the ceiling, holding the strap with both hands.",
      "Raise it only until you feel a stretch behind the thigh; a slight knee bend is fine.",
      "Keep your lower back and the other foot resting on the floor, and breathe.",
      "Lower the leg with the knee bent and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat", "strap or towel"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      "A pulling or tingling feeling down the leg is a nerve, not a muscle: lower the leg until it goes.",
      SUPINE_PREGNANCY_NOTE,
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "hamstring-strap",
      alt: "A person lying on their back raising one straight leg with a strap looped around the foot.",
    },
  },
  {
    slug: "piriformis-stretch",
    name: "Piriformis stretch (figure-four)",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying on your back with one ankle crossed over the other knee, drawing the legs in. Stretches the " +
      "deep buttock muscles that can press on the sciatic nerve.",
    steps: [
      "Lie face up with your knees bent and your feet flat on the floor.",
      "Cross your right ankle over your left knee, letting the right knee open out.",
      "Reach through the gap and hold behind your left thigh.",
      "Draw the left thigh towards you until you feel the stretch deep in the right buttock.",
      "Breathe, release, and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Keep your head and shoulders on the floor.", SUPINE_PREGNANCY_NOTE, STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "figure-four",
      alt: "A person lying on their back, one foot on the floor and the other ankle crossed over that knee.",
    },
  },
  {
    slug: "seated-figure-four-stretch",
    name: "Seated figure-four stretch",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "The figure-four buttock stretch done on a chair, so it fits a break at the desk without getting on the floor.",
    steps: [
      "Sit near the front of a steady chair with both feet flat.",
      "Rest your right ankle on your left knee and let the right knee drop open.",
      "Sit tall, then hinge forward from the hips with a long back until you feel the right buttock stretch.",
      "Breathe and hold without bouncing.",
      "Sit up and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["chair"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Lean from the hips, not by rounding your back.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "seated-figure-four",
      alt: "A person sitting on a chair with one ankle resting on the other knee, leaning slightly forward.",
    },
  },
  {
    slug: "side-lying-quad-stretch",
    name: "Side-lying quadriceps stretch",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying on your side and drawing the top heel towards the buttock. Stretches the front of the thigh " +
      "without lying face down.",
    steps: [
      "Lie on your side with your head on your lower arm and your knees bent a little.",
      "Bend the top knee and hold that ankle (or a strap around it) with your top hand.",
      "Draw the heel towards your buttock and let the knee move slightly behind you.",
      "Keep your hips stacked and tuck your tailbone a little so your back does not arch.",
      "Breathe, release, roll over and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Use a strap if you cannot reach your ankle comfortably.", STOP_RULE],
    easierSlug: null,
    harderSlug: "prone-quad-stretch",
    illustration: {
      key: "side-lying-quad",
      alt: "A person lying on their side holding the top ankle behind them, heel drawn towards the buttock.",
    },
  },
  {
    slug: "prone-quad-stretch",
    name: "Prone quadriceps stretch",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying face down and pulling one heel towards the buttock. A tight thigh front tips the pelvis forward " +
      "and arches the lower back; this eases it.",
    steps: [
      "Lie face down with your forehead resting on one hand.",
      "Bend one knee and take hold of that ankle, or loop a strap around it.",
      "Draw the heel gently towards your buttock, keeping both hips pressed into the floor.",
      "Squeeze the buttock of that leg a little so your lower back stays flat.",
      "Breathe, release slowly and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat", "strap or towel"],
    usesInversion: false,
    contraindications: ["pregnancy"],
    safetyNotes: ["Ease off if your knee complains; a strap lets the knee bend less.", STOP_RULE],
    easierSlug: "side-lying-quad-stretch",
    harderSlug: null,
    illustration: {
      key: "prone-quad",
      alt:
        "A person lying face down, one knee bent, reaching back with a strap around that ankle to draw the " +
        "heel towards the buttock.",
    },
  },
  {
    slug: "calf-stretch-wall",
    name: "Calf stretch at a wall",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Leaning into a wall with one leg stepped back and its heel down. Supple calves let the ankles bend so " +
      "the back does not have to make up for them in a squat.",
    steps: [
      "Stand facing a wall and put both hands on it at shoulder height.",
      "Step one foot back about a stride, toes pointing at the wall and heel on the floor.",
      "Bend the front knee and lean towards the wall until the back calf stretches.",
      "Keep the back knee straight and the heel down; breathe.",
      "Step in and change legs.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["wall"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Bend the back knee slightly to move the stretch lower, towards the Achilles.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "calf-stretch-wall",
      alt: "A person leaning with both hands on a wall, one leg stepped back straight with its heel on the floor.",
    },
  },
  {
    slug: "kneeling-hip-flexor-stretch",
    name: "Kneeling hip-flexor stretch",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "A half-kneeling lunge that opens the front of the back-leg hip. Tight hip flexors from sitting pull " +
      "on the lower spine; this is the lifter's go-to hip stretch.",
    steps: [
      "Kneel on a mat, then step your right foot forward so both knees are at about right angles.",
      "Stand your upper body tall and tuck your tailbone under a little.",
      "Ease your hips a little forward until the front of the left hip starts to stretch.",
      "Keep your back upright, not arched, and breathe slowly and deeply.",
      "Step back and switch sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat or cushion"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Pad the back knee with a folded towel or cushion.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "kneeling-hip-flexor",
      alt: "A person in a half-kneeling lunge, back knee on the floor, torso upright and hips pressed forward.",
    },
  },
  {
    slug: "doorway-chest-stretch",
    name: "Doorway chest stretch",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Forearms on a door frame and a small step through. Opens a chest that has been rounded over a " +
      "keyboard, so the upper back can sit tall.",
    steps: [
      "Stand in a doorway and rest your forearms on the frame, elbows at about shoulder height.",
      "Step one foot through the doorway.",
      "Lean your body forward gently until you feel the stretch across your chest.",
      "Keep your ribs down and your neck long; breathe.",
      "Step back to release.",
    ],
    prescription: hold(30, 2, { rest: 10 }),
    equipment: ["doorway"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Lower your elbows if you feel pinching or tingling in the shoulder or arm.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "doorway-chest",
      alt: "A person standing in a doorway, forearms on the frame, leaning forward with one foot stepped through.",
    },
  },
];
