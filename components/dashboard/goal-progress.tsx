import Link from "next/link";
import { formatDate, formatNumber, formatWeight, weightUnit, type Units } from "@/lib/dashboard/format";
import { goalFigures } from "@/lib/dashboard/shown-figures";
import { MAINTAIN_TOLERANCE_KG, type GoalProgress } from "@/lib/dashboard/summary";

export type GoalProgressCardProps = {
  /** From summarize(); null when the profile has no goal weight (or there are no entries yet). */
  goal: GoalProgress | null;
  units: Units;
  /** Where the goal is set (default "/profile"). */
  profileHref?: string;
};

const linkClass =
  "font-medium text-brand-700 underline decoration-brand-600/30 underline-offset-2 hover:text-brand-900";

/** Progress from the first logged weight toward the goal weight, or an invitation to set one. */
export function GoalProgressCard({ goal, units, profileHref = "/profile" }: GoalProgressCardProps) {
  return (
    <section
      aria-labelledby="goal-heading"
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="goal-heading" className="text-sm font-medium uppercase tracking-wide text-stone-500">
        Goal weight
      </h2>
      {goal === null ? (
        <div className="mt-2 space-y-3 text-sm text-stone-700">
          <p>Set a goal weight, to lose, gain or hold, and your progress toward it shows here.</p>
          <Link
            href={profileHref}
            className={
              "inline-block rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm " +
              "hover:bg-brand-700"
            }
          >
            Set a goal weight
          </Link>
        </div>
      ) : goal.direction === "maintain" ? (
        <Maintain goal={goal} units={units} profileHref={profileHref} />
      ) : (
        <Progress goal={goal} units={units} profileHref={profileHref} />
      )}
    </section>
  );
}

/*
 * Every figure here comes from goalFigures: the start, current and goal weights as displayed, so
 * "lost 4.9 kg of 8.1 kg" and "3.2 kg to go" add up, and both match the weights shown.
 */
function Progress({ goal, units, profileHref }: { goal: GoalProgress; units: Units; profileHref: string }) {
  const f = goalFigures(goal, units);
  const unit = weightUnit(units);
  const kg = (value: number) => `${formatNumber(value, 1)} ${unit}`;
  const percent = f.percent;
  const status = f.reached ? "Goal reached" : `${kg(f.toGo)} to go`;
  const lost = f.direction === "lose" ? "Lost" : "Gained";
  const wrongWay = f.direction === "lose" ? "Up" : "Down";
  const progress =
    f.done >= 0 ? `${lost} ${kg(f.done)} of ${kg(f.total)}` : `${wrongWay} ${kg(-f.done)} since you started`;
  return (
    <div className="mt-2 space-y-3">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-stone-700">
        <span>
          <span className="text-2xl font-bold tabular-nums text-stone-900">{kg(f.goal)}</span>{" "}
          <span className="text-stone-600">
            goal, {f.direction === "lose" ? "down" : "up"} from {kg(f.start)}
          </span>
        </span>
        <span className={`font-semibold ${f.reached ? "text-brand-700" : "text-stone-900"}`} data-testid="goal-status">
          {status}
        </span>
      </p>
      <div
        role="progressbar"
        aria-labelledby="goal-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={
          `${percent}% of the way from ${kg(f.start)} to ${kg(f.goal)}: ` +
          `${progress.toLowerCase()}, ${status.toLowerCase()}`
        }
        className="h-3 overflow-hidden rounded-full bg-stone-100 ring-1 ring-stone-200 ring-inset"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <div className="flex flex-wrap justify-between gap-x-3 text-xs text-stone-600">
        <span>
          Start <span className="tabular-nums">{kg(f.start)}</span>
          {goal.startOn ? (
            <>
              {" "}
              on <time dateTime={goal.startOn}>{formatDate(goal.startOn)}</time>
            </>
          ) : null}
        </span>
        <span className="font-medium text-stone-700">
          <span>
            Now <span className="tabular-nums">{kg(f.now)}</span>
          </span>{" "}
          · <span data-testid="goal-progress">{progress}</span> · {percent}%
        </span>
      </div>
      <p className="text-xs text-stone-600">
        Measured from your first measurement.{" "}
        <Link href={profileHref} className={linkClass}>
          Change goal
        </Link>
      </p>
    </div>
  );
}

function Maintain({ goal, units, profileHref }: { goal: GoalProgress; units: Units; profileHref: string }) {
  const f = goalFigures(goal, units);
  const side = f.now > f.goal ? "above" : "below";
  return (
    <div className="mt-2 space-y-2 text-sm text-stone-700">
      <p>
        Holding at{" "}
        <span className="text-2xl font-bold tabular-nums text-stone-900">{formatWeight(goal.goalKg, units)}</span>
      </p>
      <p className={`font-semibold ${goal.reached ? "text-brand-700" : "text-stone-900"}`}>
        {goal.reached ? "On target: " : ""}
        now {formatNumber(f.now, 1)} {weightUnit(units)}
        {f.toGo > 0 ? `, ${formatNumber(f.toGo, 1)} ${weightUnit(units)} ${side} your goal` : ""}
      </p>
      <p className="text-xs text-stone-600">
        Within {formatWeight(MAINTAIN_TOLERANCE_KG, units)} counts as on target: day-to-day weight swings by about that
        much.{" "}
        <Link href={profileHref} className={linkClass}>
          Change goal
        </Link>
      </p>
    </div>
  );
}
