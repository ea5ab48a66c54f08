import Link from "next/link";
import { formatDate } from "@/lib/dashboard/format";
import { DIFFICULTY_LABELS, PROGRESSION_LABELS } from "@/lib/routines/session-fields";
import type { SessionView } from "@/lib/routines/sessions.server";

/**
 * Sessions as a list, newest first: routine, day, how hard it was, pain before → after, and the level
 * when it was not the standard one. With `deletable`, each has a Delete link named after it.
 */
export function SessionList({
  sessions,
  deletable = false,
  label,
}: {
  sessions: readonly SessionView[];
  deletable?: boolean;
  label: string;
}) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-100">
      {sessions.map((session) => {
        const date = formatDate(session.completedOn);
        return (
          <li key={session.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3">
            <div className="min-w-0 space-y-0.5">
              <p className="font-semibold text-stone-900">
                <Link href={`/routines/${session.routineSlug}`} className="hover:underline">
                  {session.routineName}
                </Link>
              </p>
              <p className="text-sm text-stone-600">
                <time dateTime={session.completedOn}>{date}</time> ·{" "}
                {DIFFICULTY_LABELS[session.difficulty].toLowerCase()}
                {session.progression !== "standard"
                  ? ` · ${PROGRESSION_LABELS[session.progression].toLowerCase()} level`
                  : ""}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <p className="text-sm tabular-nums text-stone-700">
                <span aria-hidden="true">
                  Pain {session.painBefore} → {session.painAfter}
                </span>
                <span className="sr-only">
                  Pain {session.painBefore} before, {session.painAfter} after
                </span>
              </p>
              {deletable ? (
                <Link
                  href={`/dashboard/sessions/${encodeURIComponent(session.id)}/delete`}
                  className="rounded px-1.5 py-1 text-sm font-medium text-red-700 underline-offset-2 hover:underline"
                >
                  Delete
                  <span className="sr-only">
                    {" "}
                    session of {date}, {session.routineName}
                  </span>
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The dashboard's latest few sessions, with the way to the full history. */
export function RecentSessions({ sessions }: { sessions: readonly SessionView[] }) {
  return (
    <section aria-labelledby="recent-sessions-heading" className="card space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="recent-sessions-heading" className="card-title">
          Recent sessions
        </h2>
        {sessions.length ? (
          <Link href="/dashboard/sessions" className="text-sm font-medium text-brand-700 hover:underline">
            All sessions<span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </div>
      {sessions.length ? (
        <SessionList sessions={sessions} label="Your latest sessions" />
      ) : (
        <p className="text-sm text-stone-700">
          No sessions yet. Pick a routine and press &ldquo;Start a guided session&rdquo;: it walks you through each
          exercise with a timer.{" "}
          <Link href="/routines" className="font-medium text-brand-700 hover:underline">
            Find a routine
          </Link>
        </p>
      )}
    </section>
  );
}
