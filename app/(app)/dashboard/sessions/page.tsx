import type { Metadata } from "next";
import Link from "next/link";
import { SessionList } from "@/components/routines/session-list";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session.server";
import { listSessions } from "@/lib/routines/sessions.server";

export const metadata: Metadata = { title: "Your sessions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 20;

export default async function SessionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser(pathWithQuery("/dashboard/sessions", params));
  // A stale or mangled cursor shows the newest sessions (listSessions ignores what it cannot read).
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  const page = await listSessions(user.id, { limit: PAGE_SIZE, ...(cursor && { cursor }) });

  return (
    <div className="max-w-3xl space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Your sessions</h1>
        <Link
          href="/routines"
          className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          Start a session
        </Link>
      </div>
      {params.deleted ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
          Session deleted.
        </p>
      ) : null}
      <section
        aria-labelledby="sessions-heading"
        className="rounded-2xl border border-stone-200 bg-white px-5 shadow-sm sm:px-6"
      >
        <h2 id="sessions-heading" className="sr-only">
          Sessions, newest first
        </h2>
        {page.items.length ? (
          <SessionList sessions={page.items} deletable label="Your sessions, newest first" />
        ) : (
          <p className="py-5 text-sm text-stone-700">
            {cursor ? "No older sessions." : "No sessions yet."}{" "}
            <Link href="/routines" className="font-medium text-brand-700 hover:underline">
              Find a routine
            </Link>
          </p>
        )}
        {page.nextCursor || cursor ? (
          <nav
            aria-label="Session pages"
            className="flex flex-wrap justify-between gap-3 border-t border-stone-200 py-3 text-sm"
          >
            {cursor ? (
              <Link href="/dashboard/sessions" className="font-medium text-brand-700 hover:text-brand-900">
                <span aria-hidden="true">← </span>Newest sessions
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor ? (
              <Link
                href={`/dashboard/sessions?cursor=${encodeURIComponent(page.nextCursor)}`}
                className="font-medium text-brand-700 hover:text-brand-900"
              >
                Older sessions<span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <p className="text-sm">
        <Link href="/dashboard" className="font-medium text-stone-600 hover:underline">
          Back to your dashboard
        </Link>
      </p>
    </div>
  );
}
