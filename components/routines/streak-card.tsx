import { isoFromParts } from "@/lib/dates/calendar";
import {
  calendarDayLabel,
  dayCount,
  type MonthCalendar,
  monthCalendar,
  sessionCount,
  type StreakSummary,
  WEEKDAYS,
} from "@/lib/routines/streak";

/**
 * What the streak card receives: the summary with its month as one count per day instead of the
 * built calendar (a 100-byte object per day in the React payload, issue 10). The card builds the
 * calendar again with the same function (monthCalendar); a test keeps the two equal.
 */
export type CompactStreak = Omit<StreakSummary, "calendar"> & {
  month: { year: number; month: number; today: number; counts: number[] };
};

export function compactStreak({ calendar, ...summary }: StreakSummary): CompactStreak {
  const cells = calendar.weeks.flat().filter((cell) => cell !== null);
  const today = cells.find((cell) => cell.isToday)?.day ?? 0;
  return {
    ...summary,
    month: { year: calendar.year, month: calendar.month, today, counts: cells.map((c) => c.count) },
  };
}

export function calendarOf({ year, month, today, counts }: CompactStreak["month"]): MonthCalendar {
  const date = (day: number) => isoFromParts({ year, month, day });
  const days = counts.map((count, index) => ({ date: date(index + 1), count })).filter((day) => day.count > 0);
  // A month without today in it (never on the dashboard, which shows the current month): all past.
  return monthCalendar(year, month, days, today > 0 ? date(today) : date(counts.length + 1));
}

/** Current and longest streak, and this month's calendar of completed sessions. */
export function StreakCard({ streak }: { streak: CompactStreak }) {
  const plus = streak.capped ? "+" : "";
  return (
    <section aria-labelledby="streak-heading" className="card space-y-4">
      <h2 id="streak-heading" className="card-title">
        Your streak
      </h2>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="flex items-baseline gap-2">
          <span className="figure text-5xl font-bold">{streak.current}</span>
          <span className="text-stone-600">
            {streak.current === 1 ? "day" : "days"}
            {streak.current > 0 && streak.capped && streak.current === streak.longest ? " or more" : ""}
          </span>
        </p>
        <p className="text-sm text-stone-600">
          {"Longest: "}
          <span className="font-semibold text-stone-900">{`${dayCount(streak.longest)}${plus}`}</span>
        </p>
      </div>
      <p className="text-sm text-stone-700">{streakAdvice(streak)}</p>
      <CalendarTable calendar={calendarOf(streak.month)} />
    </section>
  );
}

function streakAdvice(streak: CompactStreak): string {
  if (streak.doneToday) return "Done today. Come back tomorrow to keep it going.";
  if (streak.current > 0) return "Nothing yet today: a session done today keeps it going.";
  return "A streak counts the days in a row with at least one session. Do one today to start yours.";
}

/**
 * The month as a real table (weekday column headers, one cell per day), so screen readers can move
 * by row and column; each day reads "3 November: 1 session", the number on screen is decoration.
 * Its styles are the `.calendar` class (app/styles/dashboard.css), set once instead of on each of ~30 days;
 * each day says what it is with data attributes.
 */
function CalendarTable({ calendar }: { calendar: MonthCalendar }) {
  const days = calendar.sessions > 0 ? ` on ${dayCount(calendar.activeDays)}` : "";
  return (
    <table className="calendar">
      <caption>
        {calendar.title}
        <span>{` · ${sessionCount(calendar.sessions)}${days}`}</span>
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day.short} scope="col">
              <abbr title={day.name}>{day.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {calendar.weeks.map((week, w) => (
          <tr key={w}>
            {week.map((cell, d) =>
              cell === null ? (
                <td key={d} />
              ) : (
                <td key={d}>
                  <span
                    aria-hidden="true"
                    data-on={cell.count > 0 || undefined}
                    data-future={cell.isFuture || undefined}
                    data-today={cell.isToday || undefined}
                  >
                    {cell.day}
                  </span>
                  <span>{`${calendarDayLabel(cell)}${cell.isToday ? " (today)" : ""}`}</span>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
