// The rules' numbers and words, in one place, each with its source (ADR 0008 lists them again):
//   [NG59]  NICE guideline NG59, "Low back pain and sciatica in over 16s: assessment and management"
//           (2016, updated 2020): rule out specific causes (cancer, infection, trauma, inflammatory
//           disease) and refer cauda equina syndrome at once; exercise is the first-line treatment;
//           traction is not a treatment to offer.
//   [NHS]   NHS "Back pain" advice (nhs.uk): "call 999 or go to A&E" for numbness around the genitals
//           or buttocks, trouble peeing, loss of bladder or bowel control, weakness or numbness in both
//           legs; an urgent GP appointment for fever, unexplained weight loss, pain worse at night,
//           pain after a fall or injury; a GP or physiotherapist when pain is not improving after a
//           few weeks. Inversion: the head-down position raises blood and eye pressure, hence the
//           contraindication list below (given by the product issue as the NHS-based list).
//   [SEEDS] /work/shared/reference/seeds: 000 (inversion only gradually and supervised, after
//           lifting), 001 (ask a professional before inversion, especially when pregnant or with a
//           condition), 002 (avoid high impact with a sore back; the signs that mean a doctor),
//           004 (core and hip work for lifters).
// Messages are plain words for an international audience and never a diagnosis.
import type { Condition, RedFlag } from "@/lib/routines/types";

/** Emergency: possible cauda equina syndrome, where hours matter [NG59][NHS]. */
export const EMERGENCY_FLAGS: readonly RedFlag[] = ["bladder_bowel", "saddle_numbness", "leg_weakness"];

/** Urgent: possible fracture, infection or cancer; a doctor soon, not exercise [NG59][NHS][SEEDS 002]. */
export const URGENT_FLAGS: readonly RedFlag[] = ["trauma", "fever", "weight_loss", "cancer_history", "night_pain"];

export const RED_FLAG_LABELS: Readonly<Record<RedFlag, string>> = {
  bladder_bowel: "Loss of bladder or bowel control, or being unable to pass urine",
  saddle_numbness: "Numbness around the genitals, bottom or inner thighs (the saddle area)",
  leg_weakness: "Weakness or numbness in both legs, or in a leg and getting worse",
  trauma: "The pain started after a fall or an accident",
  fever: "A fever, or feeling generally unwell",
  weight_loss: "Weight loss you cannot explain",
  cancer_history: "A history of cancer",
  night_pain: "Constant pain at night that rest does not ease",
};

/**
 * Back pain starting under 20 or over 50 is a classic red flag only together with another one
 * [NG59 risk factors for specific causes]; on its own it changes nothing, with another flag it is
 * named among the reasons (the level is then already urgent or emergency).
 */
export const AGE_FLAG = { under: 20, over: 50 } as const;

/** Pain lasting longer than this many weeks is persistent: see a professional if not improving [NHS][NG59]. */
export const PERSISTENT_PAIN_WEEKS = 6;

/** Pain at or above this (0–10) means gentle routines only [SEEDS 002: rest the back, avoid strain]. */
export const HIGH_PAIN = 7;
/** Pain from this up to HIGH_PAIN − 1 means no hard routines (our call, ADR 0008). */
export const MODERATE_PAIN = 4;

/** Inversion is not offered under this age: growing spines and supervision [SEEDS 000] (NG59 covers 16+). */
export const INVERSION_MIN_AGE = 18;
/** Inversion is not offered at this BMI or above: extreme obesity is a listed contraindication [NHS]. */
export const INVERSION_MAX_BMI = 40;
/** Adults at or above this BMI (WHO obesity) get low-impact routines first [SEEDS 002: avoid high impact]. */
export const HIGHER_BMI_ADULT = 30;

/** Each condition in words, for "Inversion is not safe with …" and contraindication reasons. */
export const CONDITION_LABELS: Readonly<Record<Condition, string>> = {
  high_blood_pressure: "high blood pressure",
  glaucoma: "glaucoma or another eye disease",
  pregnancy: "pregnancy",
  heart_disease: "heart disease",
  stroke: "a past stroke",
  osteoporosis: "osteoporosis or a recent fracture",
  hernia: "a hernia",
  blood_thinners: "blood-thinning medicine",
  ear_infection: "an ear infection",
};

/**
 * Every reportable condition rules out inversion: each raises blood, eye or abdominal pressure, or
 * bleeding or fracture risk, when head-down [NHS][SEEDS 001]. Listed explicitly so that a condition
 * added to CONDITIONS later is a decision, not an accident.
 */
export const INVERSION_CONTRAINDICATIONS: readonly Condition[] = [
  "high_blood_pressure",
  "glaucoma",
  "pregnancy",
  "heart_disease",
  "stroke",
  "osteoporosis",
  "hernia",
  "blood_thinners",
  "ear_infection",
];

const NOT_A_DIAGNOSIS = "This is general guidance, not a diagnosis.";

export const SAFETY_MESSAGES = {
  emergency:
    "Get urgent medical help now: call your local emergency number (for example 999 in the UK, 112 in the EU, " +
    "911 in the US and Canada) or go to the emergency department (A&E). These symptoms with back pain can be " +
    "signs of cauda equina syndrome, where the nerves at the base of the spine are pressed and treatment is " +
    `needed within hours. Do not exercise. ${NOT_A_DIAGNOSIS}`,
  urgent:
    "See a doctor (your GP or family doctor) soon — today or in the next few days — and do not do back " +
    "exercises until you have been checked. These signs with back pain need a medical look to rule out a " +
    "fracture, an infection or another cause. If it follows a serious accident, or you get numbness, weakness " +
    `or bladder or bowel problems, get emergency help at once. ${NOT_A_DIAGNOSIS}`,
  routine:
    "Your back pain has lasted more than 6 weeks. The routines below are still fine to try gently, but see a " +
    "doctor or a physiotherapist if it is not getting better. Stop anything that makes the pain clearly worse. " +
    NOT_A_DIAGNOSIS,
  none:
    "Nothing you told us needs a doctor right now. Stop anything that makes the pain clearly worse, and see a " +
    `doctor if it does not improve or new symptoms appear. ${NOT_A_DIAGNOSIS}`,
} as const;

/** The one reason every routine gets while red flags are unexplained [NG59][NHS]. */
export const RED_FLAG_EXCLUSION = "Not while red-flag symptoms are unexplained — see a doctor first";
