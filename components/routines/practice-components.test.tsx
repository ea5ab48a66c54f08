import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SessionView } from "@/lib/routines/sessions.server";
import { summarizeStreak } from "@/lib/routines/streak";
import { RecentSessions, SessionList } from "./session-list";
import { calendarOf, compactStreak, StreakCard } from "./streak-card";

const session = (overrides: Partial<SessionView> = {}): SessionView => ({
  id: "s1",
  routineSlug: "desk-worker-stretch",
  routineName: "Desk worker stretch",
  completedOn: "2026-11-03",
  progression: "standard",
  difficulty: "right",
  painBefore: 4,
  painAfter: 2,
  createdAt: "2026-11-03T18:00:00.000Z",
  ...overrides,
});

describe("StreakCard", () => {
  it("shows the streak and labels every day of the month for screen readers", () => {
    const streak = summarizeStreak(
      [
        { date: "2026-11-03", count: 1 },
        { date: "2026-11-20", count: 2 },
        { date: "2026-11-21", count: 1 },
      ],
      "2026-11-21",
    );
    const html = renderToStaticMarkup(<StreakCard streak={compactStreak(streak)} />);
    expect(html).toContain(">2</span>");
    expect(html).toContain("Longest: <span");
    expect(html).toContain("Done today. Come back tomorrow to keep it going.");
    // The number is decoration; the words after it are for screen readers (`.calendar` in app/styles/dashboard.css).
    expect(html).toContain('<span aria-hidden="true" data-on="true">3</span><span>3 November: 1 session</span>');
    expect(html).toContain("<span>20 November: 2 sessions</span>");
    expect(html).toContain("<span>21 November: 1 session (today)</span>");
    expect(html).toContain("<span>22 November: no sessions</span>");
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
    expect(html).toContain("November 2026");
  });

  it("tells someone who has not practised today that today keeps the streak going", () => {
    const streak = summarizeStreak([{ date: "2026-11-20", count: 1 }], "2026-11-21");
    expect(renderToStaticMarkup(<StreakCard streak={compactStreak(streak)} />)).toContain(
      "a session done today keeps it going",
    );
  });
});

describe("compactStreak", () => {
  it("travels as one count per day and builds the same calendar again", () => {
    const days = [
      { date: "2026-02-01", count: 1 },
      { date: "2026-02-14", count: 3 },
      { date: "2026-02-28", count: 1 },
      { date: "2026-01-31", count: 2 },
    ];
    for (const today of ["2026-02-01", "2026-02-14", "2026-02-28", "2024-02-29", "2026-06-01", "2026-12-31"]) {
      const streak = summarizeStreak(days, today);
      const compact = compactStreak(streak);
      expect(calendarOf(compact.month)).toEqual(streak.calendar);
      expect(compact).not.toHaveProperty("calendar");
    }
  });
});

describe("session lists", () => {
  it("names delete links after the session and shows pain before and after", () => {
    const html = renderToStaticMarkup(
      <SessionList sessions={[session({ progression: "easier" })]} deletable label="Sessions" />,
    );
    expect(html).toContain('href="/dashboard/sessions/s1/delete"');
    expect(html).toContain('Delete<span class="sr-only"> session of 3 Nov 2026, Desk worker stretch</span>');
    expect(html).toContain("Pain 4 before, 2 after");
    expect(html).toContain("about right · easier level");
  });

  it("offers a way in when there are no sessions yet", () => {
    const html = renderToStaticMarkup(<RecentSessions sessions={[]} />);
    expect(html).toContain("No sessions yet");
    expect(html).toContain('href="/routines"');
    expect(html).not.toContain("All sessions");
  });
});
