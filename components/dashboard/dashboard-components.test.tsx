import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { summarize } from "@/lib/dashboard/summary";
import { makeEntry, makeProfile, makeSeries } from "@/lib/dashboard/test-fixtures";
import { EmptyState } from "./empty-state";
import { GoalProgressCard } from "./goal-progress";
import { HistoryTable } from "./history-table";
import { LatestCard } from "./latest-card";
import { RangeTabs, rangeHref } from "./range-tabs";
import { TrendChart } from "./trend-chart";

const today = "2026-11-21";

describe("RangeTabs", () => {
  it("keeps other params, replaces range and marks the active link", () => {
    expect(rangeHref("30d", { params: { cursor: "abc", range: "1y", tag: ["a", "b"], empty: undefined } })).toBe("/dashboard?cursor=abc&tag=a&tag=b&range=30d");
    const html = renderToStaticMarkup(<RangeTabs active="1y" params={{ cursor: "abc" }} />);
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    const current = html.match(/<a [^>]*aria-current="page"[^>]*>/)?.[0];
    expect(current).toContain('href="/dashboard?cursor=abc&amp;range=1y"');
  });
});

describe("HistoryTable", () => {
  it("names actions with the date and links to the entry pages", () => {
    const html = renderToStaticMarkup(<HistoryTable entries={[makeEntry("2026-11-21", 80, { id: "e1" })]} units="metric" nextCursorHref="/dashboard?cursor=e1" />);
    expect(html).toContain('href="/dashboard/entries/e1/delete"');
    expect(html).toContain('href="/dashboard/entries/e1/edit"');
    expect(html).toContain('Delete<span class="sr-only"> entry of 21 Nov 2026</span>');
    expect(html).toContain("Older entries");
    expect(html).toMatch(/role="region"[^>]*tabindex="0"/);
  });

  it("shows entries newest first", () => {
    const html = renderToStaticMarkup(<HistoryTable entries={[makeEntry("2026-01-05", 80), makeEntry("2026-03-05", 79)]} units="us" />);
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
    expect(html).toContain("since <time dateTime=\"2026-10-01\">1 Oct</time>");
  });

  it("says when there is no entry 30 days ago and gives a child's percentile", () => {
    const teen = { birthDate: "2011-03-10", sex: "female" as const, heightCm: 160 };
    const html = renderToStaticMarkup(<LatestCard summary={summarize([makeEntry(today, 50, teen)], today, null)} units="metric" />);
    expect(html).toContain("No entry 30 or more days before this one yet.");
    expect(html).toMatch(/\d+\.\d(st|nd|rd|th) percentile/);
  });
});

describe("GoalProgressCard", () => {
  it("exposes a progress bar", () => {
    const goal = summarize(makeSeries("2026-06-01", 3, 30, (i) => 90 - i * 3), today, 80).goal;
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
    const html = renderToStaticMarkup(<TrendChart metric="bmi" series={series} profile={makeProfile()} range="90d" today={today} />);
    expect(html).toMatch(/role="img" aria-label="BMI from 25\.9 to 25\.0 between 1 Sep and 3 Nov 2026/);
    expect(html).toContain("Show the numbers");
    expect(html.match(/<tr>|<tr /g)?.length).toBe(11);
  });

  it("draws a long daily history as monthly means, with a short table that points to the History", () => {
    const series = makeSeries("2021-05-01", 2000, 1, (i) => 90 - i / 100);
    const html = renderToStaticMarkup(<TrendChart metric="weight" series={series} profile={makeProfile()} range="all" today={series.at(-1)!.measuredOn} />);
    // The summary still speaks of every entry.
    expect(html).toMatch(/aria-label="Weight from 90\.0 kg to 70\.0 kg between 1 May 2021 and 21 Oct 2026 \(2,000 measurements, drawn as monthly means; trend [\d.]+ kg\)\."/);
    // One dot and one row per month (66), not per entry; the latest entry has its own dot.
    expect(html.match(/<circle/g)?.length).toBeLessThanOrEqual(66 + 1);
    expect(html.match(/<tr>|<tr /g)?.length).toBe(66 + 1);
    expect(html).toContain("Monthly mean");
    expect(html).toContain("Monthly means of 2,000 entries");
    expect(html).toContain('<a href="#history-heading"');
    expect(html).toContain("Weight monthly means and trend, newest first");
    expect(html).toMatch(/<th scope="row">Oct 2026<\/th><td>70\.\d<\/td><td>21<\/td>/);
    expect(html.length).toBeLessThan(40_000);
  });

  it("renders an empty range without a table", () => {
    const html = renderToStaticMarkup(<TrendChart metric="weight" series={[]} profile={makeProfile()} range="30d" today={today} />);
    expect(html).toContain('aria-label="No weight measurements in the last 30 days."');
    expect(html).not.toContain("Show the numbers");
  });
});

describe("EmptyState", () => {
  it("links to logging and importing, and asks for a complete profile", () => {
    const html = renderToStaticMarkup(<EmptyState profile={{ birthDate: null, heightCm: 180 }} />);
    expect(html).toContain('href="/dashboard/entries/new"');
    expect(html).toContain("Log your first measurement");
    expect(html).toContain('href="/dashboard/import"');
    expect(html).toContain("birth date");
    expect(html).not.toMatch(/birth date and height/);
    expect(renderToStaticMarkup(<EmptyState profile={{ birthDate: "1990-01-01", heightCm: 180 }} />)).not.toContain("Complete your profile");
  });
});

describe("not-assessed entries", () => {
  it("get a neutral badge, not the placeholder category's colour", () => {
    const entry = { ...makeEntry("2026-11-21", 80), group: "child" as const, percentile: null, categoryLabel: "Not assessed: add your sex to your profile to see the percentile" };
    const html = renderToStaticMarkup(<HistoryTable entries={[entry]} units="metric" />);
    expect(html).toContain("bg-stone-100 text-stone-700");
    expect(html).not.toContain("bg-amber-100");
  });
});
