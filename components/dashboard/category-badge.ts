import { categoryStyle } from "@/components/bmi/category-style";
import type { MeasurementView } from "@/lib/measurements/types";
import { isAssessed } from "@/lib/measurements/view";

/**
 * Badge colours for an entry's category. Entries the engine could not judge (a child without sex
 * on the profile, or under 2) carry a placeholder category, so they get a neutral badge: colour
 * must not suggest a verdict their label says was not made.
 */
export function categoryBadge(entry: MeasurementView): string {
  return isAssessed(entry) ? categoryStyle(entry.category).badge : "bg-stone-100 text-stone-700 ring-stone-300";
}
