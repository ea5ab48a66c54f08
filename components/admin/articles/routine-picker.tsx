import { inputClass } from "@/components/ui/field";

export type RoutineChoice = { slug: string; name: string; published: boolean };

/**
 * Linked routines, in order: one select per position, with two spare rows so routines can be added
 * without JavaScript; an empty row is ignored. Shown on the article in this order.
 */
export function RoutinePicker({
  choices,
  selected,
  error,
}: {
  choices: RoutineChoice[];
  selected: string[];
  error?: string;
}) {
  const rows = [...selected, "", ""].slice(0, Math.max(3, selected.length + 2));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "a-routines-error" : "a-routines-hint"}>
      <legend className="text-sm font-medium text-stone-800">Linked routines</legend>
      <p id="a-routines-hint" className="text-xs text-stone-500">
        Shown under the article in this order. Leave a row empty to skip it.
      </p>
      {choices.length === 0 ? <p className="text-sm text-stone-600">No routines in the catalogue yet.</p> : null}
      {rows.map((slug, index) => (
        <label key={`${index}-${slug}`} className="flex items-center gap-2 text-sm">
          <span aria-hidden className="w-6 text-right tabular-nums text-stone-500">
            {index + 1}.
          </span>
          <span className="sr-only">Routine {index + 1}</span>
          <select
            name="routineSlugs"
            defaultValue={slug}
            className={inputClass(error)}
            aria-invalid={error ? true : undefined}
          >
            <option value="">(none)</option>
            {choices.map((choice) => (
              <option key={choice.slug} value={choice.slug}>
                {choice.name}
                {choice.published ? "" : " (unpublished)"}
              </option>
            ))}
            {slug && !choices.some((choice) => choice.slug === slug) ? (
              <option value={slug}>{slug} (not found)</option>
            ) : null}
          </select>
        </label>
      ))}
      {error ? (
        <p id="a-routines-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
