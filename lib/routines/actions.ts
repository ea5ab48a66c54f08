"use server";
// Server actions for guided sessions: thin on purpose (authorise → call → revalidate). Parsing and
// validation happen in sessions.server.ts with the one session schema.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session.server";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { deleteSession, recordSession, streakData } from "./sessions.server";

export type RecordSessionState = FormState & {
  sessionId?: string;
  /** The streak as of the saved session's day, for the player's confirmation. */
  streak?: { current: number; longest: number };
};

const SLUG = /^[a-z0-9-]{1,100}$/;

/** Saves the finished (or ended early) session from the player's rating form. */
export async function recordSessionAction(
  _previous: RecordSessionState,
  formData: FormData,
): Promise<RecordSessionState> {
  const slug = String(formData.get("routineSlug") ?? "");
  // Signed out mid-session: sign in and come back to the same routine (only a well-formed slug).
  const user = await requireUser(SLUG.test(slug) ? `/practice/${slug}` : "/dashboard");
  const result = await recordSession(user.id, Object.fromEntries(formData));
  if (!result.ok) {
    return {
      status: "error",
      message: "The session could not be saved: please check the highlighted answers.",
      fields: result.fields,
      values: formValues(formData),
    };
  }
  revalidatePath("/dashboard");
  // The person's own day, not the server's: a late-evening session in New York counts for that evening.
  const streak = await streakData(user.id, result.session.completedOn);
  return {
    status: "success",
    message: "Session saved.",
    sessionId: result.session.id,
    streak: { current: streak.current, longest: streak.longest },
  };
}

export async function deleteSessionAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "");
  const user = await requireUser("/dashboard/sessions");
  if (!(await deleteSession(user.id, id))) notFound(); // not this person's session (or gone): same as missing
  revalidatePath("/dashboard");
  redirect("/dashboard/sessions?deleted=1");
}
