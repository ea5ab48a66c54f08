"use client";

// A client component without state (ADR 0024): the streak calendar and the session list are markup
// in the HTML once and their data in the payload once, where server markup would be paid twice.
import type { SessionView } from "@/lib/routines/sessions.server";
import { RecentSessions } from "./session-list";
import { type CompactStreak, StreakCard } from "./streak-card";

/** The streak card and the latest sessions, side by side on wide screens. */
export function PracticeRow({ streak, recent }: { streak: CompactStreak; recent: SessionView[] }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <StreakCard streak={streak} />
      <RecentSessions sessions={recent} />
    </div>
  );
}
