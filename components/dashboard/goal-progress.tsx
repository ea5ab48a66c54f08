import Link from "next/link";
import { formatWeight, type Units } from "@/lib/dashboard/format";
import { GOAL_EPSILON_KG, MAINTAIN_TOLERANCE_KG, type GoalProgress } from "@/lib/dashboard/summary";

export type GoalProgressCardProps = {
  /** From summarize(); null when the profile has no goal weight (or there are no entries yet). */
  goal: GoalProgress | null;
  units: Units;
  /** Where the goal is set (default "/profile"). */
  profileHref?: string;
};

const linkClass = "font-medium text-brand-700 underline decoration-brand-600/30 underline-offset-2 hover:text-brand-900";

/** Progress from the first logged weight toward the goal weight, or an invitation to set one. */
export function GoalProgressCard({ goal, units, profileHref = "/profile" }: GoalProgressCardProps) {
  return (
    <section aria-labelledby="goal-heading" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="goal-heading" className="text-sm font-medium uppercase tracking-wide text-stone-500">
        Goal weight
      </h2>
      {goal === null ? (
        <div className="mt-2 space-y-3 text-sm text-stone-700">
          <p>Set a goal weight, to lose, gain or hold, and your progress toward it shows here.</p>
          <Link href={profileHref} className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
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

function Progress({ goal, units, profileHref }: { goal: GoalProgress; units: Units; profileHref: string }) {
  // Floor, so 99.6% of the way does not read "100%" before the goal is reached.
  const percent = goal.reached ? 100 : Math.floor(goal.percent);
  const verb = goal.direction === "lose" ? "Lose" : "Gain";
  const status = goal.reached ? "Goal reached" : `${formatWeight(goal.remainingKg, units)} to go`;
  return (
    <div className="mt-2 space-y-3">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-stone-700">
        <span>
          <span className="text-2xl font-bold tabular-nums text-stone-900">{formatWeight(goal.goalKg, units)}</span>{" "}
          <span className="text-stone-500">
            ({verb.toLowerCase()} {formatWeight(Math.abs(goal.goalKg - goal.startKg), units)})
          </span>
        </span>
        <span className={`font-semibold ${goal.reached ? "text-brand-700" : "text-stone-900"}`}>{status}</span>
      </p>
      <div
        role="progressbar"
        aria-labelledby="goal-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% of the way from ${formatWeight(goal.startKg, units)} to ${formatWeight(goal.goalKg, units)}: ${status.toLowerCase()}`}
        className="h-3 overflow-hidden rounded-full bg-stone-100 ring-1 ring-stone-200 ring-inset"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <div className="flex justify-between text-xs text-stone-500">
        <span>
          Start <span className="tabular-nums">{formatWeight(goal.startKg, units)}</span>
        </span>
        <span className="font-medium text-stone-700">
          Now <span className="tabular-nums">{formatWeight(goal.currentKg, units)}</span> · {percent}%
        </span>
      </div>
      <p className="text-xs text-stone-500">
        Measured from your first entry.{" "}
        <Link href={profileHref} className={linkClass}>
          Change goal
        </Link>
      </p>
    </div>
  );
}

function Maintain({ goal, units, profileHref }: { goal: GoalProgress; units: Units; profileHref: string }) {
  const side = goal.currentKg > goal.goalKg ? "above" : "below";
  return (
    <div className="mt-2 space-y-2 text-sm text-stone-700">
      <p>
        Holding at <span className="text-2xl font-bold tabular-nums text-stone-900">{formatWeight(goal.goalKg, units)}</span>
      </p>
      <p className={`font-semibold ${goal.reached ? "text-brand-700" : "text-stone-900"}`}>
        {goal.reached ? "On target: " : ""}
        now {formatWeight(goal.currentKg, units)}
        {goal.remainingKg >= GOAL_EPSILON_KG ? `, ${formatWeight(goal.remainingKg, units)} ${side} your goal` : ""}
      </p>
      <p className="text-xs text-stone-500">
        Within {formatWeight(MAINTAIN_TOLERANCE_KG, units)} counts as on target: day-to-day weight swings by about that much.{" "}
        <Link href={profileHref} className={linkClass}>
          Change goal
        </Link>
      </p>
    </div>
  );
}
