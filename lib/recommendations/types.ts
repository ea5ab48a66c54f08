// The recommendation engine's input and answer. Pure types: the page, the server action and the
// JSON API all build an EngineInput and show a Recommendation as it is (the API returns it verbatim),
// so the field names here are a public contract.
import type { BmiCategory } from "@/lib/bmi/types";
import type { Condition, ExerciseKind, Experience, Intensity, RedFlag } from "@/lib/routines/types";

/** A routine as the engine sees it: the catalogue entry flattened over its exercises. */
export type EngineRoutine = {
  slug: string;
  name: string;
  kind: ExerciseKind;
  intensity: Intensity;
  tags: readonly string[];
  minutes: number;
  /** True when any of its exercises turns the body upside down (inversion table, gravity boots). */
  usesInversion: boolean;
  /** The union of its exercises' contraindications. */
  contraindications: readonly Condition[];
};

export const SESSION_DIFFICULTIES = ["easy", "right", "hard"] as const;
export type SessionDifficulty = (typeof SESSION_DIFFICULTIES)[number];

/** One finished session, as the person rated it. */
export type SessionRecord = {
  routineSlug: string;
  /** "YYYY-MM-DD", the person's calendar day. */
  completedOn: string;
  difficulty: SessionDifficulty;
  /** Pain 0–10 just before and just after the session. */
  painBefore: number;
  painAfter: number;
};

/** What the person tells us today (the validated check-in, without the body measurements). */
export type EngineCheckIn = {
  painNow: number;
  painWeeks?: number | undefined;
  afterLifting?: boolean | undefined;
  redFlags: readonly RedFlag[];
  conditions: readonly Condition[];
  experience?: Experience | undefined;
};

export type EngineInput = {
  /** Years, decimals allowed. */
  age: number;
  /** The latest BMI (kg/m²), null when unknown. */
  bmi: number | null;
  /**
   * Whose thresholds the BMI is read against. "child" (under 20) never uses the adult "30 and over"
   * line; left out, it follows the age (20 and over = adult).
   */
  bmiGroup?: "adult" | "child" | null;
  /** lib/bmi's category for that BMI when known: the only way a child's BMI counts as higher. */
  bmiCategory?: BmiCategory | null;
  checkIn: EngineCheckIn;
  /** Newest first; the engine reads at most the latest HISTORY_LIMIT sessions. */
  history?: readonly SessionRecord[];
  catalogue: readonly EngineRoutine[];
  /** "YYYY-MM-DD"; without it the "done today / yesterday" variety rule is skipped. */
  today?: string;
};

export const SAFETY_LEVELS = ["emergency", "urgent", "routine", "none"] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

export type Safety = { level: SafetyLevel; message: string; reasons: string[] };

export type Progression = "easier" | "standard" | "harder";

export type RankedRoutine = {
  slug: string;
  name: string;
  kind: ExerciseKind;
  intensity: Intensity;
  usesInversion: boolean;
  minutes: number;
  score: number;
  reasons: string[];
  progression: Progression;
};

export type ExcludedRoutine = { slug: string; name: string; reasons: string[] };

export type Recommendation = { safety: Safety; routines: RankedRoutine[]; excluded: ExcludedRoutine[] };
