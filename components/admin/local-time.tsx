"use client";
import { useMounted } from "./use-mounted";

const UTC_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" };
const LOCAL_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

/** An instant in the admin's own time zone (UTC, labelled, until the browser takes over). */
export function LocalTime({ iso }: { iso: string }) {
  const mounted = useMounted();
  const date = new Date(iso);
  const text = mounted ? date.toLocaleString("en-GB", LOCAL_FORMAT) : `${date.toLocaleString("en-GB", UTC_FORMAT)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
