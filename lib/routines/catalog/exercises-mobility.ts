// Mobility: moving joints through their range rather than holding a stretch. The upper back, hips and
// neck take the movement the lower back should not have to; walking keeps discs fed by movement.
// Foam rolling is for the upper back only: rolling the lower back presses straight onto the
// vertebrae and discs with nothing to protect them.
import type { ExerciseContent } from "../types";
import { hold, reps, STOP_RULE } from "./dose";

export const MOBILITY_EXERCISES: ExerciseContent[] = [
  {
    slug: "cat-cow",
    name: "Cat-cow",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "On all fours, slowly rounding the back up like a stretching cat, then letting it dip. Moves every " +
      "segment of the spine gently, in time with the breath.",
    steps: [
      "Kneel on all fours, hands under shoulders and knees under hips.",
      "Breathe out and round your back towards the ceiling, letting your head and tailbone drop.",
      "Breathe in and let your belly sink, lifting your chest and tailbone and looking slightly forward.",
      "Move slowly between the two, about three to four seconds each way.",
      "Stay in the range that feels easy; it should never pinch.",
    ],
    prescription: reps(10, 2, { rest: 15 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Keep the movement small for the first few reps, especially in the morning.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "cat-cow",
      alt: "A person on hands and knees with the back rounded up towards the ceiling.",
    },
  },
  {
    slug: "thoracic-foam-roll",
    name: "Upper-back foam roll",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Lying with a foam roller across the upper back and rolling slowly between the shoulder blades. " +
      "Loosens the mid-back so it can extend; never roll the lower back.",
    steps: [
      "Sit on the floor with a foam roller behind you, then lie back so it sits across your upper back, " +
        "below the shoulder blades.",
      "Support your head with your hands, elbows in, and bend your knees with feet flat.",
      "Lift your hips a little and roll slowly up to the top of the shoulder blades and back down.",
      "Pause on a stiff spot and let your upper back drape over the roller for a breath or two.",
      "Stop before the roller reaches your lower ribs; sit up by rolling to one side.",
    ],
    prescription: reps(10, 2, { rest: 20 }),
    equipment: ["foam roller"],
    usesInversion: false,
    // Pressure on the ribs and spine can crack fragile bones, and bruises easily on blood thinners.
    contraindications: ["osteoporosis", "blood_thinners"],
    safetyNotes: [
      "Roll the upper back only, never the lower back.",
      "Keep your head supported so your neck does not hang.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "foam-roll",
      alt: "A person lying back over a foam roller placed across the upper back, hands behind the head, hips lifted.",
    },
  },
  {
    slug: "ninety-ninety-hip-switch",
    name: "90/90 hip switch",
    kind: "mobility",
    intensity: "moderate",
    summary:
      "Sitting with both knees bent at right angles, one leg in front and one to the side, then swinging " +
      "both knees over to the other side. Turns the hips in and out, the range a squat or deadlift needs.",
    steps: [
      "Sit on the floor with your knees bent at right angles: one shin in front of you, the other out to the side.",
      "Put your hands on the floor behind you and sit tall.",
      "Lift both knees and let them fall over to the other side, so the legs swap roles.",
      "Sit tall over the new front shin for a breath.",
      "Switch back; keep it slow and let your hands take weight as needed.",
    ],
    prescription: reps(6, 2, { perSide: true, rest: 30 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Skip it or shorten the range if a hip or knee pinches.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "ninety-ninety",
      alt:
        "Seen from above: a person sitting on the floor with one shin in front and the other out to the " +
        "side, both knees bent at right angles.",
    },
  },
  {
    slug: "chin-tucks",
    name: "Chin tucks",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Sliding the head straight back to make a double chin, then letting it go. Counters the poke-chin " +
      "posture of screens and eases the neck and upper back.",
    steps: [
      "Sit or stand tall, looking straight ahead.",
      "Glide your head straight back, keeping your eyes level, as if making a double chin.",
      "Hold for two to three seconds; feel the back of your neck lengthen.",
      "Let your head come forward again to a relaxed position.",
    ],
    prescription: reps(10, 2, { rest: 15 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["The move is small and level; do not tip your head up or down.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "chin-tuck",
      alt: "A person sitting upright on a chair, head drawn straight back with the chin tucked.",
    },
  },
  {
    slug: "standing-back-extension",
    name: "Standing back extension",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Hands on the lower back and a gentle lean backwards from standing. Undoes a long spell of sitting or " +
      "bending forward.",
    steps: [
      "Stand with your feet hip-width apart and place your hands on your lower back, fingers pointing down.",
      "Push your hips slightly forward and lean back gently, looking up a little.",
      "Go only as far as is comfortable and hold for a second or two.",
      "Return to standing tall.",
    ],
    prescription: reps(8, 2, { rest: 15 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      "Leaning back can pinch if your spinal canal is narrow (stenosis): skip it if it brings on leg pain.",
      "Keep your knees soft and the lean small if you feel unsteady.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "back-extension",
      alt: "A person standing with hands on the lower back, leaning gently backwards.",
    },
  },
  {
    slug: "walking",
    name: "Easy walk",
    kind: "mobility",
    intensity: "gentle",
    summary:
      "Walking at a relaxed, steady pace. The simplest thing for a back: the spine moves, the discs take up " +
      "fluid, and nothing jars.",
    steps: [
      "Walk at a pace where you could easily hold a conversation.",
      "Stand tall and let your arms swing naturally.",
      "Choose flat ground and supportive shoes.",
      "Finish by slowing down for the last minute.",
    ],
    prescription: hold(600, 1, { rest: 0 }),
    equipment: [],
    usesInversion: false,
    contraindications: [],
    safetyNotes: ["Shorter, more frequent walks are fine when your back is sore.", STOP_RULE],
    easierSlug: null,
    harderSlug: null,
    illustration: { key: "walking", alt: "A person walking upright, mid-stride, arms swinging." },
  },
];
