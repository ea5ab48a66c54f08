import {
  formatBmi,
  formatHeight,
  formatLength,
  formatPercentileOrdinal,
  formatWeight,
  type Units,
} from "@/lib/dashboard/format";
import type { MeasurementView } from "@/lib/measurements/types";
import { categoryBadge } from "./category-badge";
import { type HistoryData, HistoryView } from "./history-view";

export type HistoryTableProps = {
  /** One page of entries; shown newest first whatever order they come in. */
  entries: readonly MeasurementView[];
  units: Units;
  /** Link to the next (older) page, when there is one. */
  nextCursorHref?: string;
  /** Link back to the newest entries, when this is not the first page. */
  newestHref?: string;
  /** The entry just saved, edited or restored: its row is marked (colour and a word, e.g. "Saved"). */
  highlight?: { id: string; label: string };
};

/** Every measurement of the page with Edit and Delete, newest first: compact rows for the client view. */
export function HistoryTable({ entries, units, nextCursorHref, newestHref, highlight }: HistoryTableProps) {
  return <HistoryView data={historyData({ entries, units, nextCursorHref, newestHref, highlight })} />;
}

/** The History's figures as shown, each category's label and badge once, and the links. */
export function historyData({ entries, units, nextCursorHref, newestHref, highlight }: HistoryTableProps): HistoryData {
  const rows = [...entries].sort((a, b) => (a.measuredOn < b.measuredOn ? 1 : a.measuredOn > b.measuredOn ? -1 : 0));
  const showPercentile = rows.some((entry) => entry.group === "child");
  const showWaist = rows.some((entry) => entry.waistCm !== null);
  const categories: HistoryData["categories"] = [];
  const categoryIndex = (badge: string, label: string) => {
    const found = categories.findIndex(([b, l]) => b === badge && l === label);
    return found >= 0 ? found : categories.push([badge, label]) - 1;
  };
  return {
    columns: [...(showPercentile ? ["Percentile"] : []), "Weight", "Height", ...(showWaist ? ["Waist"] : [])],
    categories,
    rows: rows.map((entry) => [
      entry.id,
      entry.measuredOn,
      categoryIndex(categoryBadge(entry), entry.categoryLabel),
      formatBmi(entry.bmi),
      ...(showPercentile ? [entry.percentile === null ? null : formatPercentileOrdinal(entry.percentile)] : []),
      formatWeight(entry.weightKg, units),
      formatHeight(entry.heightCm, units),
      ...(showWaist ? [entry.waistCm === null ? null : formatLength(entry.waistCm, units)] : []),
    ]),
    ...(nextCursorHref ? { older: nextCursorHref } : {}),
    ...(newestHref ? { newest: newestHref } : {}),
    ...(highlight ? { highlight } : {}),
  };
}
