// The admin editor's publishing rules, pure so they are unit-tested and shared by the server
// actions and the admin JSON API: what each button does to the status, which dates a save writes,
// when a rename must leave a redirect, and what "restore from trash" comes back as.
import type { WritableStatus } from "./schemas";
import { isPublic, type Publishable } from "./visibility";

export type ArticleStatus = WritableStatus | "trashed";

/** The editor's submit buttons. */
export const EDITOR_INTENTS = ["save", "publish", "schedule", "unpublish"] as const;
export type EditorIntent = (typeof EDITOR_INTENTS)[number];

export function isEditorIntent(value: unknown): value is EditorIntent {
  return typeof value === "string" && (EDITOR_INTENTS as readonly string[]).includes(value);
}

/** "Save" keeps what the article is (a new one starts as a draft); the others say what it becomes. */
export function statusForIntent(intent: EditorIntent, current: WritableStatus | null): WritableStatus {
  switch (intent) {
    case "publish":
      return "published";
    case "schedule":
      return "scheduled";
    case "unpublish":
      return "draft";
    case "save":
      return current ?? "draft";
  }
}

export type PublishDates = { publishAt: Date | null; publishedAt: Date | null };

/**
 * The dates a save writes for its new status (visibility.ts reads them):
 * - published: the date it first went live is kept while it stays live; otherwise now.
 * - scheduled: publishAt is the chosen time, and publishedAt the same (the date it will show).
 * - draft: neither; publishing again later dates it then.
 */
export function publishDates(
  next: { status: WritableStatus; publishAt: Date | null },
  previous: Publishable | null,
  now: Date,
): PublishDates {
  if (next.status === "published") {
    const keep = previous && isPublic(previous, now) ? (previous.publishedAt ?? previous.publishAt) : null;
    return { publishAt: null, publishedAt: keep ?? now };
  }
  if (next.status === "scheduled") return { publishAt: next.publishAt, publishedAt: next.publishAt };
  return { publishAt: null, publishedAt: null };
}

/**
 * A scheduled time must be in the future, except when it is the time already saved for an article
 * that went live by it (editing a live scheduled article must not force a new date on it).
 */
export function scheduleProblem(publishAt: Date | null, previous: Publishable | null, now: Date): string | null {
  if (!publishAt) return "Choose when the article goes live";
  if (publishAt.getTime() > now.getTime()) return null;
  const unchanged = previous?.status === "scheduled" && previous.publishAt?.getTime() === publishAt.getTime();
  return unchanged ? null : "Choose a time in the future";
}

/** An old slug keeps working (permanent redirect) only if people could have seen it: it was public. */
export function needsRedirect(previous: Publishable & { slug: string }, nextSlug: string, now: Date): boolean {
  return previous.slug !== nextSlug && isPublic(previous, now);
}

/**
 * What "restore" brings a trashed article back as: its status before the trash, except that a
 * schedule whose time passed while it was in the trash comes back as a draft rather than going live
 * unannounced the moment it is restored.
 */
export function restoredStatus(trashedFrom: ArticleStatus | null, publishAt: Date | null, now: Date): WritableStatus {
  if (trashedFrom === "published") return "published";
  if (trashedFrom === "scheduled" && publishAt && publishAt.getTime() > now.getTime()) return "scheduled";
  return "draft";
}

/**
 * A datetime-local value ("2026-11-25T09:30") as the admin meant it: with the UTC offset of their
 * browser for that moment ("+01:00", "-05:00"). The offset comes from the browser because only it
 * knows the admin's zone (and its daylight-saving rule for that date); without it (no JavaScript)
 * the time is UTC, and the form says so.
 */
export function withOffset(local: string, offset: string | null | undefined): string {
  const value = local.trim();
  if (!value || /(Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  return offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? `${value}${offset}` : value;
}

/** The ±hh:mm offset of a Date's local zone (for the browser side of withOffset). */
export function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A UTC instant as a datetime-local value in a given offset (minutes east of UTC), for prefilling. */
export function toLocalInput(date: Date, offsetMinutes: number): string {
  return new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
}

/** The dates an article restored from the trash comes back with (see restoredStatus). */
export function restoredDates(status: WritableStatus, previous: PublishDates, now: Date): PublishDates {
  if (status === "published") return { publishAt: null, publishedAt: previous.publishedAt ?? now };
  if (status === "scheduled") return previous;
  return { publishAt: null, publishedAt: null };
}
