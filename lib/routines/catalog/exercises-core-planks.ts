// Planks, side planks, twists and the seated boat: the harder core work. Planks start at 30 s holds
// and grow from there. Holding the trunk rigid on the toes raises the pressure inside the belly, so
// those holds are kept from hernia and pregnancy; twisting while folded forward is kept from
// osteoporosis, and twisting under load from anyone with a disc problem (said in the safety notes,
// since a disc problem is not one of the conditions people report).
import type { ExerciseContent } from "../types";
import { hold, reps, STOP_RULE } from "./dose";

const BREATHE = "Keep breathing steadily; do not hold your breath through the hold.";
const DISC_TWIST =
  "If you have a disc problem (a bulge or herniation), skip loaded twisting: do side planks or dead bugs instead.";

export const CORE_PLANK_EXERCISES: ExerciseContent[] = [
  {
    slug: "knee-plank",
    name: "Knee plank",
    kind: "core",
    intensity: "gentle",
    summary: "A front plank with the knees down, which halves the lever. The way in to planking with a steady spine.",
    steps: [
      "Lie face down, then prop yourself on your forearms with elbows under your shoulders.",
      "Keep your knees on the mat and lift your hips so you make a straight line from knees to head.",
      "Tighten your belly and buttocks gently; do not let your lower back sag.",
      "Hold, breathing steadily, then lower your hips to rest.",
    ],
    prescription: hold(30, 3, { rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [BREATHE, "Ask your midwife or doctor first if you are pregnant or have a hernia.", STOP_RULE],
    easierSlug: null,
    harderSlug: "plank",
    illustration: {
      key: "knee-plank",
      alt: "A person on forearms and knees, body in a straight line from knees to head.",
    },
  },
  {
    slug: "plank",
    name: "Plank",
    kind: "core",
    intensity: "moderate",
    summary:
      "Holding a straight line from heels to head on the forearms and toes. Start with 30-second holds and " +
      "add time as your trunk gets stronger.",
    steps: [
      "Set your forearms on the mat with elbows under your shoulders.",
      "Step your feet back so you rest on your toes, body straight from heels to head.",
      "Brace your belly, squeeze your buttocks and keep your hips level, neither sagging nor piked.",
      "Hold for 30 seconds to start, breathing steadily.",
      "Add five seconds a week only while your form stays perfect; a longer hold is the next step up.",
    ],
    prescription: hold(30, 3, { rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["hernia", "pregnancy"],
    safetyNotes: [
      "Stop the set when your hips start to sag: a sagging plank loads the lower back instead of the core.",
      BREATHE,
      STOP_RULE,
    ],
    easierSlug: "knee-plank",
    harderSlug: "plank-shoulder-taps",
    illustration: { key: "plank", alt: "A person on forearms and toes holding the body straight from heels to head." },
  },
  {
    slug: "plank-shoulder-taps",
    name: "Plank with shoulder taps",
    kind: "core",
    intensity: "hard",
    summary:
      "A high plank on straight arms, lifting one hand at a time to touch the opposite shoulder without " +
      "letting the hips rock. Adds an anti-rotation challenge.",
    steps: [
      "Start in a high plank: hands under shoulders, arms straight, feet a little wider than hip-width.",
      "Brace your trunk and keep your hips level.",
      "Lift one hand and tap the opposite shoulder, then put it back down.",
      "Tap with the other hand; move slowly enough that your hips stay still.",
      "Widen your feet if your hips twist.",
    ],
    prescription: reps(8, 3, { perSide: true, rest: 45 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["hernia", "pregnancy"],
    safetyNotes: ["Slow taps with still hips beat fast taps.", BREATHE, STOP_RULE],
    easierSlug: "plank",
    harderSlug: null,
    illustration: {
      key: "plank-tap",
      alt: "A person in a high plank on straight arms, one hand lifted to touch the opposite shoulder.",
    },
  },
  {
    slug: "side-plank-knees",
    name: "Side plank from the knees",
    kind: "core",
    intensity: "moderate",
    summary:
      "Lying on one side, propped on the forearm with knees bent, and lifting the hips. Works the side of " +
      "the trunk that keeps the spine from buckling sideways.",
    steps: [
      "Lie on your side with your elbow under your shoulder and your knees bent behind you.",
      "Lift your hips until your body is straight from knees to head.",
      "Keep your top hip stacked over the bottom one and your chest facing forward.",
      "Hold, breathing steadily, then lower and change sides.",
    ],
    prescription: hold(20, 2, { perSide: true, rest: 20 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Shoulder sore? Make the holds shorter, or skip it.", BREATHE, STOP_RULE],
    easierSlug: null,
    harderSlug: "side-plank",
    illustration: {
      key: "side-plank-knees",
      alt:
        "A person on one side, propped on a forearm with knees bent, hips lifted in a straight line and the " +
        "top arm reaching up.",
    },
  },
  {
    slug: "side-plank",
    name: "Side plank",
    kind: "core",
    intensity: "hard",
    summary: "The full side plank on the forearm and the edges of the feet, hips lifted in a straight line.",
    steps: [
      "Lie on your side with your elbow under your shoulder and your legs straight, feet stacked or one in " +
        "front of the other.",
      "Lift your hips until your body is straight from heels to head.",
      "Keep your hips stacked and pushed slightly forward, not sagging back.",
      "Hold, breathing steadily, then lower and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["hernia"],
    safetyNotes: ["Drop to your knees for the rest of the hold when your hips sink.", BREATHE, STOP_RULE],
    easierSlug: "side-plank-knees",
    harderSlug: null,
    illustration: {
      key: "side-plank",
      alt:
        "A person on one side, propped on a forearm with legs straight, hips lifted so the body forms a " +
        "straight line, top arm reaching up.",
    },
  },
  {
    slug: "russian-twist",
    name: "Russian twist (bodyweight)",
    kind: "core",
    intensity: "moderate",
    summary:
      "Sitting leaned back with the feet down, turning the shoulders from side to side. Works the obliques; " +
      "keep it slow and turn from the ribs, not by flinging the arms.",
    steps: [
      "Sit with your knees bent and heels on the floor.",
      "Lean back with a long, straight back until your belly works, and bring your hands together in front " +
        "of your chest.",
      "Turn your shoulders slowly to one side, moving your hands with them.",
      "Come back through the middle and turn to the other side; that is one rep a side.",
      "Keep the movement controlled and your feet down.",
    ],
    prescription: reps(10, 2, { perSide: true, rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["osteoporosis", "hernia", "pregnancy"],
    safetyNotes: [DISC_TWIST, "Turn only as far as you can without your back rounding.", STOP_RULE],
    easierSlug: null,
    harderSlug: "weighted-russian-twist",
    illustration: {
      key: "russian-twist",
      alt: "A person sitting leaned back with knees bent and feet on the floor, hands together, turning to one side.",
    },
  },
  {
    slug: "weighted-russian-twist",
    name: "Weighted Russian twist",
    kind: "core",
    intensity: "hard",
    summary:
      "The Russian twist holding a light plate, dumbbell or medicine ball, which makes every turn harder to control.",
    steps: [
      "Sit with knees bent and heels down, holding a light weight close to your chest.",
      "Lean back with a long back until your belly works.",
      "Turn your shoulders slowly to one side, keeping the weight close rather than swinging it.",
      "Return through the middle and turn to the other side.",
      "Stop the set as soon as you start to jerk the weight round.",
    ],
    prescription: reps(8, 3, { perSide: true, rest: 45 }),
    equipment: ["light weight plate, dumbbell or medicine ball"],
    usesInversion: false,
    contraindications: ["osteoporosis", "hernia", "pregnancy"],
    safetyNotes: [DISC_TWIST, "Start light: a few kilograms is plenty.", STOP_RULE],
    easierSlug: "russian-twist",
    harderSlug: null,
    illustration: {
      key: "weighted-russian-twist",
      alt:
        "A person sitting leaned back with knees bent, holding a weight plate in both hands and turning to " +
        "one side.",
    },
  },
  {
    slug: "boat-pose",
    name: "Boat pose (seated)",
    kind: "core",
    intensity: "moderate",
    summary:
      "Balancing on the sit bones with the feet lifted, back long and arms reaching forward: the seated yoga " +
      "boat. Works the whole front of the trunk; not the same as the superman on your stomach.",
    steps: [
      "Sit with your knees bent and feet on the floor, hands lightly behind your thighs.",
      "Lean back with a straight back until you balance just behind your sit bones.",
      "Lift your feet so your shins are level with the floor, knees still bent.",
      "Reach your arms forward beside your knees and hold, breathing steadily.",
      "Straightening the legs makes it harder; only try it when your back stays long.",
    ],
    prescription: hold(20, 3, { rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["osteoporosis", "hernia", "pregnancy"],
    safetyNotes: ["Keep a hand behind your thighs or a toe on the floor if your back rounds.", BREATHE, STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "boat-pose",
      alt: "A person balancing on the seat with knees bent, shins lifted level and arms reaching forward.",
    },
  },
];
