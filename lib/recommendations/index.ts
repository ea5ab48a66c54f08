/**
 * Public API of the recommendation engine. Pure TypeScript (no Next.js, React or Prisma), shared by
 * the check-in page, its server action and the JSON API. Rules and sources: ADR 0008.
 */
export * from "./types";
export { recommend, HISTORY_LIMIT } from "./engine";
export { recommendFromCheckIn, bmiFromCheckIn } from "./from-check-in";
export { assessSafety, blocksExercise, type SafetyInput } from "./safety";
export { toEngineRoutine, toEngineCatalogue } from "./catalogue";
export { progressionFor } from "./scoring";
export {
  checkInSchema,
  checkInFromFormData,
  checkInFieldErrors,
  CHECK_IN_LIMITS,
  CHECK_IN_MESSAGES,
  type CheckInInput,
  type CheckInRaw,
} from "./schema";
export {
  CONDITION_LABELS,
  RED_FLAG_LABELS,
  EMERGENCY_FLAGS,
  URGENT_FLAGS,
  SAFETY_MESSAGES,
  RED_FLAG_EXCLUSION,
} from "./rules";
