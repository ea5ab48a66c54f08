// The dashboard's figures agree with each other: changes are between the values as displayed,
// each change names its span and baseline, the goal card's numbers add up, and the entry just
// written is marked in the History.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { summarize } from "@/lib/dashboard/summary";
import { makeEntry, makeProfile, makeSeries } from "@/lib/dashboard/test-fixtures";
import { GoalProgressCard } from "./goal-progress";
import { HistoryTable } from "./history-table";
import { LatestCard } from "./latest-card";
import { buildChartSpec } from "@/lib/dashboard/chart-data";
import { layoutChart } from "@/lib/dashboard/chart-geometry";
import { pointerTargets } from "./chart-plot-data";
import { seriesTargets } from "./chart-series";
import { pointLabel, seriesOf, TrendChart } from "./trend-chart";

const today = "2026-11-22";
const atBmi = (bmi: number) => bmi * 1.78 ** 2; // weight at this BMI for the fixtures' 178 cm
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("LatestCard agrees with the History rows", () => {
  it("two entries that both read 25.7 show a change of 0.0, not −0.1", () => {
    const series = [makeEntry("2026-11-18", atBmi(25.74)), makeEntry("2026-11-22", atBmi(25.66))];
    const card = text(renderToStaticMarkup(<LatestCard summary={summarize(series, today, null)} units="metric" />));
    const rows = text(renderToStaticMarkup(<HistoryTable entries={series} units="metric" />));
    expect(rows.match(/25\.7/g)?.length).toBeGreaterThanOrEqual(2);
    expect(card).toContain("BMI 0.0 since 18 Nov (25.7 → 25.7)");
    expect(card).not.toContain("−0.1");
  });

  it("labels the longer change with its real span and baseline date, not 'Over 30 days'", () => {
    const series = [makeEntry("2026-10-03", 84), makeEntry("2026-11-18", 82.4), makeEntry("2026-11-22", 82)];
    const card = text(renderToStaticMarkup(<LatestCard summary={summarize(series, today, null)} units="metric" />));
    expect(card).toContain("Over 50 days");
    expect(card).toContain("since 3 Oct");
    expect(card).toContain("Weight −2.0 kg over 50 days");
    expect(card).toContain("Compared with your last measurement at least 30 days before this one.");
    expect(card).not.toContain("Over 30 days");
  });

  it("does not repeat the previous entry as the 30-day baseline", () => {
    const series = [makeEntry("2026-09-01", 84), makeEntry("2026-11-22", 82)];
    const card = text(renderToStaticMarkup(<LatestCard summary={summarize(series, today, null)} units="metric" />));
    expect(card.match(/since 1 Sep/g)).toHaveLength(1);
  });
});

describe("GoalProgressCard", () => {
  it("says how far of the whole way is done and what is left, and they add up", () => {
    const series = [makeEntry("2026-06-03", 83.14), makeEntry("2026-11-22", 78.16)];
    const goal = summarize(series, today, 75.04).goal;
    const html = text(renderToStaticMarkup(<GoalProgressCard goal={goal} units="metric" />));
    expect(html).toContain("75.0 kg goal, down from 83.1 kg");
    expect(html).toContain("3.2 kg to go");
    expect(html).toContain("Lost 4.9 kg of 8.1 kg");
    expect(html).toContain("Start 83.1 kg on 3 Jun 2026");
    expect(html).not.toMatch(/lose 8\.1/);
  });

  it("says so when the weight went the other way", () => {
    const goal = summarize([makeEntry("2026-06-03", 80), makeEntry("2026-11-22", 81.5)], today, 75).goal;
    expect(text(renderToStaticMarkup(<GoalProgressCard goal={goal} units="metric" />))).toContain(
      "Up 1.5 kg since you started",
    );
  });
});

describe("HistoryTable highlight", () => {
  it("marks the row just saved, once, with a word as well as a colour", () => {
    const series = [makeEntry("2026-11-18", 82, { id: "a" }), makeEntry("2026-11-22", 81, { id: "b" })];
    const html = renderToStaticMarkup(
      <HistoryTable entries={series} units="metric" highlight={{ id: "b", label: "Saved" }} />,
    );
    // One layout for every screen (ADR 0024): each measurement appears once.
    expect(html.match(/data-highlighted="true"/g)).toHaveLength(1);
    expect(html.match(/<time dateTime="2026-11-22">/g)).toHaveLength(1);
    expect(text(html)).toContain("22 Nov 2026Saved");
    expect(text(html)).not.toContain("18 Nov 2026Saved");
  });
});

describe("TrendChart points", () => {
  it("has one target and one tooltip, on the latest point, whose values reach every dot", () => {
    const series = makeSeries("2026-09-01", 5, 14, (i) => 85 - i * 1.25);
    const html = renderToStaticMarkup(
      <TrendChart metric="weight" series={series} profile={makeProfile()} range="90d" today={today} />,
    );
    const targets = html.match(/<span role="slider"[^>]*>/g) ?? [];
    expect(targets).toHaveLength(1);
    expect(targets[0]).toContain('tabindex="0"');
    expect(targets[0]).toContain('aria-valuetext="27 Oct 2026: 80.0 kg (latest)"');
    expect(targets[0]).toContain('aria-valuemax="5"');
    expect(html.match(/class="chart-tip"/g)).toHaveLength(1);
    // The drawing keeps its one-sentence name, without focusable content inside it; its dots are one path.
    expect(html).toMatch(/<svg[^>]*role="img" aria-label="Weight from 85\.0 kg to 80\.0 kg/);
    expect(html).not.toContain('<circle cx="0');
  });

  it("gives the pointer every dot's value, oldest first, the latest last", () => {
    const series = makeSeries("2026-09-01", 5, 14, (i) => 85 - i * 1.25);
    const spec = buildChartSpec({ metric: "weight", series, profile: makeProfile(), range: "90d", today });
    const targets = pointerTargets(layoutChart(spec), (point, isLatest) => pointLabel(spec, point, isLatest));
    expect(targets.map((target) => target.label)).toEqual([
      "1 Sep 2026: 85.0 kg",
      "15 Sep 2026: 83.8 kg",
      "29 Sep 2026: 82.5 kg",
      "13 Oct 2026: 81.3 kg",
      "27 Oct 2026: 80.0 kg (latest)",
    ]);
    expect(targets.map((target) => target.x)).toEqual([...targets.map((target) => target.x)].sort((a, b) => a - b));
  });

  it("builds in the browser, from the compact series, the same targets as the server's labels", () => {
    const cases = [
      makeSeries("2026-09-01", 5, 14, (i) => 85 - i * 1.25),
      makeSeries("2021-05-01", 2000, 1, (i) => 90 - i / 100),
      makeSeries("2025-09-01", 400, 1, (i) => 80 + Math.sin(i / 9)),
    ];
    for (const [n, series] of cases.entries()) {
      for (const metric of ["bmi", "weight"] as const) {
        const range = n === 0 ? "90d" : n === 1 ? "all" : "1y";
        const input = { metric, series, profile: makeProfile(), range, today: series.at(-1)!.measuredOn } as const;
        const spec = buildChartSpec(input);
        const expected = pointerTargets(layoutChart(spec), (point, isLatest) => pointLabel(spec, point, isLatest));
        expect(seriesTargets(seriesOf(spec))).toEqual(expected);
      }
    }
  });
});
