/**
 * What the dashboard says after a write: the actions redirect with what happened in the URL
 * (?saved=<id>, ?updated=, ?replaced=, ?deleted=, ?restored=, ?imported=N, ?undo=expired|day_taken),
 * and this turns it into one sentence, the row to highlight and whether to offer Undo. Pure: the
 * page hands in the entries it loaded and the undo the cookie still holds.
 */
import { formatBmi, formatCount, formatDate, formatWeight, type Units } from "./format";

type Entry = { id: string; measuredOn: string; weightKg: number; bmi: number };
type Params = Record<string, string | string[] | undefined>;

export type DashboardNotice = {
  tone: "success" | "warning";
  text: string;
  /** The History row to highlight, and the word its badge shows. */
  highlight?: { id: string; label: string };
  /** True when "Undo" can still put the deleted entry back. */
  undo: boolean;
};

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** The URL keys of a write's notice, in the order they are read, and the word each one says. */
const WRITTEN = [
  ["saved", "Saved"],
  ["updated", "Updated"],
  ["replaced", "Replaced"],
  ["restored", "Restored"],
] as const;

/**
 * The id of the measurement the notice describes (?saved=<id> and the like), so the page can make
 * sure that row is loaded wherever it is in the history (lib/dashboard/series.server.ts).
 */
export function noticeEntryId(params: Params): string | undefined {
  for (const [key] of WRITTEN) {
    const id = first(params[key]);
    if (id !== undefined) return id;
  }
  return undefined;
}

export function dashboardNotice(
  params: Params,
  context: {
    entries: readonly Entry[];
    units: Units;
    undoable: { id: string; measuredOn: string; weightKg: number } | null;
    undoMinutes: number;
  },
): DashboardNotice | null {
  const find = (id: string | undefined) =>
    id === undefined ? undefined : context.entries.find((entry) => entry.id === id);
  const describe = (entry: Entry) =>
    `${formatDate(entry.measuredOn)}: ${formatWeight(entry.weightKg, context.units)}, BMI ${formatBmi(entry.bmi)}`;
  for (const [key, verb] of WRITTEN) {
    const id = first(params[key]);
    if (id === undefined) continue;
    const entry = find(id);
    return {
      tone: "success",
      text: entry ? `${verb} your measurement of ${describe(entry)}.` : `${verb} your measurement.`,
      ...(entry && { highlight: { id: entry.id, label: verb } }),
      undo: false,
    };
  }

  const deleted = first(params.deleted);
  if (deleted !== undefined) {
    const gone = context.undoable?.id === deleted ? context.undoable : null;
    return {
      tone: "success",
      text: gone
        ? `Deleted your measurement of ${formatDate(gone.measuredOn)} ` +
          `(${formatWeight(gone.weightKg, context.units)}). You can undo this for ${context.undoMinutes} ` +
          `minutes.`
        : "Deleted the measurement.",
      undo: gone !== null,
    };
  }

  const undo = first(params.undo);
  if (undo === "expired") {
    return {
      tone: "warning",
      text:
        `That measurement can no longer be restored: undo is offered for ${context.undoMinutes} minutes ` +
        `after a delete.`,
      undo: false,
    };
  }
  if (undo === "day_taken") {
    const day = first(params.day);
    const when = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? ` of ${formatDate(day)}` : "";
    return {
      tone: "warning",
      text: `The deleted measurement${when} was not restored: you have logged another measurement on that day since.`,
      undo: false,
    };
  }

  const imported = first(params.imported);
  if (imported !== undefined && /^\d+$/.test(imported)) {
    const replaced = first(params.replacedCount);
    const extra =
      replaced && /^[1-9]\d*$/.test(replaced)
        ? ` (${formatCount(Number(replaced))} of them replaced a measurement of the same day)`
        : "";
    return {
      tone: "success",
      text: `Imported ${formatCount(Number(imported))} ${imported === "1" ? "measurement" : "measurements"}${extra}.`,
      undo: false,
    };
  }
  return null;
}
