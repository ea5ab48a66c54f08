// The guided player's state machine, pure so it can be tested with plain numbers for the clock.
// Time is wall-clock based: a running phase remembers when it (re)started and how much it had used
// before, and every action carries `now` (Date.now()). A background tab whose timers fire late, or
// not for a minute, still shows the right time and advances through every phase that ran out,
// carrying the overshoot into the next timed phase, instead of counting interval ticks.
import { isTimed, type PlayerPhase } from "./session-plan";

export type PhaseOutcome = "done" | "skipped";

export type PlayerState = {
  phases: readonly PlayerPhase[];
  index: number;
  /** The clock runs: timed phases count down and move on by themselves. */
  running: boolean;
  /** Milliseconds of the current phase used before the running segment began. */
  elapsedMs: number;
  /** Wall-clock ms when the current running segment began; null while paused. */
  since: number | null;
  /** Per phase: how a work phase ended (rests stay null). */
  outcomes: readonly (PhaseOutcome | null)[];
  finished: boolean;
  /** Finished with "End session" before the last phase. */
  endedEarly: boolean;
  /** Timed phases that ran out on the clock so far (the player beeps when it goes up). */
  timeUps: number;
};

export type PlayerAction =
  /** A new plan (the person pressed "Start session"); the clock waits for Start. */
  | { type: "load"; phases: readonly PlayerPhase[]; now: number }
  | { type: "start"; now: number }
  | { type: "pause"; now: number }
  | { type: "toggle"; now: number }
  | { type: "tick"; now: number }
  /** Skip a timed phase, or "Done" for reps. */
  | { type: "next"; now: number }
  | { type: "back"; now: number }
  | { type: "end"; now: number };

export function initialPlayerState(phases: readonly PlayerPhase[]): PlayerState {
  return {
    phases,
    index: 0,
    running: false,
    elapsedMs: 0,
    since: null,
    outcomes: phases.map(() => null),
    finished: phases.length === 0,
    endedEarly: false,
    timeUps: 0,
  };
}

export function currentPhase(state: PlayerState): PlayerPhase | null {
  return state.finished ? null : (state.phases[state.index] ?? null);
}

/** Milliseconds the current phase has used. */
export function elapsedMs(state: PlayerState, now: number): number {
  return state.elapsedMs + (state.since === null ? 0 : Math.max(0, now - state.since));
}

/** Milliseconds left of a timed phase (never negative); null for reps or when finished. */
export function remainingMs(state: PlayerState, now: number): number | null {
  const phase = currentPhase(state);
  if (!phase || !isTimed(phase)) return null;
  return Math.max(0, phase.seconds * 1000 - elapsedMs(state, now));
}

/** Whole seconds shown on the countdown: 29.2 s left reads "30" until it is really below 30. */
export function secondsLeft(state: PlayerState, now: number): number | null {
  const ms = remainingMs(state, now);
  return ms === null ? null : Math.ceil(ms / 1000);
}

/** Moves to phase `index` with a fresh timer (keeping the clock running or paused). */
function goTo(state: PlayerState, index: number, now: number, carriedMs = 0): PlayerState {
  if (index >= state.phases.length) return { ...state, running: false, since: null, elapsedMs: 0, finished: true };
  // A running phase that inherits an overshoot simply started that much earlier.
  return { ...state, index, elapsedMs: 0, since: state.running ? now - carriedMs : null };
}

function withOutcome(state: PlayerState, outcome: PhaseOutcome | null): PlayerState {
  const phase = state.phases[state.index];
  if (!phase || phase.kind === "rest") return state;
  const outcomes = [...state.outcomes];
  outcomes[state.index] = outcome;
  return { ...state, outcomes };
}

/** Advances through every timed phase that has run out by `now`; stops at reps (self-paced). */
function advanceClock(state: PlayerState, now: number): PlayerState {
  let next = state;
  for (;;) {
    const phase = currentPhase(next);
    if (!phase || !next.running || !isTimed(phase)) return next;
    const overshoot = elapsedMs(next, now) - phase.seconds * 1000;
    if (overshoot < 0) return next;
    next = { ...withOutcome(next, "done"), timeUps: next.timeUps + 1 };
    const following = next.phases[next.index + 1];
    // Only a timed phase inherits the overshoot; a reps phase starts when the person does.
    next = goTo(next, next.index + 1, now, following && isTimed(following) ? overshoot : 0);
  }
}

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  if (action.type === "load") return initialPlayerState(action.phases);
  if (state.finished) return state;
  const { now } = action;
  switch (action.type) {
    case "start":
      return state.running ? state : advanceClock({ ...state, running: true, since: now }, now);
    case "pause": {
      const caughtUp = advanceClock(state, now);
      if (!caughtUp.running || caughtUp.finished) return caughtUp;
      return { ...caughtUp, running: false, elapsedMs: elapsedMs(caughtUp, now), since: null };
    }
    case "toggle":
      return playerReducer(state, { type: state.running ? "pause" : "start", now });
    case "tick":
      return advanceClock(state, now);
    case "next": {
      const caughtUp = advanceClock(state, now);
      if (caughtUp.finished) return caughtUp;
      const phase = currentPhase(caughtUp);
      if (phase?.kind === "reps") {
        // "Done" means the person is moving: the clock runs from here even if it was never started.
        return goTo({ ...withOutcome(caughtUp, "done"), running: true }, caughtUp.index + 1, now);
      }
      return goTo(withOutcome(caughtUp, "skipped"), caughtUp.index + 1, now);
    }
    case "back": {
      const caughtUp = advanceClock(state, now);
      if (caughtUp.finished) return caughtUp;
      // Back goes to the previous work phase (a rest on its own is nothing to go back to), and
      // forgets how it went, since the person is about to do it again.
      let index = caughtUp.index - 1;
      while (index > 0 && caughtUp.phases[index]?.kind === "rest") index--;
      const target = Math.max(0, index);
      const moved = goTo(caughtUp, target, now);
      return withOutcome(moved, null);
    }
    case "end": {
      const caughtUp = advanceClock(state, now);
      if (caughtUp.finished) return caughtUp;
      return { ...caughtUp, running: false, since: null, finished: true, endedEarly: true };
    }
  }
}

export type PlayerSummary = {
  /** Work phases (sets and sides) done, skipped, and in the plan. */
  done: number;
  skipped: number;
  total: number;
  /** Exercises (steps) with at least one work phase done. */
  exercisesDone: number;
  exerciseCount: number;
  endedEarly: boolean;
};

export function summarizePlayer(state: PlayerState, exerciseCount: number): PlayerSummary {
  let done = 0;
  let skipped = 0;
  let total = 0;
  const stepsDone = new Set<number>();
  state.phases.forEach((phase, i) => {
    if (phase.kind === "rest") return;
    total++;
    if (state.outcomes[i] === "done") {
      done++;
      stepsDone.add(phase.stepIndex);
    } else if (state.outcomes[i] === "skipped") {
      skipped++;
    }
  });
  return { done, skipped, total, exercisesDone: stepsDone.size, exerciseCount, endedEarly: state.endedEarly };
}

/**
 * The latest countdown mark reached with `seconds` left of a `phaseSeconds` timer: every 10 s ("20
 * seconds left") and each of the last five ("5", "4", …). Null before the first mark: the phase's
 * own announcement already gave its length.
 */
export function countdownMark(seconds: number, phaseSeconds: number): string | null {
  if (seconds <= 0) return null;
  if (seconds <= 5) return String(seconds);
  const mark = Math.ceil(seconds / 10) * 10;
  return mark < phaseSeconds ? `${mark} seconds left` : null;
}

/**
 * The text of the player's polite live region. It is derived from the state, and only changes at
 * the moments worth saying (a new phase, every 10 s, the last five seconds, pause and resume), so
 * a screen reader hears those and not every second.
 */
export function liveAnnouncement(state: PlayerState, now: number, exerciseCount: number): string {
  const phase = currentPhase(state);
  if (!phase) return state.endedEarly ? "Session ended." : "Session complete.";
  const intro = phaseAnnouncement(phase, exerciseCount);
  if (!isTimed(phase)) return intro;
  const left = secondsLeft(state, now) ?? 0;
  if (!state.running)
    return state.elapsedMs === 0 ? `${intro} Press Start when you are ready.` : `Paused, ${left} seconds left.`;
  const mark = countdownMark(left, phase.seconds);
  // Resumed after a pause: say so once, until the next mark (an older mark would give a stale time).
  const resumedAt = Math.ceil((phase.seconds * 1000 - state.elapsedMs) / 1000);
  if (state.elapsedMs > 0 && (mark === null || Number.parseInt(mark, 10) >= resumedAt))
    return `Resumed, ${resumedAt} seconds left.`;
  return mark ?? intro;
}

/** "Exercise 2 of 3: Bird dog. Set 1 of 2. 8 reps; press Done when finished." and the like. */
export function phaseAnnouncement(phase: PlayerPhase, exerciseCount: number): string {
  const label = phase.label ? ` ${phase.label}.` : "";
  if (phase.kind === "rest") {
    const next =
      phase.reason === "next-exercise"
        ? `Next: exercise ${phase.stepIndex + 1} of ${exerciseCount}, ${phase.exercise.name}.`
        : `Next:${label || " the next set."}`;
    return `Rest ${phase.seconds} seconds. ${next}`.replace(/\s+$/, "");
  }
  const head = `Exercise ${phase.stepIndex + 1} of ${exerciseCount}: ${phase.exercise.name}.${label}`;
  return phase.kind === "hold"
    ? `${head} Hold ${phase.seconds} seconds.`
    : `${head} ${phase.reps} reps; press Done when finished.`;
}
