import { INTENSITY_LABELS, KIND_LABELS } from "@/lib/routines/labels";
import type { ExerciseKind, Intensity } from "@/lib/routines/types";

const INTENSITY_STYLE: Record<Intensity, string> = {
  gentle: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  moderate: "bg-sky-50 text-sky-900 ring-sky-200",
  hard: "bg-rose-50 text-rose-900 ring-rose-200",
};

/** Kind, intensity and minutes as small labelled chips (text, so colour is never the only cue). */
export function RoutineBadges({
  kind,
  intensity,
  minutes,
  usesInversion,
}: {
  kind: ExerciseKind;
  intensity: Intensity;
  minutes?: number;
  usesInversion?: boolean;
}) {
  const chip = "rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset";
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Routine facts">
      <li className={`${chip} bg-stone-100 text-stone-800 ring-stone-200`}>{KIND_LABELS[kind]}</li>
      <li className={`${chip} ${INTENSITY_STYLE[intensity]}`}>{INTENSITY_LABELS[intensity]}</li>
      {minutes !== undefined ? (
        <li className={`${chip} bg-white text-stone-800 ring-stone-300`}>About {minutes} min</li>
      ) : null}
      {usesInversion ? <li className={`${chip} bg-amber-50 text-amber-950 ring-amber-300`}>Uses inversion</li> : null}
    </ul>
  );
}
