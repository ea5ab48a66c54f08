import { categoryStyle } from "@/components/bmi/category-style";
import type { MeasurementView } from "@/lib/measurements/types";
import { isAssessed } from "@/lib/measurements/view";

/** The neutral badge's colours (components/bmi/category-style.ts has the categories'). */
export const NEUTRAL_BADGE = "bg-stone-100 text-stone-700 ring-stone-300";

/**
 * Each badge colour of category-style.ts as one short class of app/styles/dashboard.css (`.badge-emerald`
 * applies "bg-emerald-100 text-emerald-900 ring-emerald-300" and the small badge's shape): a
 * 50-character list on each of the History's rows was paid twice (ADR 0024, third-pass addendum). A
 * test keeps these, the stylesheet and category-style.ts equal.
 */
export const BADGE_CLASSES: Readonly<Record<string, string>> = {
  "bg-sky-100 text-sky-900 ring-sky-300": "badge-sky",
  "bg-sky-50 text-sky-900 ring-sky-200": "badge-sky-light",
  "bg-emerald-100 text-emerald-900 ring-emerald-300": "badge-emerald",
  "bg-amber-100 text-amber-950 ring-amber-300": "badge-amber",
  "bg-orange-100 text-orange-950 ring-orange-300": "badge-orange",
  "bg-red-100 text-red-900 ring-red-300": "badge-red",
  "bg-red-100 text-red-950 ring-red-400": "badge-red-dark",
  [NEUTRAL_BADGE]: "badge-stone",
};

/**
 * The badge class for an entry's category. Entries the engine could not judge (a child without sex
 * on the profile, or under 2) carry a placeholder category, so they get a neutral badge: colour
 * must not suggest a verdict their label says was not made.
 */
export function categoryBadge(entry: MeasurementView): string {
  const colours = isAssessed(entry) ? categoryStyle(entry.category).badge : NEUTRAL_BADGE;
  return BADGE_CLASSES[colours] ?? "badge-stone";
}
