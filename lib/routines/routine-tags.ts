// The fixed vocabulary of routine tags. The recommendation engine matches on these strings, so the
// catalogue may only use words from this list (its tests check that) and a new tag is added here first.

export const ROUTINE_TAGS = [
  "after_lifting",
  "desk",
  "painful_day",
  "low_impact",
  "beginner",
  "strength",
  "mobility",
  "morning",
  "evening",
  "warm_up",
] as const;

export type RoutineTag = (typeof ROUTINE_TAGS)[number];

export function isRoutineTag(tag: string): tag is RoutineTag {
  return (ROUTINE_TAGS as readonly string[]).includes(tag);
}
