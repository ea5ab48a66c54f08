"use client";

// The goal card's markup, from figures worded on the server (./goal-progress). A client component
// without state: its markup is in the HTML once, where a server component's would also be in the
// React payload (ADR 0024, third-pass addendum).
import Link from "next/link";

export type GoalCardData =
  | { kind: "none"; href: string }
  | {
      kind: "maintain";
      href: string;
      goal: string;
      reached: boolean;
      /** "On target: now 80.2 kg, 0.2 kg above your goal". */
      now: string;
      tolerance: string;
    }
  | {
      kind: "progress";
      href: string;
      goal: string;
      /** "goal, down from 83.1 kg". */
      from: string;
      /** "3.2 kg to go" or "Goal reached". */
      status: string;
      reached: boolean;
      percent: number;
      /** The progress bar's words for screen readers. */
      valueText: string;
      start: string;
      startIso?: string;
      startDate?: string;
      now: string;
      /** "Lost 4.9 kg of 8.1 kg" or "Up 1.5 kg since you started". */
      progress: string;
    };

export function GoalCardView({ card }: { card: GoalCardData }) {
  return (
    <section aria-labelledby="goal-heading" className="card">
      <h2 id="goal-heading" className="card-title">
        Goal weight
      </h2>
      {card.kind === "none" ? (
        <div className="mt-2 space-y-3 text-sm text-stone-700">
          <p>Set a goal weight, to lose, gain or hold, and your progress toward it shows here.</p>
          <Link href={card.href} className="btn inline-block shadow-sm">
            Set a goal weight
          </Link>
        </div>
      ) : card.kind === "maintain" ? (
        <div className="mt-2 space-y-2 text-sm text-stone-700">
          <p>
            Holding at <span className="figure text-2xl font-bold">{card.goal}</span>
          </p>
          <p className={`font-semibold ${card.reached ? "text-brand-700" : "text-stone-900"}`}>{card.now}</p>
          <p className="text-xs text-stone-600">
            {`Within ${card.tolerance} counts as on target: day-to-day weight swings by about that much. `}
            <Link href={card.href} className="link">
              Change goal
            </Link>
          </p>
        </div>
      ) : (
        <Progress card={card} />
      )}
    </section>
  );
}

function Progress({ card }: { card: Extract<GoalCardData, { kind: "progress" }> }) {
  return (
    <div className="mt-2 space-y-3">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-stone-700">
        <span>
          <span className="figure text-2xl font-bold">{card.goal}</span>{" "}
          <span className="text-stone-600">{card.from}</span>
        </span>
        <span
          className={`font-semibold ${card.reached ? "text-brand-700" : "text-stone-900"}`}
          data-testid="goal-status"
        >
          {card.status}
        </span>
      </p>
      <div
        role="progressbar"
        aria-labelledby="goal-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={card.percent}
        aria-valuetext={card.valueText}
        className="h-3 overflow-hidden rounded-full bg-stone-100 ring-1 ring-stone-200 ring-inset"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${card.percent}%` }} />
      </div>
      <div className="flex flex-wrap justify-between gap-x-3 text-xs text-stone-600">
        <span>
          Start <span className="tabular-nums">{card.start}</span>
          {card.startIso ? (
            <>
              {" on "}
              <time dateTime={card.startIso}>{card.startDate}</time>
            </>
          ) : null}
        </span>
        <span className="font-medium text-stone-700">
          <span>
            Now <span className="tabular-nums">{card.now}</span>
          </span>
          {" · "}
          <span data-testid="goal-progress">{card.progress}</span>
          {` · ${card.percent}%`}
        </span>
      </div>
      <p className="text-xs text-stone-600">
        {"Measured from your first measurement. "}
        <Link href={card.href} className="link">
          Change goal
        </Link>
      </p>
    </div>
  );
}
