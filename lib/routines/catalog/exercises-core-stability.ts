// The quiet end of core work: breathing, bracing and the slow "hold the spine still while the limbs
// move" drills. These teach the trunk to stiffen around the spine, which is what protects it under a
// bar; none of them asks the back to bend under load.
import type { ExerciseContent } from "../types";
import { hold, reps, STOP_RULE, SUPINE_PREGNANCY_NOTE } from "./dose";

export const CORE_STABILITY_EXERCISES: ExerciseContent[] = [
  {
    slug: "diaphragmatic-breathing",
    name: "360° diaphragmatic breathing",
    kind: "core",
    intensity: "gentle",
    summary:
      "Slow breaths that expand the belly, the sides and the lower back all at once. The base of every " +
      "brace, and a way to calm a sore back down.",
    steps: [
      "Lie on your back with your knees bent, or sit tall; put one hand on your belly and one on the side of " +
        "your lower ribs.",
      "Breathe in through your nose and let the breath push outwards all the way round: front, sides and " +
        "into the floor behind you.",
      "Keep your shoulders and upper chest quiet.",
      "Breathe out slowly through pursed lips and feel everything settle back in.",
      "Carry on at an easy pace, about four seconds in and six out.",
    ],
    prescription: hold(60, 2, { rest: 15 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Breathe at an easy pace; if you feel light-headed, breathe normally for a while.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "supine-breathing",
      alt: "A person lying on their back with knees bent, one hand resting on the belly and one on the ribs.",
    },
  },
  {
    slug: "bracing-drill",
    name: 'Bracing drill (the "soda can")',
    kind: "core",
    intensity: "gentle",
    summary:
      "Learning to firm up the whole trunk around a full breath, like a sealed can that will not crush, " +
      "while still breathing behind it. This is the skill that lets your breath act as a belt.",
    steps: [
      "Stand tall with your feet hip-width apart and your hands on your waist, thumbs towards your back.",
      "Take a 360° breath in so your waist widens under your hands.",
      "Tighten your trunk all the way round, as if someone were about to poke you in the belly; do not suck " +
        "in or push out.",
      "Keep that firmness while you take small, easy breaths behind it.",
      "Hold the brace for about ten seconds, then let go completely and rest.",
    ],
    prescription: hold(10, 5, { rest: 10 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      "Keep breathing throughout this drill; holding your breath hard is only for heavy lifts, and not for everyone.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: "braced-goblet-squat",
    illustration: {
      key: "standing-breath",
      alt: "A person standing tall with hands on the waist, taking a deep breath.",
    },
  },
  {
    slug: "pelvic-tilt",
    name: "Pelvic tilt",
    kind: "core",
    intensity: "gentle",
    summary:
      "Lying on your back and rocking the pelvis so the lower back flattens, then relaxes. A tiny, safe " +
      "movement that wakes up the deep abdominals on a sore day.",
    steps: [
      "Lie on your back with your knees bent, feet flat and hip-width apart.",
      "Breathe out and gently tighten your lower belly so your lower back presses into the floor.",
      "Hold for a couple of seconds without lifting your hips.",
      "Breathe in and let the back return to its natural small curve.",
      "Keep the movement small and smooth.",
    ],
    prescription: reps(10, 2, { rest: 20 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [SUPINE_PREGNANCY_NOTE, STOP_RULE],
    easierSlug: null,
    harderSlug: "glute-bridge",
    illustration: {
      key: "supine-breathing",
      alt: "A person lying on their back with knees bent and feet flat, hands resting on the belly.",
    },
  },
  {
    slug: "dead-bug",
    name: "Dead bug",
    kind: "core",
    intensity: "moderate",
    summary:
      "On your back with arms and knees up, reaching one arm and the opposite leg away while the lower back " +
      "stays still. Trains the trunk to resist arching.",
    steps: [
      "Lie on your back with your arms reaching to the ceiling and your knees bent at right angles above your hips.",
      "Breathe out and set your lower back gently against the floor.",
      "Slowly lower your right arm behind you and straighten your left leg towards the floor.",
      "Go only as far as your back stays down, then return to the start.",
      "Repeat with the left arm and right leg; that is one rep a side.",
    ],
    prescription: reps(8, 2, { perSide: true, rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      "If your back arches, shorten the reach or tap a heel to the floor with the knee still bent.",
      SUPINE_PREGNANCY_NOTE,
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "dead-bug",
      alt:
        "A person on their back, one arm reaching back overhead and the opposite leg stretched out low; the " +
        "other arm points up and the other knee is bent above the hips.",
    },
  },
  {
    slug: "bird-dog",
    name: "Bird-dog",
    kind: "core",
    intensity: "gentle",
    summary:
      "On all fours, reaching one arm forward and the opposite leg back into a straight line, then holding " +
      "still. Strengthens the deep muscles along the spine without loading it.",
    steps: [
      "Kneel on all fours, hands under shoulders and knees under hips, back flat like a table.",
      "Brace your trunk lightly.",
      "Reach your right arm forward and your left leg back until both are level with your body.",
      "Hold for three to five seconds without letting your hips tip or your back sag.",
      "Return slowly and switch sides; that is one rep a side.",
    ],
    prescription: reps(8, 2, { perSide: true, rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Slide the limbs out along the floor first if you wobble.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "bird-dog",
      alt: "A person on hands and knees reaching one arm forward and the opposite leg straight back.",
    },
  },
  {
    slug: "superman",
    name: 'Superman (prone "boat")',
    kind: "core",
    intensity: "moderate",
    summary:
      "Lying face down and lifting the arms, chest and legs a little off the floor, like a boat rocking on " +
      "its keel. Strengthens the back extensors; not the same as the seated boat pose.",
    steps: [
      "Lie face down with your arms stretched out in front and your legs straight.",
      "Look at the floor so your neck stays long.",
      "Lift your arms, chest and legs a few centimetres off the floor together.",
      "Hold for about three seconds, then lower slowly.",
      "Rest a breath between lifts.",
    ],
    prescription: reps(6, 2, { rest: 45 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["pregnancy"],
    safetyNotes: [
      "A small lift is enough; lifting high squeezes the lower back.",
      "Lift arms and legs separately if both at once is too much.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "superman",
      alt: "A person lying face down with arms stretched forward, lifting arms, chest and legs slightly off the floor.",
    },
  },
];
