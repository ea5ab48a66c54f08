/**
 * The History table's first page, taken from the chart series the dashboard has already loaded
 * instead of a second query. getSeries (lib/measurements/queries.server) reads the newest rows in the
 * list's own order (date, then time entered, then id, all descending) and hands them back
 * reversed, oldest first; so the newest `limit` entries are its last `limit`, newest first, and
 * the cursor after them is the one listMeasurements would return (same encodeCursor, same key).
 * Later pages (a cursor in the URL) still come from listMeasurements.
 */
import { encodeCursor } from "@/lib/measurements/cursor";
import type { MeasurementPage, MeasurementView } from "@/lib/measurements/types";

export function newestPage(series: readonly MeasurementView[], limit: number): MeasurementPage {
  const size = Math.max(0, Math.trunc(limit));
  const items = series.slice(Math.max(0, series.length - size)).reverse();
  const last = items.at(-1);
  const nextCursor =
    series.length > size && last
      ? encodeCursor({ measuredOn: last.measuredOn, createdAt: last.createdAt, id: last.id })
      : null;
  return { items, nextCursor };
}
