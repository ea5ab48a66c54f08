// The guided player's script: a routine at one progression, unrolled into the phases a person goes
// through one at a time (each set and side of each step, with the rests in between). Pure, so the
// client player and its tests build exactly the same plan from the same RoutineDetail.
import { exerciseFor, type ExerciseSummary, type Progression, type RoutineDetail } from "./detail";
import type { Prescription } from "./types";

/** Seconds a counted repetition takes, for estimates only (reps are self-paced); types.ts's figure. */
export const SECONDS_PER_REP = 3;

/**
 * Time to change position and read the next exercise; the same ~15 s estimateMinutes allows. Given as
 * a short rest so the next exercise never starts while the person is still getting off the floor.
 */
export const CHANGE_SECONDS = 15;

export type Side = "left" | "right";

type PhaseBase = {
  /** The step this phase belongs to (0-based); a rest belongs to the step that comes next. */
  stepIndex: number;
  /** The exercise to do (work) or to get ready for (rest), at this progression. */
  exercise: ExerciseSummary;
  prescription: Prescription;
  note: string | null;
  set: number;
  sets: number;
  side: Side | null;
  /** "Set 2 of 3 · left side"; empty for a single set on both sides at once. */
  label: string;
};

/** A timed hold: the player counts `seconds` down. */
export type HoldPhase = PhaseBase & { kind: "hold"; seconds: number };
/** Counted repetitions: self-paced, finished with "Done". */
export type RepsPhase = PhaseBase & { kind: "reps"; reps: number };
/** A timed rest before the next work phase; `reason` says whether the exercise changes. */
export type RestPhase = PhaseBase & { kind: "rest"; seconds: number; reason: "between-sets" | "next-exercise" };

export type PlayerPhase = HoldPhase | RepsPhase | RestPhase;

export type SessionPlan = {
  progression: Progression;
  phases: PlayerPhase[];
  /** Number of steps ("Exercise 3 of 7"). */
  exerciseCount: number;
  /** Estimated whole seconds: holds, reps at SECONDS_PER_REP each, and every rest. */
  totalSeconds: number;
};

export function isTimed(phase: PlayerPhase): phase is HoldPhase | RestPhase {
  return phase.kind !== "reps";
}

/** Expected seconds of one phase (a reps phase at SECONDS_PER_REP a rep). */
export function phaseSeconds(phase: PlayerPhase): number {
  return phase.kind === "reps" ? phase.reps * SECONDS_PER_REP : phase.seconds;
}

/** "Set 2 of 3 · left side", "Set 1 of 2", "Right side", "". */
export function phaseLabel(set: number, sets: number, side: Side | null): string {
  const parts: string[] = [];
  if (sets > 1) parts.push(`Set ${set} of ${sets}`);
  if (side) parts.push(parts.length ? `${side} side` : `${side === "left" ? "Left" : "Right"} side`);
  return parts.join(" · ");
}

export function buildSessionPlan(routine: Pick<RoutineDetail, "steps">, progression: Progression): SessionPlan {
  const phases: PlayerPhase[] = [];
  const steps = [...routine.steps].sort((a, b) => a.position - b.position);

  steps.forEach((step, stepIndex) => {
    const exercise = exerciseFor(step, progression);
    const p = step.prescription;
    const sets = Math.max(1, p.sets);
    const sides: (Side | null)[] = p.perSide ? ["left", "right"] : [null];
    const base = { stepIndex, exercise, prescription: p, note: step.note, sets };

    // Left then right within each set (what "each side" means), then the next set.
    for (let set = 1; set <= sets; set++) {
      for (const side of sides) {
        const label = phaseLabel(set, sets, side);
        if (phases.length > 0) {
          const previous = phases[phases.length - 1];
          const newExercise = previous !== undefined && previous.stepIndex !== stepIndex;
          const seconds = newExercise ? CHANGE_SECONDS : p.restSeconds;
          if (seconds > 0) {
            phases.push({
              ...base,
              kind: "rest",
              seconds,
              reason: newExercise ? "next-exercise" : "between-sets",
              set,
              side,
              label,
            });
          }
        }
        phases.push(
          p.holdSeconds !== null
            ? { ...base, kind: "hold", seconds: p.holdSeconds, set, side, label }
            : { ...base, kind: "reps", reps: p.reps ?? 0, set, side, label },
        );
      }
    }
  });

  return {
    progression,
    phases,
    exerciseCount: steps.length,
    totalSeconds: phases.reduce((sum, phase) => sum + phaseSeconds(phase), 0),
  };
}

/** "12 min", "45 s", "1 min 30 s": an estimate for people, rounded to whole minutes past five. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  if (minutes >= 5) return `${Math.round(s / 60)} min`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
