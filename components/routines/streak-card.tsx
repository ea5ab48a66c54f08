import {
  calendarDayLabel,
  dayCount,
  type MonthCalendar,
  sessionCount,
  type StreakSummary,
  WEEKDAYS,
} from "@/lib/routines/streak";

/** Current and longest streak, and this month's calendar of completed sessions. */
export function StreakCard({ streak }: { streak: StreakSummary }) {
  const plus = streak.capped ? "+" : "";
  return (
    <section
      aria-labelledby="streak-heading"
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="streak-heading" className="text-sm font-medium uppercase tracking-wide text-stone-500">
        Your streak
      </h2>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="flex items-baseline gap-2">
          <span className="text-5xl font-bold tabular-nums text-stone-900">{streak.current}</span>
          <span className="text-stone-600">
            {streak.current === 1 ? "day" : "days"}
            {streak.current > 0 && streak.capped && streak.current === streak.longest ? " or more" : ""}
          </span>
        </p>
        <p className="text-sm text-stone-600">
          Longest:{" "}
          <span className="font-semibold text-stone-900">
            {dayCount(streak.longest)}
            {plus}
          </span>
        </p>
      </div>
      <p className="text-sm text-stone-700">{streakAdvice(streak)}</p>
      <CalendarTable calendar={streak.calendar} />
    </section>
  );
}

function streakAdvice(streak: StreakSummary): string {
  if (streak.doneToday) return "Done today. Come back tomorrow to keep it going.";
  if (streak.current > 0) return "Nothing yet today: a session done today keeps it going.";
  return "A streak counts the days in a row with at least one session. Do one today to start yours.";
}

/*
 * The day cells' styles, set once on the table body instead of on each of the month's ~30 days (a
 * 95-character class list per day was most of the calendar's bytes, issue 10); each day says what
 * it is with data attributes.
 */
const DAYS =
  "[&_td]:p-0.5 [&_[aria-hidden]]:mx-auto [&_[aria-hidden]]:flex [&_[aria-hidden]]:h-8 [&_[aria-hidden]]:w-8 " +
  "[&_[aria-hidden]]:items-center [&_[aria-hidden]]:justify-center [&_[aria-hidden]]:rounded-full " +
  "[&_[aria-hidden]]:tabular-nums [&_[aria-hidden]]:text-stone-700 [&_[data-future]]:!text-stone-500 " +
  "[&_[data-on]]:bg-brand-600 [&_[data-on]]:font-semibold [&_[data-on]]:!text-white [&_[data-today]]:ring-2 " +
  "[&_[data-today]]:ring-stone-900 [&_[data-today]]:ring-offset-1";

/**
 * The month as a real table (weekday column headers, one cell per day), so screen readers can move
 * by row and column; each day reads "3 November: 1 session", the number on screen is decoration.
 */
function CalendarTable({ calendar }: { calendar: MonthCalendar }) {
  return (
    <table className="w-full table-fixed text-center text-sm">
      <caption className="mb-2 text-left text-sm font-medium text-stone-800">
        {calendar.title}
        <span className="font-normal text-stone-500">
          {" "}
          · {sessionCount(calendar.sessions)}
          {calendar.sessions > 0 ? ` on ${dayCount(calendar.activeDays)}` : ""}
        </span>
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day.short} scope="col" className="pb-1 text-xs font-medium text-stone-500">
              <abbr title={day.name} className="no-underline">
                {day.short}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={DAYS}>
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
                  <span className="sr-only">{`${calendarDayLabel(cell)}${cell.isToday ? " (today)" : ""}`}</span>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
