"use client";
import { useState } from "react";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { offsetOf, toLocalInput } from "@/lib/articles/editor-rules";
import { useMounted } from "../use-mounted";

/** "Europe/Berlin", or null where the browser does not say. */
function zoneName(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

/**
 * When a scheduled article goes live, typed in the admin's own time zone. The browser adds the UTC
 * offset of the chosen moment (daylight saving included) as `publishAtOffset`; the server stores UTC.
 * Without JavaScript the box is in UTC, and says so.
 */
export function PublishAtField({
  initialIso,
  typed,
  error,
}: {
  initialIso: string | null;
  typed?: string;
  error?: string;
}) {
  const mounted = useMounted();
  const [edited, setEdited] = useState<string | null>(typed ?? null);
  const fromSaved = (offsetMinutes: number) => (initialIso ? toLocalInput(new Date(initialIso), offsetMinutes) : "");
  const value = edited ?? (mounted && initialIso ? fromSaved(-new Date(initialIso).getTimezoneOffset()) : fromSaved(0));
  // new Date("2026-12-01T09:30") reads the text as local time: the offset of that moment, not of now.
  const local = value ? new Date(value) : null;
  const offset = mounted ? offsetOf(local && !Number.isNaN(local.getTime()) ? local : new Date()) : "+00:00";
  const zone = mounted ? zoneName() : null;
  return (
    <Field
      id="a-publishAt"
      label="Go live at"
      hint={`Used by “Schedule”. Your time zone: ${mounted ? `${zone ?? "local time"} (UTC${offset})` : "UTC"}.`}
      error={error}
    >
      <input
        id="a-publishAt"
        name="publishAt"
        type="datetime-local"
        value={value}
        onChange={(event) => setEdited(event.target.value)}
        className={inputClass(error)}
        {...describedBy("a-publishAt", error, true)}
      />
      <input type="hidden" name="publishAtOffset" value={offset} />
    </Field>
  );
}
