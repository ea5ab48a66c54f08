// Strength work that protects the back: bridges for the buttocks, the hip hinge done right, and
// single-leg moves. Squats and deadlifts let the stronger side carry the weaker one; working one leg
// at a time evens that out. Holding a braced breath under a load raises blood pressure sharply, so the
// one exercise here that teaches it is kept from people with high blood pressure, heart disease, a
// hernia or a pregnancy.
import type { ExerciseContent } from "../types";
import { reps, STOP_RULE, SUPINE_PREGNANCY_NOTE } from "./dose";

const NEUTRAL_BACK = "Keep your back in its natural shape: hinge at the hips and never round to reach lower.";

export const STRENGTH_EXERCISES: ExerciseContent[] = [
  {
    slug: "glute-bridge",
    name: "Glute bridge",
    kind: "strength",
    intensity: "gentle",
    summary:
      "Lying on your back and lifting the hips until the body is straight from knees to shoulders. Strong " +
      "buttocks take work off the lower back when you lift and bend.",
    steps: [
      "Lie on your back with your knees bent, feet flat and hip-width apart, arms by your sides.",
      "Press through your heels and squeeze your buttocks to lift your hips off the floor.",
      "Rise until your knees, hips and shoulders line up; your weight rests on your feet and shoulder blades.",
      "Hold for three to five seconds without arching your lower back.",
      "Lower slowly, one vertebra at a time.",
    ],
    prescription: reps(10, 2, { rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      "If you feel it in your lower back or hamstrings, bring your feet a little closer.",
      SUPINE_PREGNANCY_NOTE,
      STOP_RULE,
    ],
    easierSlug: "pelvic-tilt",
    harderSlug: "single-leg-glute-bridge",
    illustration: {
      key: "bridge",
      alt: "A person lying on their back with knees bent and hips lifted, body straight from knees to shoulders.",
    },
  },
  {
    slug: "single-leg-glute-bridge",
    name: "Single-leg glute bridge",
    kind: "strength",
    intensity: "moderate",
    summary:
      "The bridge on one foot with the other leg straight, which doubles the load and shows any side-to-side " +
      "difference.",
    steps: [
      "Lie on your back with your knees bent and feet flat.",
      "Straighten one leg so the thighs stay level with each other.",
      "Press through the heel on the floor to lift your hips, keeping them level.",
      "Hold for two or three seconds at the top, then lower slowly.",
      "Finish all reps on one side, then change.",
    ],
    prescription: reps(8, 2, { perSide: true, rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Your hips should not tilt: lift less high until they stay level.", SUPINE_PREGNANCY_NOTE, STOP_RULE],
    easierSlug: "glute-bridge",
    harderSlug: null,
    illustration: {
      key: "single-leg-bridge",
      alt: "A person in a bridge on one foot, the other leg held out straight, hips lifted.",
    },
  },
  {
    slug: "hip-hinge-dowel",
    name: "Hip hinge drill with a dowel",
    kind: "strength",
    intensity: "gentle",
    summary:
      "Practising the bend of a deadlift with a stick along the back that must keep touching the head, upper " +
      "back and tailbone. Teaches you to move from the hips instead of pulling with the back.",
    steps: [
      "Hold a dowel or broomstick along your spine: one hand behind your neck, the other behind your lower back.",
      "Make sure it touches the back of your head, between your shoulder blades, and your tailbone.",
      "With soft knees, push your hips back and let your chest tip forward as one piece.",
      "Go until you feel your hamstrings stretch or the stick leaves one of its three points.",
      "Drive your hips forward to stand tall again.",
    ],
    prescription: reps(10, 2, { rest: 30 }),
    equipment: ["dowel or broomstick"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [NEUTRAL_BACK, STOP_RULE],
    easierSlug: null,
    harderSlug: "single-leg-rdl",
    illustration: {
      key: "hip-hinge-dowel",
      alt: "A person bending forward from the hips with a long stick held along the back of the head and spine.",
    },
  },
  {
    slug: "single-leg-rdl",
    name: "Single-leg Romanian deadlift",
    kind: "strength",
    intensity: "hard",
    summary:
      "A hip hinge on one leg, the free leg reaching back as the body tips forward. Builds the hamstrings " +
      "and buttocks one side at a time and trains balance.",
    steps: [
      "Stand on one leg with a soft knee; hold a light weight in the opposite hand, or nothing at first.",
      "Push your hips back and tip your body forward while the free leg reaches straight behind you.",
      "Keep your hips square to the floor and your back long; the weight stays close to your leg.",
      "Stop when your body is nearly level or your back wants to round.",
      "Drive through the standing heel to come back up; finish the side, then change.",
    ],
    prescription: reps(8, 3, { perSide: true, rest: 60 }),
    equipment: ["dumbbell or kettlebell (optional)"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [NEUTRAL_BACK, "Touch a wall with your free hand if balance is the limit.", STOP_RULE],
    easierSlug: "hip-hinge-dowel",
    harderSlug: null,
    illustration: {
      key: "single-leg-rdl",
      alt: "A person balancing on one leg, body tipped forward and the other leg extended straight behind.",
    },
  },
  {
    slug: "split-squat",
    name: "Split squat",
    kind: "strength",
    intensity: "moderate",
    summary:
      "Standing in a long stride and lowering the back knee towards the floor, feet staying put. The " +
      "steadiest single-leg squat, and the place to start.",
    steps: [
      "Take a long stride: one foot forward, the back heel lifted.",
      "Stand tall with your hands on your hips or holding light weights at your sides.",
      "Bend both knees to lower straight down until the back knee nearly touches the floor.",
      "Push through the front foot to rise.",
      "Finish the reps on one side, then change legs.",
    ],
    prescription: reps(8, 2, { perSide: true, rest: 45 }),
    equipment: ["dumbbells (optional)"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Keep your chest tall and your front knee pointing over your toes.", STOP_RULE],
    easierSlug: null,
    harderSlug: "reverse-lunge",
    illustration: {
      key: "lunge",
      alt: "A person in a long stride with both knees bent, back knee close to the floor and torso upright.",
    },
  },
  {
    slug: "reverse-lunge",
    name: "Reverse lunge",
    kind: "strength",
    intensity: "moderate",
    summary:
      "Stepping back into a lunge and returning to standing. Kinder to the knees than a forward lunge, and a " +
      "stiffer test of balance than the split squat.",
    steps: [
      "Stand tall with your feet hip-width apart.",
      "Step one foot back and lower until both knees are bent at about right angles.",
      "Keep your weight mostly on the front foot and your torso upright.",
      "Push through the front foot to bring the back foot forward and stand.",
      "Alternate legs, or finish one side first.",
    ],
    prescription: reps(8, 3, { perSide: true, rest: 60 }),
    equipment: ["dumbbells (optional)"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Step back far enough that your front knee stays over your foot.", STOP_RULE],
    easierSlug: "split-squat",
    harderSlug: null,
    illustration: {
      key: "lunge",
      alt: "A person in a lunge with the back knee close to the floor, torso upright.",
    },
  },
  {
    slug: "braced-goblet-squat",
    name: "Braced goblet squat",
    kind: "strength",
    intensity: "moderate",
    summary:
      'A squat holding one weight at the chest, using the "soda can" brace: breathe in and brace at the top, ' +
      "hold the brace down and up, breathe out at the top. Puts the bracing drill to work under a load.",
    steps: [
      "Stand with your feet a little wider than your hips, holding a dumbbell or kettlebell against your chest.",
      "At the top, take a 360° breath in and brace your trunk firmly all the way round.",
      "Keeping the brace, sit down between your heels with your chest up and back in its natural shape.",
      "Stand back up through your whole foot, still braced.",
      "Breathe out at the top, take a fresh breath and brace again before the next rep.",
    ],
    prescription: reps(8, 3, { rest: 60 }),
    equipment: ["dumbbell or kettlebell"],
    usesInversion: false,
    // A held breath under a load spikes blood pressure and belly pressure.
    contraindications: ["high_blood_pressure", "heart_disease", "pregnancy", "hernia"],
    safetyNotes: [
      "Never hold your breath under a load if you have high blood pressure or heart disease, are pregnant or " +
        "have a hernia; breathe out steadily as you stand instead, and ask your doctor.",
      "Keep the weight light enough that your back never rounds at the bottom.",
      STOP_RULE,
    ],
    easierSlug: "bracing-drill",
    harderSlug: null,
    illustration: {
      key: "goblet-squat",
      alt: "A person in a deep squat holding a kettlebell at the chest, back straight and chest up.",
    },
  },
];
