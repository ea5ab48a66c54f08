// Poses on the floor: kneeling and on all fours, face down, on the back, on the side, and sitting.
// Figures lying on their back have the head to the left; everything else faces right.
import type { IllustrationKey } from "@/lib/routines/illustration-keys";
import { arc, FLOOR, offset, type Pose } from "./pose-kit";

const GROUND = FLOOR - 2;

// Shared bodies: a figure on all fours, one lying face down, one lying on the back.
const ALL_FOURS = { hip: [68, 70], torso: -8 } as const;
const KNEELING_LEG = [90, 180, 180] as const;
const PRONE_LEGS = [
  [180, 180, 180],
  [179, 180, 180],
] as const;
const SUPINE = { hip: [92, 86], torso: 180, head: 192 } as const;
const FEET_FLAT = [
  { to: [111, GROUND], bend: -1, foot: 0 },
  { to: [109, GROUND], bend: -1, foot: 0 },
] as const;

export const FLOOR_POSES = {
  "childs-pose": {
    figure: {
      hip: [58, 72],
      torso: 16,
      head: 35,
      arms: [
        { to: [116, GROUND], bend: -1 },
        { to: [114, GROUND], bend: -1 },
      ],
      legs: [
        [60, 180, 180],
        [58, 180, 180],
      ],
    },
  },
  "downward-dog": {
    figure: {
      hip: [66, 55],
      torso: 42,
      head: 72,
      arms: [
        { to: [106, GROUND], bend: -1 },
        { to: [104, GROUND], bend: -1 },
      ],
      legs: [
        { to: [50, GROUND], bend: 1, foot: 0 },
        { to: [48, GROUND], bend: 1, foot: 0 },
      ],
    },
  },
  "cat-cow": {
    figure: {
      ...ALL_FOURS,
      arch: 7,
      head: 70,
      arms: [
        { to: [95, GROUND], bend: 1 },
        { to: [93, GROUND], bend: 1 },
      ],
      legs: [KNEELING_LEG, KNEELING_LEG],
    },
  },
  "bird-dog": {
    figure: { ...ALL_FOURS, arms: [[-8, -8], { to: [93, GROUND], bend: 1 }], legs: [[174, 176, 176], KNEELING_LEG] },
  },
  "kneeling-hip-flexor": {
    figure: {
      hip: [75, 70],
      torso: -93,
      arms: [
        [96, 80],
        [84, 70],
      ],
      legs: [
        [105, 180, 180],
        [0, 90, 0],
      ],
    },
  },
  cobra: {
    figure: {
      hip: [62, 86],
      torso: -38,
      head: -62,
      arms: [
        { to: [82, GROUND], bend: 1 },
        { to: [80, GROUND], bend: 1 },
      ],
      legs: PRONE_LEGS,
    },
  },
  sphinx: {
    figure: {
      hip: [60, 86],
      torso: -28,
      head: -40,
      arms: [
        [90, 0],
        [90, -2],
      ],
      legs: PRONE_LEGS,
    },
  },
  "prone-quad": {
    figure: {
      hip: [72, 86],
      torso: -8,
      head: -10,
      arms: [{ to: [61.6, 69.7], bend: 1 }, [10, 170]],
      legs: [
        [180, -65],
        [180, 180, 180],
      ],
    },
    props: (s) => [{ line: [s.arms[0]!.end, s.legs[0]!.end] }],
  },
  superman: {
    figure: {
      hip: [70, 86],
      torso: -14,
      head: -18,
      arms: [
        [-18, -18],
        [-16, -16],
      ],
      legs: [
        [193, 193, 193],
        [191, 191, 191],
      ],
    },
  },
  plank: {
    figure: {
      hip: [69, 80],
      torso: -13,
      arms: [
        [90, 0],
        [90, 0],
      ],
      legs: [
        [167, 167],
        [167, 167],
      ],
    },
  },
  "plank-tap": {
    figure: {
      hip: [62, 72],
      torso: -26,
      arms: [
        { to: [88, 64], bend: 1 },
        { to: [86, GROUND], bend: -1 },
      ],
      legs: [
        [154, 154],
        [155, 154],
      ],
    },
  },
  "knee-plank": {
    figure: {
      hip: [75, 82],
      torso: -18,
      arms: [
        [90, 0],
        [90, 0],
      ],
      legs: [
        [162, -150],
        [162, -148],
      ],
    },
  },
  "side-plank": {
    figure: {
      hip: [69, 80],
      torso: -13,
      arms: [
        [-90, -90],
        [90, 0],
      ],
      legs: [
        [167, 167],
        [167, 167],
      ],
    },
  },
  "side-plank-knees": {
    figure: {
      hip: [75, 82],
      torso: -18,
      arms: [
        [-90, -90],
        [90, 0],
      ],
      legs: [
        [162, -150],
        [162, -148],
      ],
    },
  },
  "supine-breathing": {
    figure: {
      ...SUPINE,
      arms: [
        [3, -40],
        [2, -50],
      ],
      legs: FEET_FLAT,
    },
  },
  bridge: {
    figure: {
      hip: [88, 70],
      torso: 144,
      head: 185,
      arms: [
        [4, 0],
        [2, 0],
      ],
      legs: [
        { to: [108, GROUND], bend: -1, foot: 0 },
        { to: [106, GROUND], bend: -1, foot: 0 },
      ],
    },
  },
  "single-leg-bridge": {
    figure: {
      hip: [88, 70],
      torso: 144,
      head: 185,
      arms: [
        [4, 0],
        [2, 0],
      ],
      legs: [[-8, -8, -98], { to: [106, GROUND], bend: -1, foot: 0 }],
    },
  },
  "knee-to-chest": {
    figure: {
      ...SUPINE,
      arms: [
        { to: [89, 68], bend: 1 },
        { to: [88, 68], bend: 1 },
      ],
      legs: [[-110, 10], FEET_FLAT[1]],
    },
  },
  "double-knee-to-chest": {
    figure: {
      ...SUPINE,
      arms: [
        { to: [89, 68], bend: 1 },
        { to: [88, 68], bend: 1 },
      ],
      legs: [
        [-110, 10],
        [-106, 14],
      ],
    },
  },
  "hamstring-strap": {
    figure: {
      ...SUPINE,
      arms: [
        { to: [80, 66], bend: -1 },
        { to: [79, 67], bend: -1 },
      ],
      legs: [[-98, -98, 0], FEET_FLAT[1]],
    },
    props: (s) => [{ line: [s.arms[0]!.end, s.legs[0]!.end] }],
  },
  "figure-four": {
    flat: true,
    figure: {
      ...SUPINE,
      arms: [
        [4, 0],
        [2, 0],
      ],
      legs: [[-20, -120], { to: [112, GROUND], bend: -1, foot: 0 }],
    },
  },
  "dead-bug": {
    figure: {
      ...SUPINE,
      arms: [
        [-125, -125],
        [-90, -90],
      ],
      legs: [
        [-90, 0, -90],
        [-12, -12, -90],
      ],
    },
  },
  "supine-twist": {
    view: "above",
    flat: true,
    figure: {
      hip: [92, 50],
      torso: 180,
      arms: [
        [-90, -90],
        [90, 90],
      ],
      legs: [
        [35, 150],
        [58, 128],
      ],
    },
  },
  "side-lying-quad": {
    figure: {
      hip: [92, 84],
      torso: 180,
      head: 190,
      arms: [{ to: [94, 72], bend: -1 }, [-125, -40]],
      legs: [
        [-10, -150],
        [0, 0, 0],
      ],
    },
  },
  "russian-twist": {
    figure: {
      hip: [70, 84],
      torso: -118,
      head: -100,
      arms: [
        [35, -15],
        [30, -20],
      ],
      legs: [
        { to: [104, GROUND], bend: -1, foot: 0 },
        { to: [102, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: (s) => [{ polyline: arc(offset(s.shoulder, 12, 6), 18, -70, 20), dashed: true }],
  },
  "weighted-russian-twist": {
    figure: {
      hip: [70, 84],
      torso: -118,
      head: -100,
      arms: [
        [35, -15],
        [30, -20],
      ],
      legs: [
        { to: [104, GROUND], bend: -1, foot: 0 },
        { to: [102, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: (s) => [
      { circle: s.arms[0]!.end, r: 6 },
      { circle: s.arms[0]!.end, r: 1.5, fill: true },
      { polyline: arc(offset(s.shoulder, 12, 6), 24, -70, 10), dashed: true },
    ],
  },
  "boat-pose": {
    figure: {
      hip: [70, 86],
      torso: -122,
      head: -108,
      arms: [
        [12, 0],
        [10, 0],
      ],
      legs: [
        [-42, 0, -60],
        [-40, 2, -60],
      ],
    },
  },
  "ninety-ninety": {
    view: "above",
    flat: true,
    figure: {
      hip: [80, 62],
      torso: -90,
      arms: [
        [125, 95],
        [55, 85],
      ],
      legs: [
        [30, 172],
        [180, -90],
      ],
    },
  },
} satisfies Partial<Record<IllustrationKey, Pose>>;
