// Standing poses without equipment: the warm-up, walking, lunges and the gentle back bend. Figures seen
// from the front (neck rolls, arm circles, side bends) show both arms level; the rest face right.
import type { IllustrationKey } from "@/lib/routines/illustration-keys";
import { arc, FLOOR, offset, type Pose } from "./pose-kit";

const GROUND = FLOOR - 2;
const STAND_HIP: readonly [number, number] = [80, GROUND - 36];
const FRONT_LEGS = [
  [104, 94, 180],
  [76, 86, 0],
] as const;

export const STANDING_POSES = {
  "standing-breath": {
    figure: {
      hip: STAND_HIP,
      torso: -90,
      arms: [
        { to: [86, 50], bend: 1 },
        { to: [84, 50], bend: 1 },
      ],
      legs: [
        [92, 90, 0],
        [88, 90, 0],
      ],
    },
    props: (s) => [{ polyline: arc(offset(s.shoulder, 2, 14), 9, -50, 50), dashed: true }],
  },
  "neck-rolls": {
    flat: true,
    figure: {
      hip: STAND_HIP,
      torso: -90,
      head: -112,
      arms: [
        [100, 95],
        [80, 85],
      ],
      legs: FRONT_LEGS,
    },
    props: (s) => [{ polyline: arc(s.shoulder, 17, -160, -20, 10), dashed: true }],
  },
  "arm-circles": {
    flat: true,
    figure: {
      hip: STAND_HIP,
      torso: -90,
      arms: [
        [0, 0],
        [180, 180],
      ],
      legs: FRONT_LEGS,
    },
    props: (s) => [
      { polyline: arc(s.arms[0]!.end, 6, 0, 330, 12), dashed: true },
      { polyline: arc(s.arms[1]!.end, 6, 180, 510, 12), dashed: true },
    ],
  },
  "side-bend": {
    flat: true,
    figure: {
      hip: STAND_HIP,
      torso: -76,
      head: -70,
      arms: [
        [-50, -110],
        [-110, -50],
      ],
      legs: FRONT_LEGS,
    },
  },
  march: {
    figure: {
      hip: STAND_HIP,
      torso: -90,
      arms: [
        [115, 105],
        [60, 0],
      ],
      legs: [
        [0, 90, 0],
        [90, 90, 0],
      ],
    },
  },
  walking: {
    figure: {
      hip: [80, 53.5],
      torso: -88,
      arms: [
        [110, 100],
        [70, 40],
      ],
      legs: [
        [70, 100, 0],
        [110, 95, 0],
      ],
    },
  },
  "back-extension": {
    figure: {
      hip: [82, 53],
      torso: -108,
      head: -122,
      arms: [
        { to: [74, 46], bend: -1 },
        { to: [72, 46], bend: -1 },
      ],
      legs: [
        { to: [78, GROUND], bend: 1, foot: 0 },
        { to: [76, GROUND], bend: 1, foot: 0 },
      ],
    },
  },
  lunge: {
    figure: {
      hip: [74, 70],
      torso: -90,
      arms: [
        [95, 85],
        [85, 80],
      ],
      legs: [
        [0, 90, 0],
        [112, 190, 100],
      ],
    },
  },
} satisfies Partial<Record<IllustrationKey, Pose>>;
