// Words for the routine vocabulary, shared by pages, filters and the player (pure).
import type { RoutineTag } from "./routine-tags";
import type { ExerciseKind, Intensity } from "./types";

export const KIND_LABELS: Record<ExerciseKind, string> = {
  decompression: "Decompression",
  stretching: "Stretching",
  core: "Core",
  strength: "Strength",
  mobility: "Mobility",
};

export const INTENSITY_LABELS: Record<Intensity, string> = {
  gentle: "Gentle",
  moderate: "Moderate",
  hard: "Hard",
};

export const TAG_LABELS: Record<RoutineTag, string> = {
  after_lifting: "after lifting",
  desk: "for desk workers",
  painful_day: "for a painful day",
  low_impact: "low impact",
  beginner: "beginner friendly",
  strength: "strength",
  mobility: "mobility",
  morning: "morning",
  evening: "evening",
  warm_up: "warm-up",
};

/** Parses a filter from the query string; anything unknown means "no filter", never an error. */
export function pickOne<T extends string>(values: readonly T[], raw: unknown): T | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}
