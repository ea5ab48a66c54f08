import { describe, expect, it } from "vitest";
import { kgToLb } from "@/lib/bmi/units";
import { goalFigures, shownDelta, shownWeightDelta } from "./shown-figures";
import { goalProgress } from "./summary";

describe("shownDelta", () => {
  it("is the difference of the displayed values: 25.66 → 25.74 both read 25.7, so 0.0", () => {
    expect(shownDelta(25.66, 25.74)).toBe(0);
    // The stored values differ by 0.08, which would have read "+0.1" next to two rows of 25.7.
    expect(Math.round((25.74 - 25.66) * 10) / 10).toBe(0.1);
    expect(shownDelta(25.84, 25.66)).toBe(-0.1);
  });

  it("works in the person's units for weights", () => {
    // 80.04 and 79.96 kg both read 80.0 kg: no change; in lb they read 176.5 and 176.3.
    expect(shownWeightDelta(80.04, 79.96, "metric")).toBe(0);
    expect(shownWeightDelta(80.04, 79.96, "us")).toBe(
      Math.round(Math.round(kgToLb(79.96) * 10) - Math.round(kgToLb(80.04) * 10)) / 10,
    );
  });
});

describe("goalFigures", () => {
  it("done + to go = total, all from the displayed weights", () => {
    // Start 83.14 (83.1), now 78.16 (78.2), goal 75.04 (75.0): lost 4.9 of 8.1, 3.2 to go.
    const figures = goalFigures(goalProgress(83.14, 78.16, 75.04), "metric");
    expect(figures).toMatchObject({
      direction: "lose",
      start: 83.1,
      now: 78.2,
      goal: 75,
      total: 8.1,
      done: 4.9,
      toGo: 3.2,
      percent: 60,
      reached: false,
    });
    expect(Math.round((figures.done + figures.toGo) * 10) / 10).toBe(figures.total);
  });

  it("in pounds too", () => {
    const f = goalFigures(goalProgress(90, 85, 80), "us");
    expect(Math.round((f.done + f.toGo) * 10) / 10).toBe(f.total);
    expect(f.total).toBe(Math.round(Math.round(kgToLb(90) * 10) - Math.round(kgToLb(80) * 10)) / 10);
  });

  it("the wrong way is a negative 'done' and 0%; at or past the goal is reached", () => {
    expect(goalFigures(goalProgress(90, 92, 80), "metric")).toMatchObject({
      done: -2,
      toGo: 12,
      percent: 0,
      reached: false,
    });
    expect(goalFigures(goalProgress(90, 79, 80), "metric")).toMatchObject({
      done: 11,
      toGo: 0,
      percent: 100,
      reached: true,
    });
    expect(goalFigures(goalProgress(70, 73, 76), "metric")).toMatchObject({
      direction: "gain",
      done: 3,
      toGo: 3,
      percent: 50,
    });
  });

  it("maintain: the distance from the goal as displayed", () => {
    expect(goalFigures(goalProgress(80, 80.44, 80.01), "metric")).toMatchObject({
      direction: "maintain",
      now: 80.4,
      goal: 80,
      toGo: 0.4,
      reached: true,
    });
  });
});
