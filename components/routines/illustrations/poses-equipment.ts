// Poses that need a bar, a table, a wall, a door frame, a chair, a roller or a weight.
import type { IllustrationKey } from "@/lib/routines/illustration-keys";
import { FLOOR, offset, toward, type Pose } from "./pose-kit";

const GROUND = FLOOR - 2; // where a limb's centre line sits when it rests on the floor (strokes are 4 wide)

/** A pull-up bar across the top with two uprights. */
const pullUpBar = (y: number) => [
  {
    line: [
      [50, y],
      [110, y],
    ] as const,
    thick: true,
  },
  {
    line: [
      [54, y],
      [54, FLOOR],
    ] as const,
  },
  {
    line: [
      [106, y],
      [106, FLOOR],
    ] as const,
  },
];

/** A simple chair seen from the side, seat at `seatY`, front edge at `frontX`. */
const chair = (frontX: number, seatY: number) => [
  {
    line: [
      [frontX - 22, seatY],
      [frontX, seatY],
    ] as const,
    thick: true,
  },
  {
    line: [
      [frontX - 20, seatY],
      [frontX - 20, FLOOR],
    ] as const,
  },
  {
    line: [
      [frontX - 2, seatY],
      [frontX - 2, FLOOR],
    ] as const,
  },
  {
    line: [
      [frontX - 22, seatY],
      [frontX - 24, seatY - 30],
    ] as const,
  },
];

export const EQUIPMENT_POSES = {
  hang: {
    figure: {
      hip: [80, 58],
      torso: -90,
      arms: [
        [-96, -93],
        [-84, -87],
      ],
      legs: [
        [100, 160, 185],
        [95, 155, 180],
      ],
    },
    props: () => pullUpBar(5),
  },
  "supported-hang": {
    figure: {
      hip: [64, 68.5],
      torso: -72,
      head: -80,
      arms: [
        { to: [99, 42], bend: 1 },
        { to: [99, 42], bend: 1 },
      ],
      legs: [
        [5, 92, 0],
        [0, 90, 0],
      ],
    },
    props: () => [
      { circle: [100, 42], r: 2.5, fill: true },
      {
        line: [
          [104, 30],
          [104, FLOOR],
        ],
      },
    ],
  },
  "inversion-table": {
    figure: {
      hip: [80, 48],
      torso: 150,
      arms: [
        [-25, -35],
        [-20, -30],
      ],
      legs: [
        [-30, -30, -120],
        [-30, -30, -120],
      ],
    },
    props: (s) => {
      const under = (p: readonly [number, number]) => offset(p, 3.5, 6);
      const pivot = under(s.hip);
      const ankle = s.legs[0]!.end;
      return [
        { line: [under(toward(s.head, 150, 4)), under(toward(ankle, -30, 4))], thick: true },
        { circle: ankle, r: 3 },
        { line: [pivot, [pivot[0] - 18, FLOOR]] },
        { line: [pivot, [pivot[0] + 18, FLOOR]] },
      ];
    },
  },
  "gravity-boots": {
    figure: {
      hip: [80, 40],
      torso: 90,
      arms: [
        [-75, 20],
        [-80, 15],
      ],
      legs: [
        [-90, -90],
        [-88, -92],
      ],
    },
    props: (s) => [...pullUpBar(s.legs[0]!.end[1]), { circle: s.legs[0]!.end, r: 3.5, fill: true }],
  },
  "calf-stretch-wall": {
    figure: {
      hip: [82, 57],
      torso: -68,
      arms: [
        { to: [117, 33], bend: 1 },
        { to: [117, 36], bend: 1 },
      ],
      legs: [
        { to: [58, GROUND], bend: 1, foot: 0 },
        { to: [100, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: () => [
      {
        line: [
          [120, 8],
          [120, FLOOR],
        ],
        thick: true,
      },
    ],
  },
  "doorway-chest": {
    figure: {
      hip: [84, 54],
      torso: -80,
      arms: [
        [-5, -90],
        [-10, -92],
      ],
      legs: [
        { to: [96, GROUND], bend: -1, foot: 0 },
        { to: [68, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: (s) => {
      const frameX = s.arms[0]!.mid[0] + 2;
      return [
        {
          line: [
            [frameX, 6],
            [frameX, FLOOR],
          ],
          thick: true,
        },
      ];
    },
  },
  "hip-hinge-dowel": {
    figure: {
      hip: [72, 56],
      torso: -40,
      head: -36,
      // Hands on the stick: one behind the neck, one at the small of the back.
      arms: [
        { to: [88, 34], bend: -1 },
        { to: [72, 46.7], bend: 1 },
      ],
      legs: [
        { to: [78, GROUND], bend: -1, foot: 0 },
        { to: [76, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: (s) => {
      // Parallel to the back, one head-radius above it, so it touches head, upper back and tailbone.
      const up = -40 - 90;
      return [{ line: [toward(toward(s.hip, 140, 8), up, 7), toward(toward(s.head, -40, 10), up, 7)], thick: true }];
    },
  },
  "goblet-squat": {
    figure: {
      hip: [70, 70],
      torso: -62,
      head: -75,
      arms: [
        { to: [90, 52], bend: 1 },
        { to: [90, 54], bend: 1 },
      ],
      legs: [
        { to: [88, GROUND], bend: -1, foot: 0 },
        { to: [86, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: () => [
      { circle: [93, 56], r: 5, fill: true },
      {
        line: [
          [90, 50],
          [96, 50],
        ],
      },
    ],
  },
  "single-leg-rdl": {
    figure: {
      hip: [72, 55],
      torso: -6,
      head: -4,
      arms: [
        [88, 92],
        [92, 90],
      ],
      legs: [[182, 182, 95], { to: [74, GROUND], bend: -1, foot: 0 }],
    },
    props: (s) => [{ circle: offset(s.arms[0]!.end, 0, 3), r: 3, fill: true }],
  },
  "seated-figure-four": {
    figure: {
      hip: [66, 66],
      torso: -76,
      head: -72,
      arms: [
        { to: [84, 62], bend: 1 },
        { to: [82, 64], bend: 1 },
      ],
      legs: [
        { to: [80, 62], bend: -1 },
        { to: [86, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: () => chair(72, 70),
  },
  "chin-tuck": {
    figure: {
      hip: [66, 66],
      torso: -90,
      arms: [
        [95, 5],
        [92, 0],
      ],
      legs: [
        [0, 90, 0],
        [-3, 92, 0],
      ],
    },
    props: (s) => {
      const head = s.head;
      return [
        ...chair(72, 70),
        { line: [offset(head, 16, 0), offset(head, 9, 0)] },
        { polyline: [offset(head, 12, -3), offset(head, 9, 0), offset(head, 12, 3)] },
      ];
    },
  },
  "foam-roll": {
    figure: {
      hip: [90, 72],
      torso: 176,
      head: 192,
      arms: [
        { to: [50, 64], bend: 1 },
        { to: [51, 63], bend: 1 },
      ],
      legs: [
        { to: [110, GROUND], bend: -1, foot: 0 },
        { to: [108, GROUND], bend: -1, foot: 0 },
      ],
    },
    props: (s) => [{ circle: offset(toward(s.shoulder, -4, 6), 0, 9), r: 7 }],
  },
} satisfies Partial<Record<IllustrationKey, Pose>>;
