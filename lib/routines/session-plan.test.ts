import { describe, expect, it } from "vitest";
import { buildSessionPlan, CHANGE_SECONDS, formatDuration, phaseLabel, type PlayerPhase } from "./session-plan";
import { hold, makeExercise, makeRoutine, makeStep, reps } from "./session-fixtures";
import { stepSeconds } from "./types";

const describePhase = (p: PlayerPhase) =>
  `${p.kind}:${p.exercise.slug}:${p.kind === "reps" ? `${p.reps}x` : `${p.seconds}s`}:${p.label}`;

describe("buildSessionPlan", () => {
  it("unrolls sets and sides in order with rests between, never after the last", () => {
    const plan = buildSessionPlan(makeRoutine(), "standard");
    expect(plan.phases.map(describePhase)).toEqual([
      "hold:knee-to-chest:20s:Set 1 of 2 · left side",
      "rest:knee-to-chest:10s:Set 1 of 2 · right side",
      "hold:knee-to-chest:20s:Set 1 of 2 · right side",
      "rest:knee-to-chest:10s:Set 2 of 2 · left side",
      "hold:knee-to-chest:20s:Set 2 of 2 · left side",
      "rest:knee-to-chest:10s:Set 2 of 2 · right side",
      "hold:knee-to-chest:20s:Set 2 of 2 · right side",
      `rest:bird-dog:${CHANGE_SECONDS}s:Set 1 of 2`,
      "reps:bird-dog:8x:Set 1 of 2",
      "rest:bird-dog:30s:Set 2 of 2",
      "reps:bird-dog:8x:Set 2 of 2",
      `rest:childs-pose:${CHANGE_SECONDS}s:`,
      "hold:childs-pose:45s:",
    ]);
    expect(plan.exerciseCount).toBe(3);
    expect(plan.phases.at(-1)?.kind).toBe("hold");
  });

  it("labels rests by why they are there, and keeps the step's note and prescription", () => {
    const plan = buildSessionPlan(makeRoutine(), "standard");
    const rests = plan.phases.filter((p) => p.kind === "rest");
    expect(rests.map((r) => r.kind === "rest" && r.reason)).toEqual([
      "between-sets",
      "between-sets",
      "between-sets",
      "next-exercise",
      "between-sets",
      "next-exercise",
    ]);
    const birdDog = plan.phases.find((p) => p.kind === "reps");
    expect(birdDog?.note).toBe("Slow and steady.");
    expect(birdDog?.prescription).toEqual(reps(8, 2, { rest: 30 }));
    expect(birdDog?.stepIndex).toBe(1);
  });

  it("uses the easier or harder variant where a step has one, and the exercise itself otherwise", () => {
    const slugs = (progression: "easier" | "standard" | "harder") => [
      ...new Set(buildSessionPlan(makeRoutine(), progression).phases.map((p) => p.exercise.slug)),
    ];
    expect(slugs("standard")).toEqual(["knee-to-chest", "bird-dog", "childs-pose"]);
    expect(slugs("easier")).toEqual(["knee-to-chest", "bird-dog-arms-only", "childs-pose"]);
    expect(slugs("harder")).toEqual(["knee-to-chest", "bird-dog-hold", "childs-pose"]);
    expect(buildSessionPlan(makeRoutine(), "harder").progression).toBe("harder");
  });

  it("estimates the total as the work and rests of every step plus the changes between them", () => {
    const routine = makeRoutine();
    const plan = buildSessionPlan(routine, "standard");
    const expected = routine.steps.reduce((sum, step) => sum + stepSeconds(step.prescription), 0) + 2 * CHANGE_SECONDS;
    expect(plan.totalSeconds).toBe(expected);
    expect(plan.totalSeconds).toBe(4 * 20 + 3 * 10 + 15 + 2 * 8 * 3 + 30 + 15 + 45);
  });

  it("skips zero-second rests, orders steps by position and copes with a single step", () => {
    const routine = makeRoutine({
      steps: [
        makeStep(2, makeExercise("second"), reps(5, 1)),
        makeStep(1, makeExercise("first"), hold(10, 3, { rest: 0 })),
      ],
    });
    expect(buildSessionPlan(routine, "standard").phases.map(describePhase)).toEqual([
      "hold:first:10s:Set 1 of 3",
      "hold:first:10s:Set 2 of 3",
      "hold:first:10s:Set 3 of 3",
      `rest:second:${CHANGE_SECONDS}s:`,
      "reps:second:5x:",
    ]);
    const single = buildSessionPlan(
      makeRoutine({ steps: [makeStep(1, makeExercise("only"), hold(30, 1, { perSide: true }))] }),
      "easier",
    );
    expect(single.phases.map(describePhase)).toEqual([
      "hold:only:30s:Left side",
      "rest:only:15s:Right side",
      "hold:only:30s:Right side",
    ]);
    expect(buildSessionPlan(makeRoutine({ steps: [] }), "standard")).toEqual({
      progression: "standard",
      phases: [],
      exerciseCount: 0,
      totalSeconds: 0,
    });
  });
});

describe("phaseLabel and formatDuration", () => {
  it("words sets and sides", () => {
    expect(phaseLabel(2, 3, "left")).toBe("Set 2 of 3 · left side");
    expect(phaseLabel(1, 1, "right")).toBe("Right side");
    expect(phaseLabel(1, 2, null)).toBe("Set 1 of 2");
    expect(phaseLabel(1, 1, null)).toBe("");
  });

  it("rounds long estimates to minutes", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(90)).toBe("1 min 30 s");
    expect(formatDuration(120)).toBe("2 min");
    expect(formatDuration(12 * 60 + 29)).toBe("12 min");
    expect(formatDuration(-3)).toBe("0 s");
  });
});
