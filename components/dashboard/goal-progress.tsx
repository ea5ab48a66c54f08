import { formatDate, formatNumber, formatWeight, weightUnit, type Units } from "@/lib/dashboard/format";
import { goalFigures } from "@/lib/dashboard/shown-figures";
import { MAINTAIN_TOLERANCE_KG, type GoalProgress } from "@/lib/dashboard/summary";
import { type GoalCardData, GoalCardView } from "./goal-card-view";

export type GoalProgressCardProps = {
  /** From summarize(); null when the profile has no goal weight (or there are no entries yet). */
  goal: GoalProgress | null;
  units: Units;
  /** Where the goal is set (default "/profile"). */
  profileHref?: string;
};

/**
 * Progress from the first logged weight toward the goal weight, or an invitation to set one. The
 * figures are worded here, on the server; a client component draws them (ADR 0024, third-pass addendum).
 */
export function GoalProgressCard({ goal, units, profileHref = "/profile" }: GoalProgressCardProps) {
  return <GoalCardView card={goalCardData(goal, units, profileHref)} />;
}

/*
 * Every figure here comes from goalFigures: the start, current and goal weights as displayed, so
 * "lost 4.9 kg of 8.1 kg" and "3.2 kg to go" add up, and both match the weights shown.
 */
export function goalCardData(goal: GoalProgress | null, units: Units, href = "/profile"): GoalCardData {
  if (goal === null) return { kind: "none", href };
  const f = goalFigures(goal, units);
  const unit = weightUnit(units);
  const kg = (value: number) => `${formatNumber(value, 1)} ${unit}`;
  if (f.direction === "maintain") {
    const side = f.now > f.goal ? "above" : "below";
    return {
      kind: "maintain",
      href,
      goal: formatWeight(goal.goalKg, units),
      reached: goal.reached,
      now:
        `${goal.reached ? "On target: " : ""}now ${kg(f.now)}` +
        (f.toGo > 0 ? `, ${kg(f.toGo)} ${side} your goal` : ""),
      tolerance: formatWeight(MAINTAIN_TOLERANCE_KG, units),
    };
  }
  const status = f.reached ? "Goal reached" : `${kg(f.toGo)} to go`;
  const lost = f.direction === "lose" ? "Lost" : "Gained";
  const wrongWay = f.direction === "lose" ? "Up" : "Down";
  const progress =
    f.done >= 0 ? `${lost} ${kg(f.done)} of ${kg(f.total)}` : `${wrongWay} ${kg(-f.done)} since you started`;
  return {
    kind: "progress",
    href,
    goal: kg(f.goal),
    from: `goal, ${f.direction === "lose" ? "down" : "up"} from ${kg(f.start)}`,
    status,
    reached: f.reached,
    percent: f.percent,
    valueText:
      `${f.percent}% of the way from ${kg(f.start)} to ${kg(f.goal)}: ` +
      `${progress.toLowerCase()}, ${status.toLowerCase()}`,
    start: kg(f.start),
    ...(goal.startOn ? { startIso: goal.startOn, startDate: formatDate(goal.startOn) } : {}),
    now: kg(f.now),
    progress,
  };
}
