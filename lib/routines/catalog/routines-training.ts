// Routines that build a back able to take load: warming up for lifting, core and single-leg strength,
// hip mobility, and the three-stage home programme (warm-up, deep back muscles, cool-down).
import type { RoutineContent } from "../types";
import { hold, reps, step } from "./dose";

export const TRAINING_ROUTINES: RoutineContent[] = [
  {
    slug: "back-strengthening-three-stages",
    name: "Back strengthening in three stages",
    goal: "Strengthen the deep muscles that hold the spine, with a proper warm-up and cool-down.",
    summary:
      "Stage one warms you up standing: deep breaths, neck, arms, side bends and marching. Stage two works " +
      "the deep back muscles with bridges, bird-dogs and the superman. Stage three cools down with an easy " +
      "walk.",
    kind: "strength",
    intensity: "moderate",
    suitableFor: "Beginners and anyone building a stronger back at home; no equipment beyond a mat.",
    tags: ["strength", "beginner"],
    steps: [
      step("standing-deep-breaths", reps(3, 1, { rest: 0 }), "Stage 1, warm-up. A few slow, full breaths to start."),
      step("neck-rolls", reps(5, 1, { perSide: true, rest: 10 })),
      step("arm-circles", reps(10, 2, { rest: 10 }), "Forwards, then backwards."),
      step("standing-side-bends", reps(5, 1, { perSide: true, rest: 10 }), "Slowly: a fast bend can pull the back."),
      step("marching-high-knees", hold(60, 1)),
      step("glute-bridge", reps(10, 2), "Stage 2, deep back muscles. Pause for three to five seconds at the top."),
      step("bird-dog", reps(8, 2, { perSide: true })),
      step("superman", reps(6, 2, { rest: 45 }), 'The "boat" on your stomach: five or six small lifts.'),
      step("walking", hold(300, 1), "Stage 3, cool-down. Walk easily, then stand still for a few slow, deep breaths."),
    ],
  },
  {
    slug: "core-foundation",
    name: "Core foundation",
    goal: "Build the basic trunk control that protects the spine when you lift.",
    summary:
      "Dead bugs and bird-dogs teach the spine to stay still while the limbs move; then knee planks, a first " +
      "full plank and side planks from the knees.",
    kind: "core",
    intensity: "moderate",
    suitableFor: "Beginners to core training, and lifters returning after a break or a sore spell.",
    tags: ["beginner", "strength"],
    steps: [
      step("diaphragmatic-breathing", hold(60, 1)),
      step("dead-bug", reps(6, 2, { perSide: true })),
      step("bird-dog", reps(6, 2, { perSide: true })),
      step("knee-plank", hold(30, 2, { rest: 30 })),
      step("plank", hold(30, 1), "Only once a 30-second knee plank is easy; otherwise do one more knee plank."),
      step("side-plank-knees", hold(20, 2, { perSide: true, rest: 20 })),
    ],
  },
  {
    slug: "core-builder",
    name: "Core builder",
    goal: "Make a strong trunk stronger with longer planks, anti-rotation and twisting work.",
    summary:
      "Longer planks, shoulder taps, full side planks, dead bugs, Russian twists, the seated boat and the " +
      "superman: a demanding session for a trunk that already holds a 30-second plank with ease.",
    kind: "core",
    intensity: "hard",
    suitableFor: "Lifters who have mastered the core foundation routine and have no disc problem or back pain today.",
    tags: ["strength"],
    steps: [
      step("plank", hold(45, 3, { rest: 30 }), "A longer hold than the foundation; stop the set if your hips sag."),
      step("plank-shoulder-taps", reps(8, 3, { perSide: true, rest: 45 })),
      step("side-plank", hold(30, 2, { perSide: true, rest: 30 })),
      step("dead-bug", reps(10, 3, { perSide: true })),
      step(
        "russian-twist",
        reps(10, 2, { perSide: true }),
        "Skip this if you have a disc problem; do another round of side planks instead.",
      ),
      step("boat-pose", hold(20, 3, { rest: 30 })),
      step("superman", reps(8, 2, { rest: 45 })),
    ],
  },
  {
    slug: "lifters-warm-up",
    name: "Lifter's warm-up",
    goal: "Groove the hip hinge and the brace before squats and deadlifts.",
    summary:
      "March to warm up, move the spine with cat-cow, switch on the trunk and buttocks with bird-dogs and " +
      'bridges, then rehearse the hip hinge with a dowel and the "soda can" brace.',
    kind: "mobility",
    intensity: "gentle",
    suitableFor: "Anyone about to lift, especially if deadlifts tend to end up in the lower back.",
    tags: ["warm_up"],
    steps: [
      step("marching-high-knees", hold(60, 1)),
      step("cat-cow", reps(8, 1)),
      step("bird-dog", reps(5, 1, { perSide: true })),
      step("glute-bridge", reps(10, 1)),
      step("hip-hinge-dowel", reps(10, 2), "Hips back, stick on head, upper back and tailbone the whole time."),
      step("bracing-drill", hold(10, 3, { rest: 10 }), "Take this brace into your first warm-up set."),
    ],
  },
  {
    slug: "unilateral-strength",
    name: "Unilateral strength",
    goal: "Even out strength between the left and right sides so neither leg hands its work to the back.",
    summary:
      "Split squats, reverse lunges and single-leg Romanian deadlifts, then single-leg bridges and side " +
      "planks: every leg works on its own, so the weaker side catches up.",
    kind: "strength",
    intensity: "hard",
    suitableFor: "Lifters who squat and deadlift and want to fix imbalances; dumbbells optional.",
    tags: ["strength"],
    steps: [
      step("hip-hinge-dowel", reps(8, 1), "Warm up the hinge before the single-leg version."),
      step("split-squat", reps(8, 3, { perSide: true, rest: 45 })),
      step("reverse-lunge", reps(8, 3, { perSide: true, rest: 45 })),
      step(
        "single-leg-rdl",
        reps(8, 3, { perSide: true, rest: 45 }),
        "Start with no weight; add a light dumbbell once balance is steady.",
      ),
      step("single-leg-glute-bridge", reps(10, 2, { perSide: true })),
      step("side-plank", hold(30, 2, { perSide: true, rest: 30 })),
    ],
  },
  {
    slug: "hip-mobility-for-lifters",
    name: "Hip mobility for lifters",
    goal: "Free tight hips so the lower back stops paying for them.",
    summary:
      "90/90 switches for hip rotation, then hip-flexor, buttock, hamstring and calf stretches, and bridges " +
      "to wake the hips back up. It fits well after a session or at bedtime.",
    kind: "stretching",
    intensity: "gentle",
    suitableFor: "Lifters with stiff hips, or whose back aches despite good form and a strong core.",
    tags: ["mobility", "after_lifting"],
    steps: [
      step("ninety-ninety-hip-switch", reps(6, 2, { perSide: true })),
      step(
        "kneeling-hip-flexor-stretch",
        hold(30, 2, { perSide: true, rest: 10 }),
        "Breathe deeply and let the front of the hip relax.",
      ),
      step("piriformis-stretch", hold(30, 2, { perSide: true, rest: 10 })),
      step("supine-hamstring-stretch", hold(30, 2, { perSide: true, rest: 10 })),
      step("calf-stretch-wall", hold(30, 1, { perSide: true })),
      step("glute-bridge", reps(10, 1)),
    ],
  },
  {
    slug: "back-stretch-basics",
    name: "Back stretch basics",
    goal: "Loosen the muscles around the pelvis that pull on the lower back.",
    summary:
      "Five classic stretches for the back: the hamstrings, a knee to the chest, the piriformis, the front " +
      "of the thigh and the calves.",
    kind: "stretching",
    intensity: "gentle",
    suitableFor: "Anyone starting out with back stretches; a mat and a strap or towel is all you need.",
    tags: ["beginner", "low_impact", "mobility"],
    steps: [
      step("supine-hamstring-stretch", hold(30, 2, { perSide: true, rest: 10 })),
      step("knee-to-chest", hold(30, 2, { perSide: true, rest: 10 })),
      step("piriformis-stretch", hold(30, 2, { perSide: true, rest: 10 })),
      step(
        "prone-quad-stretch",
        hold(30, 2, { perSide: true, rest: 10 }),
        "Pregnant? Do this lying on your side instead.",
      ),
      step("calf-stretch-wall", hold(30, 2, { perSide: true, rest: 10 })),
    ],
  },
];
