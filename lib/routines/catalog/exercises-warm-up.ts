// The standing warm-up of the three-stage back programme: breathe, loosen the neck and shoulders, bend
// sideways, then march. It raises the body's temperature and blood flow so the muscles stretch rather
// than strain; every move is small and needs no equipment.
import type { ExerciseContent } from "../types";
import { hold, reps, STOP_RULE } from "./dose";

export const WARM_UP_EXERCISES: ExerciseContent[] = [
  {
    slug: "standing-deep-breaths",
    name: "Standing deep breaths",
    kind: "mobility",
    intensity: "gentle",
    summary: "A few slow, full breaths standing tall, to start and end a session calmly.",
    steps: [
      "Stand tall with your feet shoulder-width apart and your arms relaxed.",
      "Breathe in slowly through your nose, filling your belly and sides.",
      "Pause for a moment at the top without straining.",
      "Breathe out slowly through your mouth.",
    ],
    prescription: reps(4, 1, { rest: 0 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Never force the pause; if you feel light-headed, breathe normally.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "standing-breath",
      alt: "A person standing tall with hands on the waist, taking a deep breath.",
    },
  },
  {
    slug: "neck-rolls",
    name: "Neck rolls",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Slow nods, turns and half circles of the head to loosen the neck. The roll stays in front: the head " +
      "never drops back.",
    steps: [
      "Stand or sit tall with your shoulders relaxed.",
      "Nod your head slowly down and up, then turn it to look left and right.",
      "Drop your chin towards your chest and roll your head slowly from one shoulder to the other in a half circle.",
      "Roll back the other way; keep the movement smooth and never tip your head far back.",
    ],
    prescription: reps(5, 1, { perSide: true, rest: 10 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Move slowly: fast neck circles can make you dizzy.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "neck-rolls",
      alt: "A person standing with the head tilted towards one shoulder, a dashed curve showing a half circle.",
    },
  },
  {
    slug: "arm-circles",
    name: "Arm circles",
    kind: "mobility",
    intensity: "gentle",
    summary: "Swinging the arms in circles, forwards and then backwards, to warm the shoulders and upper back.",
    steps: [
      "Stand tall with your feet apart and your arms out to the sides.",
      "Draw small circles forwards, letting them grow to big, relaxed swings.",
      "After the set, circle backwards the same way.",
      "Keep your trunk still and your breathing easy.",
    ],
    prescription: reps(10, 2, { rest: 10 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Keep the circles smaller if a shoulder clicks or aches.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "arm-circles",
      alt: "A person standing with arms out to the sides, dashed circles around the hands.",
    },
  },
  {
    slug: "standing-side-bends",
    name: "Standing side bends",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Fingers laced overhead and a slow lean to each side. Lengthens the sides of the trunk; go carefully, " +
      "as a fast or deep bend can pull the back.",
    steps: [
      "Stand with your feet shoulder-width apart.",
      "Lace your fingers and reach your arms up overhead.",
      "Lean slowly to one side, reaching up and over rather than down.",
      "Come back through the middle and lean to the other side.",
      "Keep your hips still and the bend small.",
    ],
    prescription: reps(5, 1, { perSide: true, rest: 10 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Move slowly and stop well short of your limit.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "side-bend",
      alt: "A person standing with hands joined overhead, leaning the upper body to one side.",
    },
  },
  {
    slug: "marching-high-knees",
    name: "Marching in place with high knees",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Marching on the spot, bringing each knee up towards hip height, or as far as feels easy. Warms the " +
      "hips and gets the heart going without jarring the back.",
    steps: [
      "Stand tall with your arms relaxed.",
      "March on the spot, lifting each knee towards hip height.",
      "Swing your arms in time and land softly.",
      "Keep your back upright rather than leaning back to lift the knee.",
    ],
    prescription: hold(60, 1, { rest: 0 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Stand near a wall or chair if your balance is unsure.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "march",
      alt: "A person marching in place, one knee lifted to hip height and the opposite arm swinging forward.",
    },
  },
];
