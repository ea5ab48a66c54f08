// The dashboard reads only the part of a long history its view shows (lib/dashboard/series.server.ts,
// ADR 0032). Everything the page computes from it must equal what the whole series gives: summary,
// History page, notice, both charts (trend values within 1e-7, far below the 0.1 shown) for every range.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildChartSpec } from "@/lib/dashboard/chart-data";
import { newestPage } from "@/lib/dashboard/history-page";
import { dashboardNotice } from "@/lib/dashboard/notice";
import { CHART_RANGES, rangeStart } from "@/lib/dashboard/ranges";
import { getDashboardSeries } from "@/lib/dashboard/series.server";
import { LOOKBACK_DAYS, lookbackEntry, summarize } from "@/lib/dashboard/summary";
import { TREND_WARMUP_DAYS } from "@/lib/dashboard/trend";
import { addDays } from "@/lib/dates/calendar";
import { getSeries } from "@/lib/measurements/queries.server";
import { getProfile } from "@/lib/profile/queries.server";
import { createTestUser } from "../support/factories";

const TODAY = "2026-06-30";
const HISTORY_PAGE = 20;

/** Numbers equal within `tolerance`, everything else equal, at any depth. */
function expectClose(actual: unknown, expected: unknown, tolerance: number, path = "$"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    if (Math.abs(actual - expected) > tolerance)
      throw new Error(`${path}: ${actual} is not within ${tolerance} of ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((item, i) => expectClose((actual as unknown[])[i], item, tolerance, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Days back from TODAY with their weights: sparse years, then most days of the last 700, with gaps. */
function history(latestDaysBack: number): { daysBack: number; weightKg: number }[] {
  const days = [1500, 1300, 1160, 1100, 1050];
  for (let back = 700 + latestDaysBack; back >= latestDaysBack; back -= 1) if (back % 7 !== 3) days.push(back);
  return days.map((back, i) => ({ daysBack: back, weightKg: 80 + 6 * Math.sin(i / 25) + (i % 5) / 10 }));
}

async function personWith(latestDaysBack: number): Promise<{ userId: string; ids: string[] }> {
  const user = await createTestUser({ birthDate: "1985-02-10", goalWeightKg: 74 });
  await db().measurement.createMany({
    data: history(latestDaysBack).map(({ daysBack, weightKg }, i) => ({
      userId: user.id,
      measuredOn: new Date(`${addDays(TODAY, -daysBack)}T00:00:00Z`),
      weightKg,
      heightCm: 178,
      waistCm: i % 3 === 0 ? 88 + (i % 10) : null,
    })),
  });
  const rows = await db().measurement.findMany({ where: { userId: user.id }, orderBy: { measuredOn: "asc" } });
  return { userId: user.id, ids: rows.map((row) => row.id) };
}

describe("the dashboard's window of a long history", () => {
  const people: { name: string; latestDaysBack: number; userId?: string; ids?: string[] }[] = [
    { name: "logging every day", latestDaysBack: 0 },
    { name: "silent for 100 days", latestDaysBack: 100 },
  ];

  beforeAll(async () => {
    for (const person of people) Object.assign(person, await personWith(person.latestDaysBack));
  });

  for (const person of people)
    for (const range of CHART_RANGES)
      it(`shows what the whole series shows: ${person.name}, range ${range}`, async () => {
        const userId = person.userId!;
        const profile = (await getProfile(userId))!;
        const whole = await getSeries(userId);
        // A notice about an entry two years back: that row must be read wherever it is.
        const noticed = person.ids![2]!;
        const { series, total } = await getDashboardSeries(userId, {
          rangeStart: rangeStart(range, TODAY),
          newest: HISTORY_PAGE + 1,
          includeId: noticed,
        });

        expect(total).toBe(whole.length);
        // Exactly these rows of the whole series, in its order, with the same views: the range with
        // its trend warm-up, the newest page and one, the first, the 30-day one and the noticed one.
        const start = rangeStart(range, TODAY);
        const latest = whole.at(-1)!;
        const wanted = new Set([
          ...whole.filter((view) => start === null || view.measuredOn >= addDays(start, -TREND_WARMUP_DAYS)),
          ...whole.slice(-(HISTORY_PAGE + 1)),
          whole[0],
          lookbackEntry(whole, latest.measuredOn, LOOKBACK_DAYS),
          whole.find((view) => view.id === noticed),
        ]);
        expect(series).toEqual(whole.filter((view) => wanted.has(view)));
        if (range === "30d" || range === "90d") expect(series.length).toBeLessThan(whole.length / 2);

        expect(summarize(series, TODAY, profile.goalWeightKg, total)).toEqual(
          summarize(whole, TODAY, profile.goalWeightKg),
        );
        expect(newestPage(series, HISTORY_PAGE)).toEqual(newestPage(whole, HISTORY_PAGE));
        const context = { units: profile.units, undoable: null, undoMinutes: 10 };
        expect(dashboardNotice({ updated: noticed }, { ...context, entries: series })).toEqual(
          dashboardNotice({ updated: noticed }, { ...context, entries: whole }),
        );
        for (const metric of ["bmi", "weight"] as const) {
          expectClose(
            buildChartSpec({ metric, series, profile, range, today: TODAY }),
            buildChartSpec({ metric, series: whole, profile, range, today: TODAY }),
            1e-7,
          );
        }
      });

  it("reads nothing for a person without measurements, and no one else's rows", async () => {
    const empty = await createTestUser();
    const other = people[0]!;
    expect(
      await getDashboardSeries(empty.id, { rangeStart: "2026-04-01", newest: 21, includeId: other.ids![0] }),
    ).toEqual({ series: [], total: 0 });
  });
});
