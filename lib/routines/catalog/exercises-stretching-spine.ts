// Stretches that move the spine itself: folding, arching and turning it. Holds stay at 20-30 s, long
// enough for muscles to let go and short enough that nobody sinks into an end range. Spinal flexion
// and rotation are listed against osteoporosis, because bending forward or twisting is how fragile
// vertebrae get crushed; face-down poses are listed against pregnancy.
import type { ExerciseContent } from "../types";
import { hold, STOP_RULE, SUPINE_PREGNANCY_NOTE } from "./dose";

export const SPINE_STRETCHES: ExerciseContent[] = [
  {
    slug: "childs-pose",
    name: "Child's pose",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Kneeling and folding forward to rest the chest towards the thighs with the arms long. Lets the lower " +
      "back round and lengthen with no load on it.",
    steps: [
      "Kneel on a mat with your big toes together and your knees hip-width or wider.",
      "Sit your hips back towards your heels.",
      "Walk your hands forward and lower your chest and forehead towards the floor.",
      "Let your back widen as you breathe into it; stay relaxed.",
      "Walk your hands back to come up slowly.",
    ],
    prescription: hold(30, 2, { rest: 10 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: [],
    safetyNotes: [
      "Put a cushion between your hips and heels, or under your forehead, if you cannot sink down comfortably.",
      "Widen your knees if your belly or hips feel squashed.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "childs-pose",
      alt: "A person kneeling and folded forward, hips on heels, forehead near the floor and arms stretched ahead.",
    },
  },
  {
    slug: "downward-dog",
    name: "Downward-facing dog",
    kind: "stretching",
    intensity: "moderate",
    summary:
      "An upside-down V with hands and feet on the floor and hips high. Lengthens the back, hamstrings and " +
      "calves together.",
    steps: [
      "Start on hands and knees, hands a little ahead of your shoulders.",
      "Tuck your toes and lift your hips up and back until your body makes an upside-down V.",
      "Keep your knees bent at first so your back can stay long rather than rounded.",
      "Press the floor away and let your heels sink towards it without forcing them down.",
      "Breathe slowly, then lower your knees to come out.",
    ],
    prescription: hold(30, 2, { rest: 15 }),
    equipment: ["mat"],
    usesInversion: false,
    // The head sits below the heart, which raises pressure in the eyes and head.
    contraindications: ["glaucoma", "high_blood_pressure"],
    safetyNotes: [
      "Your head ends up below your heart: skip it with glaucoma or blood pressure that is high, and do " +
        "child's pose instead.",
      "Wrists sore? Come down onto your forearms or rest in child's pose.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "downward-dog",
      alt: "A person in an upside-down V shape, hands and feet on the floor and hips lifted high.",
    },
  },
  {
    slug: "sphinx-pose",
    name: "Sphinx pose",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying face down propped on the forearms, so the lower back arches a little. The gentle way into a " +
      "back bend, and the easier version of cobra.",
    steps: [
      "Lie face down with your legs straight and the tops of your feet on the floor.",
      "Place your elbows under your shoulders and your forearms flat, pointing forward.",
      "Lift your chest onto your forearms and let your belly and hips stay heavy on the floor.",
      "Keep your neck long, looking at the floor a little ahead of you.",
      "Breathe slowly, then lower your chest to come out.",
    ],
    prescription: hold(30, 2, { rest: 15 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["pregnancy"],
    safetyNotes: [
      "Back bends can pinch if your canal is narrow (spinal stenosis): stop if it brings on leg pain or tingling.",
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: "cobra",
    illustration: {
      key: "sphinx",
      alt: "A person lying face down, chest lifted and resting on the forearms, hips on the floor.",
    },
  },
  {
    slug: "cobra",
    name: "Cobra",
    kind: "stretching",
    intensity: "moderate",
    summary:
      "Lying face down and pressing up through the hands to arch the back. A deeper back bend than sphinx " +
      "that opens the front of the body.",
    steps: [
      "Lie face down with your hands flat beside your lower ribs and elbows tucked in.",
      "Press through your hands to lift your chest, keeping your hips on the floor.",
      "Straighten your arms only as far as your lower back is comfortable; bent elbows are fine.",
      "Keep your shoulders away from your ears and your gaze forward.",
      "Breathe, then lower yourself slowly.",
    ],
    prescription: hold(20, 3, { rest: 15 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["pregnancy"],
    safetyNotes: [
      "Back bends can pinch if your canal is narrow (spinal stenosis): go back to sphinx if it brings on leg pain.",
      STOP_RULE,
    ],
    easierSlug: "sphinx-pose",
    harderSlug: null,
    illustration: {
      key: "cobra",
      alt: "A person lying face down with arms straightening, chest lifted high and hips on the floor.",
    },
  },
  {
    slug: "supine-spinal-twist",
    name: "Supine spinal twist",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying on your back and letting bent knees fall to one side while the shoulders stay down. A slow, " +
      "supported rotation for the lower and middle back.",
    steps: [
      "Lie on your back with your knees bent and feet on the floor; stretch your arms out to the sides.",
      "Let both knees fall slowly to one side, as far as feels easy.",
      "Keep both shoulders on the floor; turn your head the other way if your neck likes it.",
      "Breathe and let gravity do the work; never push the knees down.",
      "Bring the knees back to the middle and repeat on the other side.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["osteoporosis"],
    safetyNotes: [
      "If you have a disc problem, keep the twist small and skip it on a flare-up day.",
      "Put a cushion under your knees if they do not reach the floor.",
      SUPINE_PREGNANCY_NOTE,
      STOP_RULE,
    ],
    easierSlug: null,
    harderSlug: null,
    illustration: {
      key: "supine-twist",
      alt: "Seen from above: a person lying on their back with arms out wide and both bent knees lowered to one side.",
    },
  },
  {
    slug: "knee-to-chest",
    name: "Single knee-to-chest",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Lying on your back and hugging one knee in. Eases the lower back and the buttock on that side while " +
      "the other leg stays down.",
    steps: [
      "Lie face up with your knees bent and your feet flat on the floor.",
      "Hold behind one thigh (or just below the knee) and draw that knee gently towards your chest.",
      "Keep the other foot on the floor, or slide that leg long if that is comfortable.",
      "Relax your shoulders and lower back into the floor and breathe.",
      "Lower the leg slowly and change sides.",
    ],
    prescription: hold(30, 2, { perSide: true, rest: 10 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["osteoporosis"],
    safetyNotes: ["Hold behind the thigh if your knee dislikes being bent deeply.", SUPINE_PREGNANCY_NOTE, STOP_RULE],
    easierSlug: null,
    harderSlug: "double-knee-to-chest",
    illustration: {
      key: "knee-to-chest",
      alt: "A person lying on their back hugging one bent knee towards the chest, the other foot on the floor.",
    },
  },
  {
    slug: "double-knee-to-chest",
    name: "Double knee-to-chest",
    kind: "stretching",
    intensity: "gentle",
    summary:
      "Hugging both knees in while lying on your back, which rounds the whole lower back. A stronger stretch " +
      "than the single-leg version.",
    steps: [
      "Lie on your back with your knees bent.",
      "Bring one knee towards your chest, then the other, and hold behind both thighs.",
      "Draw them in until you feel your lower back lengthen; your tailbone may lift a little.",
      "Rock gently side to side if that feels good, and breathe.",
      "Lower one foot at a time.",
    ],
    prescription: hold(30, 2, { rest: 10 }),
    equipment: ["mat"],
    usesInversion: false,
    contraindications: ["osteoporosis", "pregnancy"],
    safetyNotes: ["Lower the legs one at a time so your back is never left holding both.", STOP_RULE],
    easierSlug: "knee-to-chest",
    harderSlug: null,
    illustration: {
      key: "double-knee-to-chest",
      alt: "A person lying on their back hugging both knees towards the chest.",
    },
  },
];
