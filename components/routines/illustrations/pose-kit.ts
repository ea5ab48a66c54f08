// A tiny stick-figure kit. A pose is data: where the hips are, which way the trunk and head point, and
// for each arm and leg either two joint angles or a point the hand or foot must reach (solved with
// two-segment inverse kinematics, so a hand lands exactly on the floor or a bar). Every figure is drawn
// from the same limb lengths, so all the drawings share one body and read as one set.
//
// Coordinates are SVG user units in a 160 x 100 box, y pointing down; the floor is the line y = FLOOR.
// Angles are degrees: 0 points right, 90 down, 180 left, -90 up.

export type Point = readonly [number, number];

export const FLOOR = 90;
export const VIEW_BOX = "0 0 160 100";

const TORSO = 26;
const NECK = 10; // shoulder to the centre of the head
export const HEAD_RADIUS = 6;
const UPPER_ARM = 14;
const FOREARM = 13;
const THIGH = 18;
const SHIN = 18;
const FOOT = 5;

/**
 * A limb: `[first, second]` segment angles (plus an optional foot angle for legs), or a point to reach
 * with `bend` choosing which way the elbow or knee points (1: clockwise of the straight line, -1: the
 * other way).
 */
export type Limb =
  readonly [number, number] | readonly [number, number, number] | { to: Point; bend: 1 | -1; foot?: number };

export type Figure = {
  hip: Point;
  /** Direction from the hips to the shoulders. */
  torso: number;
  /**
   * Sideways bulge of the back in units (positive bows to the left of hip→shoulder: a cat's hump when facing right).
   */
  arch?: number;
  /** Direction from the shoulders to the head; the torso's by default. */
  head?: number;
  /** The near arm first; a second, far arm is drawn fainter behind. */
  arms: readonly Limb[];
  legs: readonly Limb[];
};

export type Shape =
  | { line: readonly [Point, Point]; dashed?: boolean; thick?: boolean }
  | { polyline: readonly Point[]; dashed?: boolean }
  | { circle: Point; r: number; fill?: boolean };

export type Skeleton = {
  hip: Point;
  shoulder: Point;
  head: Point;
  /** The bow control point of the back, for a curved spine. */
  back: Point;
  arms: Joint3[];
  legs: Joint3[];
};

/** Root, middle joint and end of a limb (shoulder, elbow, hand or hip, knee, ankle), plus a toe. */
export type Joint3 = { root: Point; mid: Point; end: Point; toe: Point | null };

export type Pose = {
  figure: Figure;
  /**
   * "side" (default) stands the figure on a floor line; "above" looks down on a mat, for poses that only read from the
   * ceiling.
   */
  view?: "side" | "above";
  /** Draw every limb at full strength: for figures seen from the front, or when both legs carry the meaning. */
  flat?: boolean;
  /** Equipment and motion cues, placed from the solved skeleton so they follow the body. */
  props?: (s: Skeleton) => Shape[];
};

export function toward(from: Point, angle: number, length: number): Point {
  const radians = (angle * Math.PI) / 180;
  return [round(from[0] + Math.cos(radians) * length), round(from[1] + Math.sin(radians) * length)];
}

export function offset(p: Point, dx: number, dy: number): Point {
  return [round(p[0] + dx), round(p[1] + dy)];
}

/** Points along a circular arc, for motion cues (e.g. arm circles). */
export function arc(centre: Point, radius: number, fromAngle: number, toAngle: number, steps = 8): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) =>
    toward(centre, fromAngle + ((toAngle - fromAngle) * i) / steps, radius),
  );
}

function angleOf(from: Point, to: Point): number {
  return (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
}

function solveLimb(root: Point, limb: Limb, first: number, second: number): Joint3 {
  if (!("to" in limb)) {
    const mid = toward(root, limb[0], first);
    const end = toward(mid, limb[1], second);
    return { root, mid, end, toe: limb[2] === undefined ? null : toward(end, limb[2], FOOT) };
  }
  const wanted = Math.hypot(limb.to[0] - root[0], limb.to[1] - root[1]);
  // Out of reach: point the limb at the target, nearly straight, rather than failing.
  const distance = Math.min(Math.max(wanted, Math.abs(first - second) + 0.5), first + second - 0.01);
  const direction = angleOf(root, limb.to);
  const cosine = (first * first + distance * distance - second * second) / (2 * first * distance);
  const spread = (Math.acos(Math.min(1, Math.max(-1, cosine))) * 180) / Math.PI;
  const mid = toward(root, direction + limb.bend * spread, first);
  const end = toward(root, direction, distance);
  return { root, mid, end, toe: limb.foot === undefined ? null : toward(end, limb.foot, FOOT) };
}

export function solve(figure: Figure): Skeleton {
  const shoulder = toward(figure.hip, figure.torso, TORSO);
  const middle: Point = [(figure.hip[0] + shoulder[0]) / 2, (figure.hip[1] + shoulder[1]) / 2];
  return {
    hip: figure.hip,
    shoulder,
    head: toward(shoulder, figure.head ?? figure.torso, NECK),
    back: toward(middle, figure.torso - 90, figure.arch ?? 0),
    arms: figure.arms.map((arm) => solveLimb(shoulder, arm, UPPER_ARM, FOREARM)),
    legs: figure.legs.map((leg) => solveLimb(figure.hip, leg, THIGH, SHIN)),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
