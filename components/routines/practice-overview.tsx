"use client";

// A client component without state (ADR 0024): the streak calendar and the session list are markup
// in the HTML once and their data in the payload once, where server markup would be paid twice.
import type { SessionView } from "@/lib/routines/sessions.server";
import type { StreakSummary } from "@/lib/routines/streak";
import { RecentSessions } from "./session-list";
import { StreakCard } from "./streak-card";

/** The dashboard's practice row: the streak with its calendar, and the latest sessions. */
export function PracticeOverview({ overview }: { overview: { streak: StreakSummary; recent: SessionView[] } }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <StreakCard streak={overview.streak} />
      <RecentSessions sessions={overview.recent} />
    </div>
  );
}
