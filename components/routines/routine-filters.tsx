import { INTENSITY_LABELS, KIND_LABELS } from "@/lib/routines/labels";
import { EXERCISE_KINDS, INTENSITIES, type ExerciseKind, type Intensity } from "@/lib/routines/types";

type Active = { kind?: ExerciseKind; intensity?: Intensity; tag?: string };

function href(next: Active): string {
  const params = new URLSearchParams();
  if (next.kind) params.set("kind", next.kind);
  if (next.intensity) params.set("intensity", next.intensity);
  if (next.tag) params.set("tag", next.tag);
  const query = params.toString();
  return query ? `/routines?${query}` : "/routines";
}

function Option({ label, to, current }: { label: string; to: string; current: boolean }) {
  return (
    <li>
      <a
        href={to}
        aria-current={current ? "true" : undefined}
        className={`inline-block rounded-full px-3 py-1 text-sm ring-1 ring-inset ${
          current
            ? "bg-brand-700 text-white ring-brand-700"
            : "bg-white text-stone-800 ring-stone-300 hover:bg-stone-100"
        }`}
      >
        {label}
      </a>
    </li>
  );
}

/**
 * Plain links (no JavaScript): each filter is a URL, so it can be shared and works everywhere. Not
 * next/link: the unfiltered catalogue is prerendered and a query is rewritten on the server to a
 * per-request twin (ADR 0023), which the client router would not follow.
 */
export function RoutineFilters({ active }: { active: Active }) {
  return (
    <nav aria-label="Filter routines" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-stone-700">Kind:</span>
        <ul className="flex flex-wrap gap-1.5">
          <Option label="All" to={href({ ...active, kind: undefined })} current={!active.kind} />
          {EXERCISE_KINDS.map((kind) => (
            <Option
              key={kind}
              label={KIND_LABELS[kind]}
              to={href({ ...active, kind })}
              current={active.kind === kind}
            />
          ))}
        </ul>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-stone-700">Intensity:</span>
        <ul className="flex flex-wrap gap-1.5">
          <Option label="All" to={href({ ...active, intensity: undefined })} current={!active.intensity} />
          {INTENSITIES.map((intensity) => (
            <Option
              key={intensity}
              label={INTENSITY_LABELS[intensity]}
              to={href({ ...active, intensity })}
              current={active.intensity === intensity}
            />
          ))}
        </ul>
      </div>
    </nav>
  );
}
