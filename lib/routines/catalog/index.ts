// The seed catalogue of back-care content: every exercise and routine the product ships with, as plain
// data. The database seed, the recommendation engine and the tests all read it from here.
import type { ExerciseContent, RoutineContent } from "../types";
import { CORE_PLANK_EXERCISES } from "./exercises-core-planks";
import { CORE_STABILITY_EXERCISES } from "./exercises-core-stability";
import { DECOMPRESSION_EXERCISES } from "./exercises-decompression";
import { MOBILITY_EXERCISES } from "./exercises-mobility";
import { LIMB_STRETCHES } from "./exercises-stretching-limbs";
import { SPINE_STRETCHES } from "./exercises-stretching-spine";
import { STRENGTH_EXERCISES } from "./exercises-strength";
import { WARM_UP_EXERCISES } from "./exercises-warm-up";
import { RECOVERY_ROUTINES } from "./routines-recovery";
import { TRAINING_ROUTINES } from "./routines-training";

export const EXERCISES: ExerciseContent[] = [
  ...DECOMPRESSION_EXERCISES,
  ...SPINE_STRETCHES,
  ...LIMB_STRETCHES,
  ...CORE_STABILITY_EXERCISES,
  ...CORE_PLANK_EXERCISES,
  ...STRENGTH_EXERCISES,
  ...MOBILITY_EXERCISES,
  ...WARM_UP_EXERCISES,
];

export const ROUTINES: RoutineContent[] = [...RECOVERY_ROUTINES, ...TRAINING_ROUTINES];
