// Routines that take pressure off the back: after lifting, at a desk, on a sore day, and at either end
// of the day. Doses here may differ from an exercise's default, since a step is one part of a longer
// session.
import type { RoutineContent } from "../types";
import { hold, reps, step } from "./dose";

export const RECOVERY_ROUTINES: RoutineContent[] = [
  {
    slug: "post-lifting-decompression",
    name: "Post-lifting decompression",
    goal: "Ease the pressure on your spine after squats, deadlifts and overhead work.",
    summary:
      "Short hangs from a bar let your body weight lengthen the spine, then floor stretches for the back, " +
      "hamstrings and hips, and a minute of slow breathing to finish.",
    kind: "decompression",
    intensity: "moderate",
    suitableFor: "Lifters whose back feels tight or compressed after a session; no inversion involved.",
    tags: ["after_lifting", "low_impact"],
    steps: [
      step(
        "dead-hang",
        hold(20, 3, { rest: 40 }),
        "Any grip you like. Tired grip or shoulders? Use the supported hang with your feet down.",
      ),
      step("childs-pose", hold(30, 2, { rest: 10 })),
      step("cat-cow", reps(8, 1), "Slow and small; let the spine wake up segment by segment."),
      step("knee-to-chest", hold(30, 1, { perSide: true })),
      step("supine-hamstring-stretch", hold(30, 1, { perSide: true })),
      step("kneeling-hip-flexor-stretch", hold(30, 1, { perSide: true })),
      step("diaphragmatic-breathing", hold(60, 1), "Lie on your back and let the breath spread into your lower back."),
    ],
  },
  {
    slug: "first-hangs",
    name: "First steps in hanging",
    goal: "Learn to decompress from a bar safely, starting with your feet on the floor.",
    summary:
      "Builds from a supported hang to a short full hang with the shoulder-friendly neutral grip, with " +
      "gentle floor stretches in between so the back settles.",
    kind: "decompression",
    intensity: "gentle",
    suitableFor: "Anyone new to hanging, or coming back to it after a shoulder niggle.",
    tags: ["after_lifting", "beginner", "low_impact"],
    steps: [
      step("supported-hang", hold(20, 3, { rest: 30 }), "Take as much weight on your feet as you need."),
      step("cat-cow", reps(6, 1)),
      step(
        "dead-hang-neutral-grip",
        hold(15, 2, { rest: 45 }),
        "Only if the supported hangs felt good; otherwise do another round of them.",
      ),
      step("childs-pose", hold(30, 2, { rest: 10 })),
      step("knee-to-chest", hold(20, 1, { perSide: true })),
    ],
  },
  {
    slug: "inversion-decompression",
    name: "Inversion table decompression",
    goal: "Take load off the spine with a short, gradual session on an inversion table.",
    summary:
      "Loosen up on the floor, then spend a minute head-down at a shallow angle on an inversion table, come " +
      "up slowly and finish with gentle stretches and a walk.",
    kind: "decompression",
    intensity: "moderate",
    suitableFor:
      "Lifters with an inversion table who have none of the conditions it is unsafe with (high blood " +
      "pressure, glaucoma, heart disease, a past stroke, osteoporosis, a hernia, an ear infection, " +
      "pregnancy, blood thinners), and someone nearby for the first sessions.",
    tags: ["after_lifting"],
    steps: [
      step("diaphragmatic-breathing", hold(60, 1)),
      step("cat-cow", reps(8, 1)),
      step(
        "inversion-table",
        hold(60, 1),
        "20 to 30 degrees head-down, never fully inverted at first. Add a few degrees a week only if every " +
          "session felt fine.",
      ),
      step(
        "knee-to-chest",
        hold(30, 1, { perSide: true }),
        "Rest on your back for a moment after the table before moving on.",
      ),
      step("supine-hamstring-stretch", hold(30, 1, { perSide: true })),
      step("walking", hold(120, 1), "An easy couple of minutes to let your circulation settle."),
    ],
  },
  {
    slug: "desk-worker-stretch",
    name: "Desk-worker stretch",
    goal: "Undo the hunch and the stiff hips of a long spell at a desk.",
    summary:
      "Neck, chest and upper-back openers, a gentle back bend, hip and calf stretches and a short walk. Most " +
      "of it can be done standing by your desk or on your chair.",
    kind: "stretching",
    intensity: "gentle",
    suitableFor: "Anyone who sits for hours; a good break every hour or two.",
    tags: ["desk", "low_impact", "mobility"],
    steps: [
      step("chin-tucks", reps(10, 1)),
      step("doorway-chest-stretch", hold(30, 2, { rest: 10 })),
      step("standing-back-extension", reps(6, 1), "A small lean is enough after sitting."),
      step("seated-figure-four-stretch", hold(30, 1, { perSide: true })),
      step(
        "kneeling-hip-flexor-stretch",
        hold(30, 1, { perSide: true }),
        "Put a cushion or folded jacket under the back knee.",
      ),
      step("calf-stretch-wall", hold(30, 1, { perSide: true })),
      step("walking", hold(120, 1), "Walk to refill your water or up a flight of stairs."),
    ],
  },
  {
    slug: "upper-back-reset",
    name: "Upper-back reset",
    goal: "Loosen a stiff upper back and neck so the lower back stops doing their work.",
    summary:
      "Foam rolling between the shoulder blades, cat-cow, chin tucks, a chest stretch and arm circles: a " +
      "short session for the middle of the spine.",
    kind: "mobility",
    intensity: "gentle",
    suitableFor: "Desk workers and lifters with a rounded, stiff upper back.",
    tags: ["desk", "mobility"],
    steps: [
      step("thoracic-foam-roll", reps(8, 1), "Upper back only; stop before the roller reaches your lower ribs."),
      step("cat-cow", reps(8, 1)),
      step("chin-tucks", reps(10, 1)),
      step("doorway-chest-stretch", hold(30, 2, { rest: 10 })),
      step("arm-circles", reps(10, 2, { rest: 10 }), "Forwards for one set, backwards for the other."),
    ],
  },
  {
    slug: "gentle-painful-day",
    name: "Gentle routine for a painful day",
    goal: "Keep moving gently when your back is sore, without stirring it up.",
    summary:
      "Calm breathing, tiny pelvic tilts, one knee at a time to the chest, a supported child's pose and a " +
      "short, slow walk. Movement usually helps a sore back more than bed rest.",
    kind: "mobility",
    intensity: "gentle",
    suitableFor:
      "A day when your back aches but you have none of the warning signs that need a doctor. Skip anything " +
      "that makes the pain worse.",
    tags: ["painful_day", "low_impact", "beginner"],
    steps: [
      step(
        "diaphragmatic-breathing",
        hold(60, 2, { rest: 10 }),
        "Lie with your knees bent, or sit if lying down hurts.",
      ),
      step("pelvic-tilt", reps(8, 1), "Tiny movements; no need to press hard."),
      step("knee-to-chest", hold(20, 2, { perSide: true, rest: 10 }), "Only as far as it stays comfortable."),
      step("childs-pose", hold(20, 2, { rest: 10 }), "Use a cushion under your hips or chest."),
      step("walking", hold(300, 1), "Five slow minutes on flat ground is plenty."),
    ],
  },
  {
    slug: "morning-mobility",
    name: "Morning mobility",
    goal: "Wake the spine up gently before the day, without deep forward bends.",
    summary:
      "Breathing, small cat-cows, bird-dogs, a gentle back bend, arm circles, marching and an easy walk. " +
      "Discs are fullest just after waking, so this routine avoids folding forward and bending under load.",
    kind: "mobility",
    intensity: "gentle",
    suitableFor: "Anyone who wakes up stiff; no equipment needed.",
    tags: ["morning", "mobility", "low_impact"],
    steps: [
      step("diaphragmatic-breathing", hold(60, 1)),
      step("cat-cow", reps(8, 1), "Start small and let the range grow."),
      step("bird-dog", reps(5, 1, { perSide: true })),
      step("standing-back-extension", reps(5, 1)),
      step("arm-circles", reps(10, 1)),
      step("marching-high-knees", hold(60, 1)),
      step("walking", hold(300, 1)),
    ],
  },
  {
    slug: "evening-wind-down",
    name: "Evening wind-down",
    goal: "Let the back and hips relax before bed.",
    summary:
      "Slow floor stretches for the back, buttocks and hamstrings, finishing with a couple of minutes of " +
      "calm breathing.",
    kind: "stretching",
    intensity: "gentle",
    suitableFor: "Anyone who wants to release the day's tension and sleep more comfortably.",
    tags: ["evening", "low_impact", "mobility"],
    steps: [
      step("childs-pose", hold(30, 2, { rest: 10 })),
      step("supine-spinal-twist", hold(30, 1, { perSide: true }), "Let gravity do it; never push your knees down."),
      step("knee-to-chest", hold(30, 1, { perSide: true })),
      step("piriformis-stretch", hold(30, 1, { perSide: true })),
      step("supine-hamstring-stretch", hold(30, 1, { perSide: true })),
      step("diaphragmatic-breathing", hold(60, 2, { rest: 10 }), "Longer breaths out than in."),
    ],
  },
];
