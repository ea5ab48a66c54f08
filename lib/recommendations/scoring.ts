// Soft rules: how well an allowed routine fits today. Each component adds or removes whole points
// and always says why in plain words, so a score is never a mystery: the reasons are the score.
// Weights are small round numbers chosen so that a rule the issue says comes "first" outweighs a
// "favoured" one (ADR 0008 has the table); only differences between routines matter.
import { tryDayNumber } from "@/lib/dates/calendar";
import type { Person } from "./person";
import { HIGH_PAIN, MODERATE_PAIN, PERSISTENT_PAIN_WEEKS } from "./rules";
import type { EngineRoutine, Progression, SessionRecord } from "./types";

/** Every routine starts here, so scores read as positive numbers. */
export const BASE_SCORE = 50;

export type ScoreComponent = { points: number; reason: string };

export const FALLBACK_REASON = "Because it fits what you told us and nothing rules it out";

const hasTag = (routine: EngineRoutine, tag: string) => routine.tags.includes(tag);

/** Whole days from `from` to `to`, or null when either is not a real date. */
function daysSince(from: string, to: string): number | null {
  const a = tryDayNumber(from);
  const b = tryDayNumber(to);
  return a === null || b === null ? null : b - a;
}

/**
 * The score components of one allowed routine. `sessions` are this routine's own sessions, newest
 * first; `today` enables the variety rule.
 */
export function scoreComponents(
  routine: EngineRoutine,
  person: Person,
  sessions: readonly SessionRecord[],
  today: string | undefined,
): ScoreComponent[] {
  const parts: ScoreComponent[] = [];
  const add = (points: number, reason: string) => parts.push({ points, reason });

  // After squats and deadlifts the spine has been loaded: decompress first [SEEDS 000, 001].
  if (person.afterLifting) {
    if (hasTag(routine, "after_lifting"))
      add(30, "Because you lifted today, and this routine is made for after lifting");
    if (routine.kind === "decompression") add(15, "Because you lifted today, decompression comes first");
  }

  // Pain today (routines too hard for it were already excluded).
  if (person.painNow >= HIGH_PAIN) {
    if (hasTag(routine, "painful_day"))
      add(20, "Because your pain is high today, and this routine is made for painful days");
  } else if (person.painNow >= MODERATE_PAIN) {
    if (routine.intensity === "gentle")
      add(15, `Because your pain is ${MODERATE_PAIN}–${HIGH_PAIN - 1}/10, gentle routines are favoured`);
    if (hasTag(routine, "painful_day")) add(10, "Because it is made for days when the back hurts");
  }

  // Persistent pain: keep moving, gently; exercise is NICE's first-line treatment [NG59].
  if (person.painWeeks !== null && person.painWeeks > PERSISTENT_PAIN_WEEKS) {
    if (routine.intensity === "gentle" || routine.kind === "mobility" || routine.kind === "stretching") {
      add(
        10,
        `Because your pain has lasted more than ${PERSISTENT_PAIN_WEEKS} weeks, gentle movement and mobility ` +
          `work are favoured`,
      );
    }
  }

  // Higher BMI: avoid high impact [SEEDS 002]. Low-impact routines are also put first in the
  // ranking itself (engine.ts), so this bonus explains that rather than causing it.
  if (person.higherBmi) {
    if (hasTag(routine, "low_impact"))
      add(20, "Because low-impact routines are easier on the joints at a higher BMI, they come first");
    else if (routine.intensity === "hard")
      add(-20, "Because hard routines put more load on the joints at a higher BMI");
  }

  // Experience: start easy, build up [SEEDS 003: warm-up, then basics]; lifters get strength work [SEEDS 004].
  if (person.experience === "beginner") {
    if (hasTag(routine, "beginner")) add(10, "Because it is made for beginners");
    if (routine.intensity === "gentle") add(10, "Because gentle routines are a good start for a beginner");
    if (routine.intensity === "hard") add(-20, "Because hard routines are better after some experience");
  } else if (person.experience === "advanced") {
    if (routine.kind === "strength" || hasTag(routine, "strength"))
      add(15, "Because you are experienced, strength work is favoured");
  }

  // Variety: the same routine two days running is fine but something else is better [SEEDS 004: over-working the same
  // muscles is a cause of lifters' back pain].
  const last = sessions[0];
  const days = last && today ? daysSince(last.completedOn, today) : null;
  if (days === 0) add(-15, "You did this today already, so others come first for variety");
  else if (days === 1) add(-10, "You did this yesterday, so others come first for variety");

  return parts;
}

export const EASIER_REASON = "Your pain went up after this last time, so the easier variants are suggested";
export const HARDER_REASON = "You rated this easy the last two times, so the harder variants are suggested";
export const HARDER_HELD_REASON =
  `You rated this easy the last two times, but with pain at ${HIGH_PAIN}/10 or ` +
  `more today, stay at the standard level`;

/**
 * The step to take with this routine, from its own sessions (newest first): pain up after the
 * latest one → easier; rated easy the last two times → harder (but not on a high-pain day);
 * otherwise standard. Pain going up wins over "easy": it is the safety signal.
 */
export function progressionFor(
  sessions: readonly SessionRecord[],
  painNow: number,
): { progression: Progression; reason: string | null } {
  const [latest, previous] = sessions;
  if (latest && latest.painAfter > latest.painBefore) return { progression: "easier", reason: EASIER_REASON };
  if (latest?.difficulty === "easy" && previous?.difficulty === "easy") {
    return painNow >= HIGH_PAIN
      ? { progression: "standard", reason: HARDER_HELD_REASON }
      : { progression: "harder", reason: HARDER_REASON };
  }
  return { progression: "standard", reason: null };
}
