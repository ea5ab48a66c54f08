"use client";

// The latest card's markup, from figures worded on the server (./latest-card). A client component
// without state: its markup is in the HTML once, where a server component's would also be in the
// React payload (ADR 0024, third-pass addendum). The change boxes' styles are `.changes` in app/styles/dashboard.css.

/** A change since an earlier measurement, or the sentence saying there is none. */
export type ChangeData = { label: string; note?: string } & (
  | { none: string }
  | {
      /** Decoration ("↑", "→", "↓"): the words carry the meaning. */
      arrow: string;
      bmi: string;
      fromIso: string;
      /** The earlier measurement's date as shown ("14 Nov"), and the two BMIs ("25.7 → 25.6"). */
      from: string;
      values: string;
      weight: string;
      over: string;
    }
);

export type LatestCardData = {
  iso: string;
  date: string;
  /** "today", "yesterday", "3 days ago". */
  ago: string | null;
  bmi: string;
  /** The category badge's class (./category-badge) and its words. */
  badge: string;
  category: string;
  weight: string;
  /** A child's percentile for age ("85.2nd percentile"). */
  percentile: string | null;
  changes: ChangeData[];
};

export function LatestCardView({ card }: { card: LatestCardData }) {
  return (
    <section aria-labelledby="latest-heading" className="card">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id="latest-heading" className="card-title">
          Latest BMI
        </h2>
        <p className="text-sm text-stone-600">
          <time dateTime={card.iso}>{card.date}</time>
          {card.ago !== null ? <span className="text-stone-500">{` · ${card.ago}`}</span> : null}
        </p>
      </div>

      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="flex items-baseline gap-2">
          <span className="figure text-5xl font-bold">{card.bmi}</span>
          <span className="text-sm text-stone-500">kg/m²</span>
        </p>
        <p className={`${card.badge} px-3 py-1 text-sm font-semibold`}>{card.category}</p>
      </div>

      <p className="mt-2 text-sm text-stone-700">
        Weight <span className="figure">{card.weight}</span>
        {card.percentile !== null ? (
          <>
            {" · "}
            <span className="font-semibold text-stone-900">{card.percentile}</span> for age
          </>
        ) : null}
      </p>

      <dl className="changes mt-4 grid gap-3 sm:grid-cols-2">
        {card.changes.map((change) => (
          <div key={change.label}>
            <dt>{change.label}</dt>
            {"none" in change ? (
              <dd className="text-stone-600">{change.none}</dd>
            ) : (
              <dd>
                <span className="flex items-center gap-1.5">
                  <span aria-hidden="true" className="arrow">
                    {change.arrow}
                  </span>
                  <span>
                    {/* Whole text nodes: pieces side by side would add a marker between each in the HTML. */}
                    BMI <span className="figure">{change.bmi}</span>
                    {" since "}
                    <time dateTime={change.fromIso}>{change.from}</time>
                    <span className="text-stone-600">{` (${change.values})`}</span>
                  </span>
                </span>
                <span>
                  {"Weight "}
                  <span className="tabular-nums">{change.weight}</span>
                  {` over ${change.over}`}
                </span>
                {change.note ? <span>{change.note}</span> : null}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
