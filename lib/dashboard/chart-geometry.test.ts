import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  layoutChart,
  linePath,
  PLOT_HEIGHT,
  PLOT_INSET,
  simplifyPath,
  spreadLabels,
  TREND_TOLERANCE_PX,
  valuesToFit,
  type GeometryInput,
} from "./chart-geometry";
import { addDays } from "@/lib/dates/calendar";
import { bmiReference } from "./reference";

const points = [
  { id: "a", date: "2026-09-01", value: 24.1, trend: 24.1 },
  { id: "b", date: "2026-10-01", value: 23.8, trend: 24.0 },
  { id: "c", date: "2026-11-21", value: 23.2, trend: 23.7 },
];
const input: GeometryInput = {
  points,
  reference: [{ kind: "band", from: "2026-08-23", to: "2026-11-21", lower: 18.5, upper: 25 }],
  goal: null,
  from: "2026-08-23",
  to: "2026-11-21",
  minSpan: 2,
  adultFrom: null,
};
const commands = (path: string) => path.match(/[ML]/g)?.length ?? 0;

describe("layoutChart", () => {
  const layout = layoutChart(input);

  it("fits the data and the trend, with only the nearby part of the band as context", () => {
    for (const value of valuesToFit(input)) {
      expect(value).toBeGreaterThanOrEqual(layout.scale.min);
      expect(value).toBeLessThanOrEqual(layout.scale.max);
    }
    for (const p of layout.points) expect(p.y >= PLOT_INSET && p.y <= PLOT_HEIGHT - PLOT_INSET).toBe(true);
    // The band's top (25) is within half the data's span of it; its bottom (18.5) is not.
    expect(valuesToFit(input)).toContain(25);
    expect(valuesToFit(input)).not.toContain(18.5);
    expect(layout.scale.min).toBeGreaterThan(18.5);
  });

  it("shows a 5 kg loss across most of the plot, not flat against a band far below", () => {
    const loss = [85, 84, 83.2, 82.1, 81, 80].map((value, i) => ({
      id: `w${i}`,
      date: addDays("2026-09-01", i * 14),
      value,
      trend: value + 0.2,
    }));
    // A healthy weight for 1.80 m is 59.9 to 81 kg: before, the axis stretched to 59.9.
    const weight = layoutChart({
      ...input,
      points: loss,
      reference: [{ kind: "band", from: "2026-09-01", to: "2026-11-10", lower: 59.9, upper: 81 }],
      minSpan: 4,
      from: "2026-09-01",
      to: "2026-11-10",
    });
    const ys = weight.points.map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.6 * (PLOT_HEIGHT - 2 * PLOT_INSET));
    expect(weight.scale.min).toBeGreaterThan(75);
    // The band is still drawn (clipped by the plot) and labelled where it shows.
    expect(weight.areas).toHaveLength(1);
    expect(weight.labels.map((l) => l.text)).toEqual(["Healthy"]);
  });

  it("has 3 to 6 y ticks from bottom to top of the plot", () => {
    expect(layout.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(layout.yTicks.length).toBeLessThanOrEqual(6);
    expect(layout.yTicks[0]?.y).toBe(PLOT_HEIGHT - PLOT_INSET);
    expect(layout.yTicks.at(-1)?.y).toBe(PLOT_INSET);
  });

  it("draws one path point per entry, placed by date", () => {
    expect(commands(layout.linePath)).toBe(points.length);
    expect(commands(layout.trendPath)).toBe(points.length);
    expect(layout.points.map((p) => p.xPct)).toEqual([10, 43.33, 100]);
    // Lower values sit lower on screen (larger y).
    expect(layout.points[2]!.y).toBeGreaterThan(layout.points[0]!.y);
  });

  it("shades the band across the whole plot and labels it", () => {
    expect(layout.areas).toHaveLength(1);
    expect(layout.areas[0]).toMatch(/^M0 .* L1000 .* Z$/);
    expect(layout.labels.map((l) => l.text)).toEqual(["Healthy"]);
  });

  it("renders empty and single-point series without lines", () => {
    const empty = layoutChart({ ...input, points: [] });
    expect(empty.linePath).toBe("");
    expect(empty.trendPath).toBe("");
    expect(empty.yTicks.length).toBeGreaterThanOrEqual(3);
    const single = layoutChart({ ...input, points: points.slice(2), reference: [] });
    expect(single.points).toHaveLength(1);
    expect(single.linePath).toBe("");
    expect(Number.isFinite(single.points[0]!.y)).toBe(true);
  });

  it("includes and labels a goal near the data; a far one is named at the edge with an arrow", () => {
    const near = layoutChart({ ...input, goal: 22 });
    expect(near.scale.min).toBeLessThanOrEqual(22);
    expect(near.goalY).not.toBeNull();
    expect(near.labels.find((l) => l.key === "goal")?.text).toBe("Goal");
    const far = layoutChart({ ...input, goal: 17 });
    expect(far.scale.min).toBeGreaterThan(17);
    expect(far.goalY).toBeNull();
    expect(far.labels.find((l) => l.key === "goal")).toMatchObject({ text: "Goal ↓", y: PLOT_HEIGHT - PLOT_INSET });
  });

  it("draws percentile curves and the adult band for someone turning 20", () => {
    const reference = bmiReference({
      from: "2026-01-01",
      to: "2026-11-21",
      birthDate: "2006-06-15",
      sex: "male",
      background: "default",
      fallbackGroup: null,
    });
    const layout = layoutChart({ ...input, from: "2026-01-01", reference, adultFrom: "2026-06-15" });
    expect(layout.curves.map((c) => c.percentile)).toEqual([5, 85, 95]);
    const curveSamples = reference[0]?.kind === "curves" ? reference[0].samples.length : 0;
    for (const curve of layout.curves) expect(commands(curve.path)).toBe(curveSamples);
    expect(layout.areas).toHaveLength(2);
    // The curves end at the birthday; the right edge shows the adult band.
    expect(layout.adultFromPct).toBeCloseTo((165 / 324) * 100, 1);
    expect(layout.labels.map((l) => l.text)).toEqual(["Healthy"]);
  });

  it("labels the curves at the right edge for a teenager", () => {
    const reference = bmiReference({
      from: "2026-01-01",
      to: "2026-11-21",
      birthDate: "2011-03-10",
      sex: "female",
      background: "default",
      fallbackGroup: null,
    });
    const layout = layoutChart({ ...input, from: "2026-01-01", reference });
    // Fitted to her BMIs (23.2–24.1): the 85th runs through them, the 95th above and the 5th below.
    expect(layout.labels.map((l) => l.text)).toEqual(["95th ↑", "85th", "5th ↓"]);
  });

  it("offers fewer date ticks on narrow charts", () => {
    expect(layout.xTicks.compact.length).toBeLessThanOrEqual(4);
    expect(layout.xTicks.wide.length).toBeLessThanOrEqual(8);
    expect(layout.xTicks.compact.length).toBeGreaterThanOrEqual(2);
    for (const tick of [...layout.xTicks.compact, ...layout.xTicks.wide])
      expect(tick.xPct >= 0 && tick.xPct <= 100).toBe(true);
  });
});

describe("layoutChart with period means", () => {
  // Two years of daily entries, drawn as weekly means (as chart-data does for long ranges).
  const daily = Array.from({ length: 730 }, (_, i) => ({
    id: `d${i}`,
    date: addDays("2024-11-22", i),
    value: 80 + Math.sin(i / 3) - i / 200,
    trend: 80 - i / 200,
  }));
  const display = Array.from({ length: 105 }, (_, w) => {
    const week = daily.slice(w * 7, w * 7 + 7);
    return {
      id: `w${w}`,
      date: week[3]?.date ?? week[0]!.date,
      value: week.reduce((sum, p) => sum + p.value, 0) / week.length,
      trend: week.at(-1)!.trend,
    };
  });
  const long: GeometryInput = { ...input, points: daily, display, reference: [], from: "2024-11-22", to: "2026-11-21" };
  const layout = layoutChart(long);

  it("draws a dot per mean, a thin line through them and the latest entry exactly", () => {
    expect(layout.points.map((p) => p.id)).toEqual(display.map((p) => p.id));
    expect(commands(layout.linePath)).toBe(display.length);
    const last = daily.at(-1)!;
    expect(layout.latest).toMatchObject({ id: last.id, date: last.date, value: last.value, xPct: 100 });
    expect(layout.latest!.y).toBeGreaterThanOrEqual(PLOT_INSET);
  });

  it("keeps the trend through every entry, within the tolerance, in far fewer commands", () => {
    expect(commands(layout.trendPath)).toBeLessThan(daily.length / 10); // a straight trend needs 2 vertices
    expect(layout.trendPath.startsWith("M0 ")).toBe(true);
    expect(layout.trendPath).toMatch(/L1000 [\d.]+$/);
  });

  it("fits the axis to the dots, the latest entry and the whole trend (not each hidden entry)", () => {
    const values = valuesToFit(long);
    expect(values).toContain(daily.at(-1)!.value);
    for (const p of daily) {
      expect(p.trend).toBeGreaterThanOrEqual(layout.scale.min);
      expect(p.trend).toBeLessThanOrEqual(layout.scale.max);
    }
    for (const p of display) expect(values).toContain(p.value);
  });

  it("gives an empty range no latest point", () => {
    expect(layoutChart({ ...input, points: [], display: [] }).latest).toBeNull();
  });
});

describe("simplifyPath", () => {
  it("keeps the ends and drops points on the line", () => {
    const line = Array.from({ length: 50 }, (_, i) => ({ x: i * 20, y: 100 - i }));
    expect(simplifyPath(line, 0.5)).toEqual([line[0], line[49]]);
    expect(simplifyPath(line.slice(0, 2), 0.5)).toEqual(line.slice(0, 2));
    expect(simplifyPath([], 0.5)).toEqual([]);
  });

  it("keeps a corner", () => {
    const vee = [
      { x: 0, y: 0 },
      { x: 1, y: 5 },
      { x: 2, y: 10 },
      { x: 3, y: 5 },
      { x: 4, y: 0 },
    ];
    expect(simplifyPath(vee, 0.5)).toEqual([vee[0], vee[2], vee[4]]);
  });

  it("never strays from any dropped point by more than the tolerance, vertically", () => {
    const walk = fc
      .array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 600 })
      .map((steps) => {
        let y = 120;
        return steps.map((dy, i) => ({ x: i * (1000 / steps.length), y: (y += dy) }));
      });
    fc.assert(
      fc.property(walk, fc.constantFrom(0.1, TREND_TOLERANCE_PX, 2), (points, tolerance) => {
        const kept = simplifyPath(points, tolerance);
        expect(kept[0]).toBe(points[0]);
        expect(kept.at(-1)).toBe(points.at(-1));
        let k = 0;
        for (const p of points) {
          while (k < kept.length - 2 && kept[k + 1]!.x <= p.x) k++;
          const a = kept[k]!;
          const b = kept[Math.min(k + 1, kept.length - 1)]!;
          const lineY = b.x === a.x ? a.y : a.y + ((p.x - a.x) / (b.x - a.x)) * (b.y - a.y);
          expect(Math.abs(p.y - lineY)).toBeLessThanOrEqual(tolerance + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("linePath", () => {
  it("writes M then L commands, rounded to 0.1", () => {
    expect(
      linePath([
        { x: 0, y: 10.04 },
        { x: 500.55, y: 3 },
      ]),
    ).toBe("M0 10 L500.6 3");
    expect(linePath([])).toBe("");
  });
});

describe("spreadLabels", () => {
  it("pushes close labels apart, in order, within bounds", () => {
    const spread = spreadLabels([{ y: 100 }, { y: 95 }, { y: 102 }, { y: 2 }, { y: 239 }], 13, 0, 240);
    const ys = spread.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
    expect(ys[0]).toBeGreaterThanOrEqual(6.5);
    expect(ys.at(-1)).toBeLessThanOrEqual(233.5);
  });

  it("leaves well-spaced labels alone", () => {
    expect(spreadLabels([{ y: 50 }, { y: 150 }], 13, 0, 240)).toEqual([{ y: 50 }, { y: 150 }]);
  });
});
