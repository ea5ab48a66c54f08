import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/session.server";
import { formatDate } from "@/lib/dashboard/format";
import { deleteSessionAction } from "@/lib/routines/actions";
import { DIFFICULTY_LABELS } from "@/lib/routines/session-fields";
import { getSession } from "@/lib/routines/sessions.server";

export const metadata: Metadata = { title: "Delete a session" };

// A page of its own, so deleting asks for confirmation with or without JavaScript. Another person's
// session id is a 404, exactly like one that does not exist.
export default async function DeleteSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/sessions/${encodeURIComponent(id)}/delete`);
  const session = await getSession(user.id, id);
  if (!session) notFound();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Delete this session?</h1>
      <div className="space-y-4 rounded-2xl border border-red-200 bg-white p-5 shadow-sm">
        <p>
          <strong>{session.routineName}</strong> on <strong>{formatDate(session.completedOn)}</strong>:{" "}
          {DIFFICULTY_LABELS[session.difficulty].toLowerCase()}, pain {session.painBefore} before and{" "}
          {session.painAfter} after. Your streak and calendar will no longer count it. This cannot be undone.
        </p>
        <form action={deleteSessionAction} className="flex flex-wrap items-center gap-4">
          <input type="hidden" name="id" value={session.id} />
          <SubmitButton variant="danger" pendingText="Deleting…">
            Delete session
          </SubmitButton>
          <Link href="/dashboard/sessions" className="text-sm font-medium text-stone-600 hover:underline">
            Keep it
          </Link>
        </form>
      </div>
    </div>
  );
}
