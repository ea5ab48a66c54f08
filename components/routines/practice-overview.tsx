// The dashboard's practice row: the streak with its calendar, and the latest sessions. A server
// component only to make the streak compact (one count per day, not the built calendar) before it
// travels to the client component (ADR 0024: markup in the HTML once, data in the payload once).
import type { SessionView } from "@/lib/routines/sessions.server";
import type { StreakSummary } from "@/lib/routines/streak";
import { PracticeRow } from "./practice-row";
import { compactStreak } from "./streak-card";

export function PracticeOverview({ overview }: { overview: { streak: StreakSummary; recent: SessionView[] } }) {
  return <PracticeRow streak={compactStreak(overview.streak)} recent={overview.recent} />;
}
