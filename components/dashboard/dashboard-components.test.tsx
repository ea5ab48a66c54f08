import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { summarize } from "@/lib/dashboard/summary";
import { makeEntry, makeProfile, makeSeries } from "@/lib/dashboard/test-fixtures";
import { EmptyState } from "./empty-state";
import { GoalProgressCard } from "./goal-progress";
import { HistoryTable } from "./history-table";
import { LatestCard } from "./latest-card";
import { RangeTabs, rangeHref } from "./range-tabs";
import { buildChartSpec } from "@/lib/dashboard/chart-data";
import { seriesRows } from "./chart-series";
import { numbersTableData, seriesOf, TrendChart } from "./trend-chart";

const today = "2026-11-21";

describe("RangeTabs", () => {
  it("keeps other params, replaces range and marks the active link", () => {
    expect(rangeHref("30d", { params: { cursor: "abc", range: "1y", tag: ["a", "b"], empty: undefined } })).toBe(
      "/dashboard?cursor=abc&tag=a&tag=b&range=30d",
    );
    const html = renderToStaticMarkup(<RangeTabs active="1y" params={{ cursor: "abc" }} />);
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    const current = html.match(/<a [^>]*aria-current="page"[^>]*>/)?.[0];
    expect(current).toContain('href="/dashboard?cursor=abc&amp;range=1y"');
  });
});

describe("HistoryTable", () => {
  it("names actions with the date and links to the measurement pages", () => {
    const html = renderToStaticMarkup(
      <HistoryTable
        entries={[makeEntry("2026-11-21", 80, { id: "e1" })]}
        units="metric"
        nextCursorHref="/dashboard?cursor=e1"
      />,
    );
    expect(html).toContain('href="/dashboard/measurements/e1/delete"');
    expect(html).toContain('href="/dashboard/measurements/e1/edit"');
    // The span is for screen readers: `.history a > span` is sr-only (app/styles/dashboard.css, stylesheet test).
    expect(html).toContain("Delete<span> measurement of 21 Nov 2026</span>");
    expect(html).toContain("Older measurements");
    expect(html).not.toMatch(/entr(y|ies)/i);
    expect(html).toMatch(/role="region"[^>]*tabindex="0"/);
  });

  it("shows entries newest first", () => {
    const html = renderToStaticMarkup(
      <HistoryTable entries={[makeEntry("2026-01-05", 80), makeEntry("2026-03-05", 79)]} units="us" />,
    );
    expect(html.indexOf("5 Mar 2026")).toBeLessThan(html.indexOf("5 Jan 2026"));
    expect(html).toContain("174.2 lb");
  });
});

describe("LatestCard", () => {
  it("shows the BMI, the category and the changes in words", () => {
    const series = [makeEntry("2026-10-01", 82), makeEntry("2026-11-14", 81), makeEntry("2026-11-21", 79.7)];
    const html = renderToStaticMarkup(<LatestCard summary={summarize(series, today, null)} units="metric" />);
    expect(html).toContain("25.2");
    expect(html).toContain("Overweight (pre-obese)");
    expect(html).toMatch(/−0\.4<\/span> since <time dateTime="2026-11-14">14 Nov<\/time>/);
    expect(html).toContain('since <time dateTime="2026-10-01">1 Oct</time>');
  });

  it("says when there is no measurement 30 days ago and gives a child's percentile", () => {
    const teen = { birthDate: "2011-03-10", sex: "female" as const, heightCm: 160 };
    const html = renderToStaticMarkup(
      <LatestCard summary={summarize([makeEntry(today, 50, teen)], today, null)} units="metric" />,
    );
    expect(html).toContain("No measurement 30 or more days before this one yet.");
    expect(html).toMatch(/\d+\.\d(st|nd|rd|th) percentile/);
  });
});

describe("GoalProgressCard", () => {
  it("exposes a progress bar", () => {
    const goal = summarize(
      makeSeries("2026-06-01", 3, 30, (i) => 90 - i * 3),
      today,
      80,
    ).goal;
    const html = renderToStaticMarkup(<GoalProgressCard goal={goal} units="metric" />);
    expect(html).toMatch(/role="progressbar"/);
    expect(html).toContain('aria-valuenow="60"');
    expect(html).toContain('aria-valuemin="0"');
    expect(html).toContain('aria-valuemax="100"');
  });

  it("invites setting a goal", () => {
    const html = renderToStaticMarkup(<GoalProgressCard goal={null} units="metric" />);
    expect(html).toContain('href="/profile"');
    expect(html).not.toContain("progressbar");
  });
});

describe("TrendChart", () => {
  it("is one labelled image with a table of the numbers", () => {
    const series = makeSeries("2026-09-01", 10, 7, (i) => 82 - i * 0.3);
    const input = { metric: "bmi", series, profile: makeProfile(), range: "90d", today } as const;
    const html = renderToStaticMarkup(<TrendChart {...input} />);
    expect(html).toMatch(/role="img" aria-label="BMI from 25\.9 to 25\.0 between 1 Sep and 3 Nov 2026/);
    expect(html).toContain("Show the numbers");
    // The table is built in the browser when opened; without JavaScript the note points to History.
    expect(html).toContain('<a href="#history-heading"');
    const data = numbersTableData(buildChartSpec(input));
    const rows = seriesRows(seriesOf(buildChartSpec(input)));
    expect(data.columns).toEqual(["Date", "BMI (kg/m²)", "Trend"]);
    expect(rows).toHaveLength(10);
    expect(rows[0]?.[0]).toBe("3 Nov 2026");
  });

  it("draws a long daily history as monthly means, with a short table that points to the History", () => {
    const series = makeSeries("2021-05-01", 2000, 1, (i) => 90 - i / 100);
    const input = {
      metric: "weight",
      series,
      profile: makeProfile(),
      range: "all",
      today: series.at(-1)!.measuredOn,
    } as const;
    const html = renderToStaticMarkup(<TrendChart {...input} />);
    const data = numbersTableData(buildChartSpec(input));
    const rows = seriesRows(seriesOf(buildChartSpec(input)));
    // The summary still speaks of every measurement.
    expect(html).toContain('aria-label="Weight from 90.0 kg to 70.0 kg between 1 May 2021 and 21 Oct 2026 (2,000');
    expect(html).toMatch(/measurements, drawn as monthly means; trend [\d.]+ kg\)\."/);
    // One dot and one row per month (66), not per measurement; the latest has its own dot.
    const dots = html.match(/h0/g)?.length ?? 0;
    expect(dots).toBeLessThanOrEqual(66);
    expect(dots).toBeGreaterThan(60);
    expect(html.match(/<circle/g)).toHaveLength(1);
    expect(rows).toHaveLength(66);
    expect(html).toContain("Monthly mean");
    expect(html).toContain("Monthly means of 2,000 measurements");
    expect(html).toContain('<a href="#history-heading"');
    expect(data.caption).toBe("Weight monthly means and trend, newest first");
    expect(data.columns).toEqual(["Month", "Mean weight (kg)", "Measurements", "Trend"]);
    expect(rows[0]).toEqual(["Oct 2026", expect.stringMatching(/^70\.\d$/), "21", expect.stringMatching(/^70\.\d$/)]);
    // One target and one tooltip, not one per dot: the chart is markup for the picture only.
    expect(html.match(/class="chart-tip"/g)).toHaveLength(1);
    expect(html.length).toBeLessThan(20_000);
  });

  it("renders an empty range without a table", () => {
    const html = renderToStaticMarkup(
      <TrendChart metric="weight" series={[]} profile={makeProfile()} range="30d" today={today} />,
    );
    expect(html).toContain('aria-label="No weight measurements in the last 30 days."');
    expect(html).not.toContain("Show the numbers");
  });
});

describe("EmptyState", () => {
  it("links to logging and importing, and asks for a complete profile", () => {
    const html = renderToStaticMarkup(<EmptyState profile={{ birthDate: null, heightCm: 180 }} />);
    expect(html).toContain('href="/dashboard/measurements/new"');
    expect(html).toContain("Log your first measurement");
    expect(html).toContain('href="/dashboard/import"');
    expect(html).toContain("birth date");
    expect(html).not.toMatch(/birth date and height/);
    expect(renderToStaticMarkup(<EmptyState profile={{ birthDate: "1990-01-01", heightCm: 180 }} />)).not.toContain(
      "Complete your profile",
    );
  });
});

describe("not-assessed entries", () => {
  it("get a neutral badge, not the placeholder category's colour", () => {
    const entry = {
      ...makeEntry("2026-11-21", 80),
      group: "child" as const,
      percentile: null,
      categoryLabel: "Not assessed: add your sex to your profile to see the percentile",
    };
    const html = renderToStaticMarkup(<HistoryTable entries={[entry]} units="metric" />);
    expect(html).toContain('<span class="badge-stone">Not assessed');
    expect(html).not.toContain("badge-amber");
  });
});
