/**
 * The dashboard's figures as it shows them, so that they agree with each other. Every difference
 * is taken between the two values as displayed (1 decimal, in the person's units), not between
 * the stored values: two History rows that both read 25.7 never come with a change of −0.1, and a
 * goal card's "lost 4.9 kg of 8.1 kg" and "3.2 kg to go" always add up. Pure.
 */
import { round } from "@/lib/bmi/format";
import { weightIn, type Units } from "./format";
import type { GoalDirection, GoalProgress } from "./summary";

/** Decimals the dashboard shows BMI and weights with. */
export const SHOWN_DECIMALS = 1;

/** `to − from` as the reader computes it from the two figures on screen. */
export function shownDelta(from: number, to: number, decimals = SHOWN_DECIMALS): number {
  return round(round(to, decimals) - round(from, decimals), decimals);
}

/** A weight change in the person's units, from the two weights as displayed. */
export function shownWeightDelta(fromKg: number, toKg: number, units: Units): number {
  return shownDelta(weightIn(fromKg, units), weightIn(toKg, units));
}

export type GoalFigures = {
  direction: GoalDirection;
  /** Start, now and goal weights as displayed (person's units, 1 decimal). */
  start: number;
  now: number;
  goal: number;
  /** The whole way from start to goal. */
  total: number;
  /** How far of it is done; negative when the weight went the other way. */
  done: number;
  /** Left to go, never negative; 0 once the goal (as displayed) is reached or passed. */
  toGo: number;
  /** 0–100, floored (99.6% of the way is not yet 100%); 100 once reached. */
  percent: number;
  reached: boolean;
};

/**
 * The goal card's numbers, all from the displayed start, current and goal weights, so that
 * done + to go = total whenever the weight is between the start and the goal. "Maintain" goals are
 * reached within the tolerance summarize() decided (reached comes from GoalProgress there).
 */
export function goalFigures(goal: GoalProgress, units: Units): GoalFigures {
  const shown = (kg: number) => round(weightIn(kg, units), SHOWN_DECIMALS);
  const start = shown(goal.startKg);
  const now = shown(goal.currentKg);
  const target = shown(goal.goalKg);
  if (goal.direction === "maintain") {
    return {
      direction: "maintain",
      start,
      now,
      goal: target,
      total: 0,
      done: 0,
      toGo: Math.abs(shownDelta(now, target)),
      percent: goal.reached ? 100 : 0,
      reached: goal.reached,
    };
  }
  const sign = goal.direction === "lose" ? -1 : 1;
  const total = round(Math.abs(target - start), SHOWN_DECIMALS);
  const done = round(sign * (now - start), SHOWN_DECIMALS);
  const toGo = Math.max(0, round(sign * (target - now), SHOWN_DECIMALS));
  const reached = toGo === 0;
  const percent = reached || total === 0 ? 100 : Math.min(100, Math.max(0, Math.floor((100 * done) / total)));
  return { direction: goal.direction, start, now, goal: target, total, done, toGo, percent, reached };
}
