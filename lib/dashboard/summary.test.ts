import { describe, expect, it } from "vitest";
import { GOAL_EPSILON_KG, goalProgress, lookbackEntry, summarize } from "./summary";

const e = (measuredOn: string, weightKg: number, bmi = weightKg / 3.1684) => ({ measuredOn, weightKg, bmi });

describe("summarize", () => {
  it("is empty without entries", () => {
    expect(summarize([], "2026-11-21", 75)).toEqual({
      count: 0,
      latest: null,
      sincePrevious: null,
      over30Days: null,
      goal: null,
      daysSinceLatest: null,
    });
  });

  it("has no changes with a single entry", () => {
    const s = summarize([e("2026-11-21", 80)], "2026-11-21", null);
    expect(s.latest?.weightKg).toBe(80);
    expect(s.sincePrevious).toBeNull();
    expect(s.over30Days).toBeNull();
    expect(s.goal).toBeNull();
    expect(s.daysSinceLatest).toBe(0);
  });

  it("computes the change since the previous entry", () => {
    const s = summarize(
      [e("2026-11-01", 81, 25.6), e("2026-11-14", 80.5, 25.4), e("2026-11-21", 79.2, 25.0)],
      "2026-11-23",
      null,
    );
    expect(s.count).toBe(3);
    expect(s.sincePrevious?.from.measuredOn).toBe("2026-11-14");
    expect(s.sincePrevious?.weightKg).toBeCloseTo(-1.3, 10);
    expect(s.sincePrevious?.bmi).toBeCloseTo(-0.4, 10);
    expect(s.sincePrevious?.days).toBe(7);
    expect(s.daysSinceLatest).toBe(2);
  });

  it("sorts an unsorted series and keeps same-day order", () => {
    const s = summarize([e("2026-11-21", 79), e("2026-11-01", 81), e("2026-11-21", 78.8)], "2026-11-21", null);
    expect(s.latest?.weightKg).toBe(78.8);
    expect(s.sincePrevious?.from.weightKg).toBe(79);
    expect(s.sincePrevious?.days).toBe(0);
  });

  describe("30-day change", () => {
    it("uses the latest entry on or before latest − 30 days", () => {
      const series = [
        e("2026-09-01", 84),
        e("2026-10-20", 83),
        e("2026-10-22", 82),
        e("2026-10-23", 81.5),
        e("2026-11-21", 80),
      ];
      const s = summarize(series, "2026-11-21", null);
      expect(s.over30Days?.from.measuredOn).toBe("2026-10-22"); // exactly 30 days: included
      expect(s.over30Days?.days).toBe(30);
      expect(s.over30Days?.weightKg).toBeCloseTo(-2, 10);
    });

    it("is null when every earlier entry is within 30 days", () => {
      const s = summarize([e("2026-10-23", 82), e("2026-11-21", 80)], "2026-11-21", null);
      expect(s.over30Days).toBeNull();
    });

    it("reaches back past a long gap", () => {
      const s = summarize([e("2025-01-10", 90), e("2026-11-20", 81), e("2026-11-21", 80)], "2026-11-21", null);
      expect(s.over30Days?.from.measuredOn).toBe("2025-01-10");
    });

    it("counts calendar days, not hours, across the DST change", () => {
      expect(lookbackEntry([e("2026-10-02", 1), e("2026-11-01", 2)], "2026-11-01", 30)?.measuredOn).toBe("2026-10-02");
      expect(lookbackEntry([e("2026-02-06", 1)], "2026-03-08", 30)?.measuredOn).toBe("2026-02-06");
      expect(lookbackEntry([e("2026-02-07", 1)], "2026-03-08", 30)).toBeNull();
    });
  });
});

describe("goalProgress", () => {
  it("tracks a weight-loss goal", () => {
    const g = goalProgress(90, 84, 80);
    expect(g).toMatchObject({ direction: "lose", startKg: 90, currentKg: 84, goalKg: 80, reached: false });
    expect(g.percent).toBeCloseTo(60, 10);
    expect(g.remainingKg).toBeCloseTo(4, 10);
  });

  it("tracks a weight-gain goal (bulking)", () => {
    const g = goalProgress(70, 73, 76);
    expect(g.direction).toBe("gain");
    expect(g.percent).toBeCloseTo(50, 10);
    expect(g.remainingKg).toBeCloseTo(3, 10);
  });

  it("clamps: the wrong way is 0%, past the goal is 100% and reached", () => {
    expect(goalProgress(90, 92, 80)).toMatchObject({ percent: 0, reached: false, remainingKg: 12 });
    expect(goalProgress(90, 78, 80)).toMatchObject({ percent: 100, reached: true, remainingKg: 0 });
    expect(goalProgress(70, 65, 76)).toMatchObject({ percent: 0, reached: false });
    expect(goalProgress(70, 77, 76)).toMatchObject({ percent: 100, reached: true, remainingKg: 0 });
  });

  it("counts a gap below display precision as reached", () => {
    expect(goalProgress(90, 80 + GOAL_EPSILON_KG / 2, 80)).toMatchObject({ reached: true, percent: 100 });
  });

  it("treats start == goal as maintain, without NaN", () => {
    const at = goalProgress(80, 80, 80);
    expect(at).toMatchObject({ direction: "maintain", percent: 100, reached: true, remainingKg: 0 });
    const off = goalProgress(80, 82.5, 80);
    expect(off).toMatchObject({ direction: "maintain", percent: 0, reached: false });
    expect(off.remainingKg).toBeCloseTo(2.5, 10);
    const near = goalProgress(80, 80.02, 80.01);
    expect(near.direction).toBe("maintain");
    for (const g of [at, off, near]) for (const v of [g.percent, g.remainingKg]) expect(Number.isFinite(v)).toBe(true);
  });

  it("is always finite and within 0–100", () => {
    for (const start of [50, 80, 80.04, 120]) {
      for (const current of [40, 79.99, 80, 80.01, 130]) {
        const g = goalProgress(start, current, 80);
        expect(Number.isFinite(g.percent) && g.percent >= 0 && g.percent <= 100).toBe(true);
        expect(Number.isFinite(g.remainingKg) && g.remainingKg >= 0).toBe(true);
      }
    }
  });

  it("comes from the first and latest entries in summarize", () => {
    const s = summarize([e("2026-01-01", 90), e("2026-06-01", 85), e("2026-11-21", 82)], "2026-11-21", 80);
    expect(s.goal).toMatchObject({ startKg: 90, currentKg: 82, goalKg: 80, direction: "lose" });
    expect(s.goal?.percent).toBeCloseTo(80, 10);
  });
});
