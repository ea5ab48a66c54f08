import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/dashboard/empty-state";
import { GoalProgressCard } from "@/components/dashboard/goal-progress";
import { HistoryTable } from "@/components/dashboard/history-table";
import { LatestCard } from "@/components/dashboard/latest-card";
import { RangeTabs } from "@/components/dashboard/range-tabs";
import { StatusNotice } from "@/components/dashboard/status-notice";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { SubmitButton } from "@/components/ui/submit-button";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session.server";
import { dashboardNotice, noticeEntryId, type DashboardNotice } from "@/lib/dashboard/notice";
import { newestPage } from "@/lib/dashboard/history-page";
import { parseRange } from "@/lib/dashboard/ranges";
import { summarize } from "@/lib/dashboard/summary";
import { decodeCursor } from "@/lib/measurements/cursor";
import { todayUtc } from "@/lib/measurements/dates";
import { restoreMeasurementAction } from "@/lib/measurements/actions";
import { UNDO_WINDOW_MS } from "@/lib/measurements/undo-token";
import { pendingUndo } from "@/lib/measurements/undo.server";
import { TodayRoutineCard } from "@/components/recommendations/today-card";
import { PracticeOverview } from "@/components/routines/practice-overview";
import { loadDashboard } from "@/lib/dashboard/load.server";

export const metadata: Metadata = { title: "Your dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const HISTORY_PAGE = 20;

/** The message after a write, with Undo after a delete (a server action: works without JavaScript). */
function Notice({ notice }: { notice: DashboardNotice | null }) {
  if (!notice) return null;
  return (
    <StatusNotice tone={notice.tone} text={notice.text}>
      {notice.undo ? (
        <form action={restoreMeasurementAction}>
          <SubmitButton pendingText="Restoring…">Undo</SubmitButton>
        </form>
      ) : null}
    </StatusNotice>
  );
}

export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser(pathWithQuery("/dashboard", params));
  const range = parseRange(params.range);
  // A mangled or stale cursor in the URL shows the newest measurements instead of failing.
  const cursor = typeof params.cursor === "string" && decodeCursor(params.cursor) ? params.cursor : undefined;
  const today = todayUtc();
  // The series holds what this view shows (ADR 0032): the chosen range with the trend's warm-up before
  // it, the newest measurements, the first, the 30-day one and the notice's; the charts cut it to the
  // range themselves. The table pages through with a cursor; its first page is the newest measurements
  // of that same series (see newestPage), so only older pages need a query of their own. Four round
  // trips with the guard (lib/dashboard/load.server).
  const [data, undoable] = await Promise.all([
    loadDashboard(user.id, today, {
      cursor,
      historyPage: HISTORY_PAGE,
      range,
      includeId: noticeEntryId(params),
    }),
    params.deleted === undefined ? null : pendingUndo(user.id),
  ]);
  if (!data) notFound();
  const { profile, series, total, olderPage, practice, todayRoutine } = data;
  const page = olderPage ?? newestPage(series, HISTORY_PAGE);
  const notice = dashboardNotice(params, {
    entries: series,
    units: profile.units,
    undoable,
    undoMinutes: UNDO_WINDOW_MS / 60_000,
  });

  if (series.length === 0) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Your dashboard</h1>
        <Notice notice={notice} />
        <EmptyState profile={profile} />
        <TodayRoutineCard result={todayRoutine} />
        <PracticeOverview overview={{ streak: practice.streak, recent: practice.recent }} />
      </div>
    );
  }

  const summary = summarize(series, today, profile.goalWeightKg, total);
  const latestIsChild = summary.latest?.group === "child";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your dashboard</h1>
        <Link href="/dashboard/measurements/new" className="btn shadow-sm">
          Log a measurement
        </Link>
      </div>
      <Notice notice={notice} />

      <div className={`grid gap-4 ${latestIsChild ? "" : "lg:grid-cols-2"}`}>
        <LatestCard summary={summary} units={profile.units} />
        {/* Goal weights are for adults; children and teens are followed by percentile instead. */}
        {latestIsChild ? null : <GoalProgressCard goal={summary.goal} units={profile.units} />}
      </div>

      <TodayRoutineCard result={todayRoutine} />
      <PracticeOverview overview={{ streak: practice.streak, recent: practice.recent }} />

      <section id="trends" aria-labelledby="trends-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="trends-heading" className="text-lg font-semibold">
            Trends
          </h2>
          <RangeTabs active={range} params={{}} hash="trends" />
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <TrendChart metric="bmi" series={series} profile={profile} range={range} today={today} headingLevel={3} />
          <TrendChart metric="weight" series={series} profile={profile} range={range} today={today} headingLevel={3} />
        </div>
      </section>

      <HistoryTable
        entries={page.items}
        units={profile.units}
        nextCursorHref={
          page.nextCursor
            ? `/dashboard?range=${range}&cursor=${encodeURIComponent(page.nextCursor)}#history-heading`
            : undefined
        }
        newestHref={cursor ? `/dashboard?range=${range}#history-heading` : undefined}
        highlight={notice?.highlight}
      />

      <p className="text-sm text-stone-600">
        BMI is a screening measure, not a diagnosis. It cannot tell muscle from fat, so lifters may read higher than
        their body fat suggests; your waist measurement helps. If anything worries you, talk to a doctor.
      </p>
    </div>
  );
}
