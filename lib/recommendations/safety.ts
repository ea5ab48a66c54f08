// The safety triage that runs before any routine is considered: red flags first, because no amount
// of careful exercise is the right answer to a possible cauda equina syndrome, fracture or
// infection [NG59][NHS]. Sources are listed in rules.ts and ADR 0008.
import type { RedFlag } from "@/lib/routines/types";
import {
  AGE_FLAG,
  EMERGENCY_FLAGS,
  PERSISTENT_PAIN_WEEKS,
  RED_FLAG_LABELS,
  SAFETY_MESSAGES,
  URGENT_FLAGS,
} from "./rules";
import type { Safety } from "./types";

export type SafetyInput = {
  age: number;
  redFlags: readonly RedFlag[];
  painWeeks?: number | undefined;
};

/** Reasons in the fixed order of the flag lists, so the answer does not depend on the order ticked. */
function flagReasons(present: ReadonlySet<RedFlag>, flags: readonly RedFlag[]): string[] {
  return flags.filter((flag) => present.has(flag)).map((flag) => RED_FLAG_LABELS[flag]);
}

function ageReason(age: number): string | null {
  if (age < AGE_FLAG.under) return `Back pain under the age of ${AGE_FLAG.under}, together with another warning sign`;
  if (age > AGE_FLAG.over) return `Back pain over the age of ${AGE_FLAG.over}, together with another warning sign`;
  return null;
}

/**
 * The level, its message and the reasons in plain words. Emergency beats urgent beats routine
 * (pain for more than 6 weeks, routines still offered) beats none.
 */
export function assessSafety({ age, redFlags, painWeeks }: SafetyInput): Safety {
  const present = new Set(redFlags);
  const emergency = flagReasons(present, EMERGENCY_FLAGS);
  const urgent = flagReasons(present, URGENT_FLAGS);
  const persistent = painWeeks !== undefined && painWeeks > PERSISTENT_PAIN_WEEKS;
  const persistentReason = `Your pain has lasted more than ${PERSISTENT_PAIN_WEEKS} weeks`;

  if (emergency.length > 0 || urgent.length > 0) {
    // Age is only ever a modifier: it is named when another flag is present, never on its own.
    const byAge = ageReason(age);
    const reasons = [...emergency, ...urgent, ...(byAge ? [byAge] : []), ...(persistent ? [persistentReason] : [])];
    const level = emergency.length > 0 ? "emergency" : "urgent";
    return { level, message: SAFETY_MESSAGES[level], reasons };
  }
  if (persistent) return { level: "routine", message: SAFETY_MESSAGES.routine, reasons: [persistentReason] };
  return { level: "none", message: SAFETY_MESSAGES.none, reasons: [] };
}

/** True for the levels at which no routine is offered at all. */
export function blocksExercise(level: Safety["level"]): boolean {
  return level === "emergency" || level === "urgent";
}
