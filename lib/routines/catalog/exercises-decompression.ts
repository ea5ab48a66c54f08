// Decompression: hanging from a bar (four grips and a feet-down version) and inversion. The idea is to
// let body weight gently draw the vertebrae apart after loading them, e.g. after squats. Inversion is
// the only thing in the catalogue that puts the head below the heart, which is why it carries every
// condition we track as a contraindication and is never a beginner's default.
import { CONDITIONS, type ExerciseContent } from "../types";
import { hold, STOP_RULE } from "./dose";

// Raised pressure in the head and eyes, a slower heart and the risk of a fall are what make inversion
// unsafe for these groups; listing every tracked condition keeps a new one from slipping through.
const INVERSION_CONTRAINDICATIONS = [...CONDITIONS];

const HANG_SAFETY = [
  "Skip hanging, or ask a physiotherapist first, if you have had a shoulder dislocation or a shoulder injury " +
    "that still bothers you.",
  "Step down onto a box or the floor at the end; never let go and drop.",
];

export const DECOMPRESSION_EXERCISES: ExerciseContent[] = [
  {
    slug: "supported-hang",
    name: "Supported hang (feet on the floor)",
    kind: "decompression",
    intensity: "gentle",
    summary:
      "A partial hang from a low bar with your feet still on the floor, so you choose how much weight your " +
      "arms take. The easiest way to feel the spine lengthen.",
    steps: [
      "Set a bar (a low bar, a Smith machine or a squat rack) at about chest height.",
      "Hold it with both hands, shoulder-width apart, and walk your feet slightly forward.",
      "Bend your knees and sink until your arms are straight and part of your weight hangs from the bar.",
      "Let your lower back and hips feel heavy while your feet keep some weight; breathe slowly.",
      "Stand back up by straightening your legs before you let go.",
    ],
    prescription: hold(30, 3, { rest: 30 }),
    equipment: ["low bar or squat rack"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [...HANG_SAFETY, STOP_RULE],
    easierSlug: null,
    harderSlug: "dead-hang-neutral-grip",
    illustration: {
      key: "supported-hang",
      alt: "A person holding a low bar with straight arms, knees bent and feet on the floor, hips sinking down.",
    },
  },
  {
    slug: "dead-hang-neutral-grip",
    name: "Dead hang, neutral grip",
    kind: "decompression",
    intensity: "moderate",
    summary:
      "A full hang with the palms facing each other on parallel handles, hands narrow. The gentlest grip for " +
      "the shoulders, so it is the first full hang to try.",
    steps: [
      "Stand on a step under a bar with parallel (neutral) handles.",
      "Take the handles with palms facing each other, about shoulder-width or narrower.",
      "Step off slowly until your arms are straight and your feet leave the floor; keep your knees soft.",
      "Let your legs and hips hang heavy and breathe slowly; do not swing.",
      "Put your feet back on the step before you let go.",
    ],
    prescription: hold(20, 3, { rest: 45 }),
    equipment: ["pull-up bar with parallel handles"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [...HANG_SAFETY, STOP_RULE],
    easierSlug: "supported-hang",
    harderSlug: "dead-hang",
    illustration: {
      key: "hang",
      alt:
        "A person hanging from an overhead bar by straight arms, body long, knees slightly bent and feet off " +
        "the floor.",
    },
  },
  {
    slug: "dead-hang",
    name: "Dead hang, overhand grip",
    kind: "decompression",
    intensity: "moderate",
    summary:
      "The classic hang from a pull-up bar, palms facing away and hands a little wider than the shoulders. " +
      "Gives the spine a gentle pull after heavy squats and deadlifts.",
    steps: [
      "Stand on a step or box under a pull-up bar.",
      "Hold the bar with your palms facing away, hands a little wider than shoulder-width.",
      "Step off slowly until your arms are straight and your feet are off the floor.",
      "Relax your legs and let your hips hang; keep a light hold on your shoulders rather than sagging into the joint.",
      "Breathe slowly and stay still; put your feet back down before your grip gives out.",
    ],
    prescription: hold(30, 3, { rest: 60 }),
    equipment: ["pull-up bar"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [...HANG_SAFETY, STOP_RULE],
    easierSlug: "dead-hang-neutral-grip",
    harderSlug: null,
    illustration: {
      key: "hang",
      alt:
        "A person hanging from an overhead bar by straight arms, body long, knees slightly bent and feet off " +
        "the floor.",
    },
  },
  {
    slug: "dead-hang-mixed-grip",
    name: "Dead hang, mixed or underhand grip",
    kind: "decompression",
    intensity: "moderate",
    summary:
      "The same hang with one palm facing you and one away (mixed), or both facing you (underhand). Changing " +
      "the grip spreads the load on the hands and forearms so you can hang longer.",
    steps: [
      "Stand on a step or box under a pull-up bar.",
      "Grip the bar shoulder-width apart: one palm towards you and one away, or both towards you.",
      "Step off slowly until your arms are straight and your feet leave the floor.",
      "Let your hips and legs hang heavy and breathe slowly.",
      "Step back down; with a mixed grip, swap which hand faces you on the next set.",
    ],
    prescription: hold(30, 2, { rest: 60 }),
    equipment: ["pull-up bar"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      ...HANG_SAFETY,
      "An underhand grip loads the elbows and biceps more; use another grip if your elbows ache.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "hang",
      alt:
        "A person hanging from an overhead bar by straight arms, body long, knees slightly bent and feet off " +
        "the floor.",
    },
  },
  {
    slug: "inversion-table",
    name: "Inversion table, gradual angles",
    kind: "decompression",
    intensity: "moderate",
    summary:
      "Lying on a table that tilts you head-down so your body weight pulls along the spine. Start at a " +
      "shallow angle for a minute and build up over weeks; it is not for everyone.",
    steps: [
      "Set the table for your height and lock your ankles in; check the locks before you tilt.",
      "Have someone with you the first few times, ideally someone who has used a table before.",
      "Tilt back slowly to a shallow angle, about 20 to 30 degrees head-down, and no further.",
      "Rest your arms by your sides, breathe normally and stay for about a minute.",
      "Come back upright slowly and sit for a moment before you stand.",
      "Add a few degrees or a few seconds a week only if every session felt fine. Do not go fully upside " +
        "down in the first weeks; most people never need to.",
    ],
    prescription: hold(60, 1, { rest: 60 }),
    equipment: ["inversion table"],
    usesInversion: true,
    contraindications: INVERSION_CONTRAINDICATIONS,
    safetyNotes: [
      "Never invert with high blood pressure, glaucoma, heart disease, a past stroke, osteoporosis, a " +
        "hernia, an ear infection, during pregnancy or while taking blood thinners.",
      "Ask your doctor first if you have any other eye, heart, bone or balance problem.",
      "Come upright at once if you feel pressure behind your eyes, a pounding head or heart, or nausea.",
      "Do not invert straight after a large meal.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: "gravity-boots",
    illustration: {
      key: "inversion-table",
      alt: "A person lying on a tilted inversion table, ankles locked at the top and head lower than the feet.",
    },
  },
  {
    slug: "gravity-boots",
    name: "Gravity boots hang (advanced)",
    kind: "decompression",
    intensity: "hard",
    summary:
      "Hanging fully upside down from a bar by boots that hook over it. Only for people already comfortable " +
      "on an inversion table at steep angles, and never alone.",
    steps: [
      "Only try this after weeks of comfortable, symptom-free inversion table sessions at steep angles.",
      "Have a spotter beside you every time and a mat under the bar.",
      "Fasten the boots tightly and check the hooks before you hang.",
      "Get into the hang the controlled way you were shown (for example from a step, with your spotter's " +
        "help), never by swinging.",
      "Hang quietly for 15 to 30 seconds, breathing normally, with your arms relaxed.",
      "Come up with your spotter's help and sit for a minute before you stand.",
    ],
    prescription: hold(20, 1, { rest: 120 }),
    equipment: ["gravity boots", "sturdy pull-up bar", "mat"],
    usesInversion: true,
    contraindications: INVERSION_CONTRAINDICATIONS,
    safetyNotes: [
      "Advanced only: never a first inversion, and never without a spotter.",
      "Never invert with high blood pressure, glaucoma, heart disease, a past stroke, osteoporosis, a " +
        "hernia, an ear infection, during pregnancy or while taking blood thinners.",
      "Come up at once if you feel pressure behind your eyes, a pounding head or heart, or nausea.",
      STOP_RULE,
    ],
    easierSlug: "inversion-table",
    harderSlug: null,
    illustration: {
      key: "gravity-boots",
      alt: "A person hanging fully upside down from a bar by boots hooked over it, arms folded across the chest.",
    },
  },
];
