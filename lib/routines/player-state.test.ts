import { afterEach, describe, expect, it, vi } from "vitest";
import {
  countdownMark,
  currentPhase,
  initialPlayerState,
  liveAnnouncement,
  phaseAnnouncement,
  type PlayerAction,
  playerReducer,
  type PlayerState,
  remainingMs,
  secondsLeft,
  summarizePlayer,
} from "./player-state";
import { hold, makeExercise, makeRoutine, makeStep, reps } from "./session-fixtures";
import { buildSessionPlan } from "./session-plan";

// hold 20 s (set 1) → rest 10 s → hold 20 s (set 2) → rest 15 s (next exercise) → 8 reps → rest 15 s → hold 30 s
const routine = makeRoutine({
  steps: [
    makeStep(1, makeExercise("knee-to-chest"), hold(20, 2, { rest: 10 })),
    makeStep(2, makeExercise("bird-dog"), reps(8, 1)),
    makeStep(3, makeExercise("childs-pose"), hold(30, 1)),
  ],
});
const plan = buildSessionPlan(routine, "standard");

function run(actions: PlayerAction[], state: PlayerState = initialPlayerState(plan.phases)): PlayerState {
  return actions.reduce(playerReducer, state);
}
const kindAt = (state: PlayerState) => `${state.index}:${currentPhase(state)?.kind ?? "finished"}`;

describe("playerReducer", () => {
  it("waits for Start, then counts a hold down by the wall clock", () => {
    let state = initialPlayerState(plan.phases);
    expect(state.running).toBe(false);
    expect(secondsLeft(state, 99_000)).toBe(20); // not started: time does not pass
    state = playerReducer(state, { type: "start", now: 1_000 });
    expect(secondsLeft(state, 1_000)).toBe(20);
    expect(secondsLeft(state, 1_001)).toBe(20); // 19.999 s left still reads 20
    expect(secondsLeft(state, 2_000)).toBe(19);
    expect(remainingMs(state, 15_500)).toBe(5_500);
  });

  it("pauses and resumes without losing or gaining time", () => {
    const state = run([
      { type: "start", now: 0 },
      { type: "pause", now: 5_000 },
      { type: "tick", now: 60_000 },
      { type: "toggle", now: 60_000 },
    ]);
    expect(state.running).toBe(true);
    expect(remainingMs(state, 60_000)).toBe(15_000);
    expect(remainingMs(state, 70_000)).toBe(5_000);
  });

  it("moves on when a timed phase runs out, and waits at reps for Done", () => {
    let state = run([
      { type: "start", now: 0 },
      { type: "tick", now: 20_000 },
    ]);
    expect(kindAt(state)).toBe("1:rest");
    expect(state.outcomes[0]).toBe("done");
    expect(state.timeUps).toBe(1);
    state = run([{ type: "tick", now: 20_000 + 10_000 + 20_000 + 15_000 }], state);
    expect(kindAt(state)).toBe("4:reps");
    state = run([{ type: "tick", now: 10_000_000 }], state);
    expect(kindAt(state)).toBe("4:reps"); // self-paced: no timer
    state = run([{ type: "next", now: 10_000_000 }], state);
    expect(state.outcomes[4]).toBe("done");
    expect(kindAt(state)).toBe("5:rest");
    expect(secondsLeft(state, 10_000_000)).toBe(15); // the rest starts when Done was pressed
  });

  it("catches up after a background tab missed its ticks, carrying the overshoot", () => {
    // One late tick 33 s after start: hold (20) and the rest (10) are over, 3 s into set 2.
    const state = run([
      { type: "start", now: 0 },
      { type: "tick", now: 33_000 },
    ]);
    expect(kindAt(state)).toBe("2:hold");
    expect(state.outcomes.slice(0, 3)).toEqual(["done", null, null]);
    expect(remainingMs(state, 33_000)).toBe(17_000);
    expect(state.timeUps).toBe(2);
  });

  it("skips a timed phase as skipped, and finishes after the last one", () => {
    let state = run([
      { type: "start", now: 0 },
      { type: "next", now: 1_000 },
    ]);
    expect(state.outcomes[0]).toBe("skipped");
    expect(kindAt(state)).toBe("1:rest");
    expect(secondsLeft(state, 1_000)).toBe(10);
    for (let i = 0; i < 5; i++) state = playerReducer(state, { type: "next", now: 2_000 + i });
    expect(kindAt(state)).toBe("6:hold");
    state = playerReducer(state, { type: "tick", now: 2_004 + 30_000 });
    expect(state.finished).toBe(true);
    expect(state.endedEarly).toBe(false);
    expect(state.running).toBe(false);
    expect(playerReducer(state, { type: "next", now: 99_999 })).toBe(state); // finished is final
    expect(summarizePlayer(state, plan.exerciseCount)).toEqual({
      done: 2,
      skipped: 2,
      total: 4,
      exercisesDone: 2,
      exerciseCount: 3,
      endedEarly: false,
    });
  });

  it("goes back to the previous work phase (not to a rest) and forgets its outcome", () => {
    let state = run([
      { type: "start", now: 0 },
      { type: "tick", now: 20_000 },
    ]);
    expect(kindAt(state)).toBe("1:rest");
    state = playerReducer(state, { type: "back", now: 21_000 });
    expect(kindAt(state)).toBe("0:hold");
    expect(state.outcomes[0]).toBeNull();
    expect(secondsLeft(state, 21_000)).toBe(20);
    state = playerReducer(state, { type: "back", now: 22_000 }); // at the first phase: restart it
    expect(kindAt(state)).toBe("0:hold");
    expect(secondsLeft(state, 25_000)).toBe(17);
  });

  it("ends early on request, keeping what was done", () => {
    const state = run([
      { type: "start", now: 0 },
      { type: "tick", now: 20_000 },
      { type: "end", now: 25_000 },
    ]);
    expect(state).toMatchObject({ finished: true, endedEarly: true, running: false });
    expect(summarizePlayer(state, plan.exerciseCount)).toMatchObject({
      done: 1,
      skipped: 0,
      total: 4,
      exercisesDone: 1,
      endedEarly: true,
    });
  });

  it("treats an empty plan as finished", () => {
    expect(initialPlayerState([]).finished).toBe(true);
  });
});

describe("with an interval driving it, like the player does", () => {
  afterEach(() => vi.useRealTimers());

  it("stays right whether the interval fires every 250 ms or is throttled to once a minute", () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    let state = playerReducer(initialPlayerState(plan.phases), { type: "start", now: Date.now() });
    const timer = setInterval(() => {
      state = playerReducer(state, { type: "tick", now: Date.now() });
    }, 250);
    vi.advanceTimersByTime(12_000);
    expect(secondsLeft(state, Date.now())).toBe(8);
    clearInterval(timer);

    // A background tab: the clock moves 41 s but the interval only fires once, at the end.
    const throttled = setInterval(() => {
      state = playerReducer(state, { type: "tick", now: Date.now() });
    }, 41_000);
    vi.advanceTimersByTime(41_000);
    clearInterval(throttled);
    // 53 s in: hold 20 + rest 10 + hold 20 = 50, then 3 s into the 15 s change.
    expect(kindAt(state)).toBe("3:rest");
    expect(secondsLeft(state, Date.now())).toBe(12);
  });
});

describe("announcements", () => {
  it("marks every 10 s and the last five seconds, not every second", () => {
    const marks = Array.from({ length: 45 }, (_, i) => countdownMark(45 - i, 45));
    const changes = marks.filter((mark, i) => mark !== null && mark !== marks[i - 1]);
    expect(changes).toEqual([
      "40 seconds left",
      "30 seconds left",
      "20 seconds left",
      "10 seconds left",
      "5",
      "4",
      "3",
      "2",
      "1",
    ]);
    expect(countdownMark(45, 45)).toBeNull(); // the phase start says the length already
    expect(countdownMark(0, 30)).toBeNull();
  });

  it("names the exercise, its position and what to do", () => {
    const [first, rest, , change, repsPhase] = plan.phases;
    expect(phaseAnnouncement(first!, 3)).toBe("Exercise 1 of 3: Knee to chest. Set 1 of 2. Hold 20 seconds.");
    expect(phaseAnnouncement(rest!, 3)).toBe("Rest 10 seconds. Next: Set 2 of 2.");
    expect(phaseAnnouncement(change!, 3)).toBe("Rest 15 seconds. Next: exercise 2 of 3, Bird dog.");
    expect(phaseAnnouncement(repsPhase!, 3)).toBe("Exercise 2 of 3: Bird dog. 8 reps; press Done when finished.");
  });

  it("changes the live region only at phase changes, marks, pause and resume", () => {
    const said: string[] = [];
    let state = playerReducer(initialPlayerState([]), { type: "load", phases: plan.phases, now: 0 });
    const listen = (now: number) => {
      const text = liveAnnouncement(state, now, plan.exerciseCount);
      if (text !== said.at(-1)) said.push(text);
    };
    listen(0);
    state = playerReducer(state, { type: "start", now: 0 });
    for (let t = 0; t <= 12_000; t += 250) {
      state = playerReducer(state, { type: "tick", now: t });
      listen(t);
    }
    state = playerReducer(state, { type: "pause", now: 12_000 });
    listen(12_000);
    state = playerReducer(state, { type: "start", now: 30_000 });
    for (let t = 30_000; t <= 39_000; t += 250) {
      state = playerReducer(state, { type: "tick", now: t });
      listen(t);
    }
    expect(said).toEqual([
      "Exercise 1 of 3: Knee to chest. Set 1 of 2. Hold 20 seconds. Press Start when you are ready.",
      "Exercise 1 of 3: Knee to chest. Set 1 of 2. Hold 20 seconds.",
      "10 seconds left",
      "Paused, 8 seconds left.",
      "Resumed, 8 seconds left.",
      "5",
      "4",
      "3",
      "2",
      "1",
      "Rest 10 seconds. Next: Set 2 of 2.",
    ]);
  });

  it("does not call a phase that inherited a background overshoot 'resumed'", () => {
    const state = run([
      { type: "start", now: 0 },
      { type: "tick", now: 23_000 },
    ]);
    expect(liveAnnouncement(state, 23_000, 3)).toBe("Rest 10 seconds. Next: Set 2 of 2.");
    expect(liveAnnouncement(run([{ type: "end", now: 1 }], state), 1, 3)).toBe("Session ended.");
  });

  it("runs the clock after Done on reps even if it was never started", () => {
    const atReps = run([
      { type: "next", now: 0 },
      { type: "next", now: 0 },
      { type: "next", now: 0 },
      { type: "next", now: 0 },
    ]);
    expect(kindAt(atReps)).toBe("4:reps");
    expect(atReps.running).toBe(false);
    const after = playerReducer(atReps, { type: "next", now: 1_000 });
    expect(after.running).toBe(true);
    expect(secondsLeft(after, 6_000)).toBe(10);
  });
});
