import { formatBmiValue } from "@/lib/bmi/format";
import type { BmiBand } from "@/lib/bmi/types";
import { categoryStyle } from "./category-style";

// Band edges to the same 2 decimals as the BMI (a child's 85th percentile can be 19.06, and a BMI
// of 19.07 must not sit in a band that reads "to 19.1"), without trailing zeros: 18.5, 25.
const format = (value: number) => String(Number(value.toFixed(2)));

/** A coloured strip of the category bands with a marker where this BMI falls. */
export function BmiScale({
  bands,
  bmi,
  categoryLabel,
}: {
  bands: readonly BmiBand[];
  bmi: number;
  categoryLabel: string;
}) {
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return null;
  const min = first.from;
  const span = last.to - min;
  const position = Math.min(100, Math.max(0, ((bmi - min) / span) * 100));
  const width = (band: BmiBand) => ((band.to - band.from) / span) * 100;

  return (
    <figure className="space-y-2">
      <div
        role="img"
        aria-label={`BMI ${formatBmiValue(bmi)} falls in the ${categoryLabel.toLowerCase()} band. Bands: ${bands
          .map((band) => `${band.label} ${format(band.from)} to ${format(band.to)}`)
          .join("; ")}.`}
        className="relative pt-7"
      >
        <div
          className={
            "absolute top-0 -translate-x-1/2 rounded bg-stone-900 px-1.5 py-0.5 text-xs font-semibold " + "text-white"
          }
          style={{ left: `${position}%` }}
          aria-hidden
        >
          {formatBmiValue(bmi)}
        </div>
        <div
          className="absolute top-5 h-7 w-0.5 -translate-x-1/2 bg-stone-900"
          style={{ left: `${position}%` }}
          aria-hidden
        />
        <div className="flex h-4 overflow-hidden rounded-full" aria-hidden>
          {bands.map((band) => (
            <div key={band.code} className={categoryStyle(band.code).bar} style={{ width: `${width(band)}%` }} />
          ))}
        </div>
      </div>
      <figcaption aria-hidden>
        <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs text-stone-700 sm:grid-cols-3">
          {bands.map((band, index) => (
            <li key={band.code} className="flex items-center gap-1.5">
              <span className={`inline-block h-2.5 w-2.5 shrink-0 rounded-full ${categoryStyle(band.code).bar}`} />
              <span>
                {band.label}{" "}
                <span className="text-stone-600">
                  {index === 0
                    ? `< ${format(band.to)}`
                    : index === bands.length - 1
                      ? `≥ ${format(band.from)}`
                      : `${format(band.from)}–${format(band.to)}`}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
