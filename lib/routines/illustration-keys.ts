// The names of the exercise illustrations, one per distinct pose. Kept here, free of React, so the
// catalogue and its tests can check their references without rendering anything; the drawings in
// components/routines/illustrations are typed against this list, so a key without a drawing (or a
// drawing without a key) fails the typecheck.

export const ILLUSTRATION_KEYS = [
  // Hanging and inversion
  "hang",
  "supported-hang",
  "inversion-table",
  "gravity-boots",
  // On the floor: kneeling and all fours
  "childs-pose",
  "downward-dog",
  "cat-cow",
  "bird-dog",
  "kneeling-hip-flexor",
  "foam-roll",
  // On the floor: face down
  "cobra",
  "sphinx",
  "prone-quad",
  "superman",
  "plank",
  "plank-tap",
  "knee-plank",
  // On the floor: on the back or side
  "supine-breathing",
  "bridge",
  "single-leg-bridge",
  "supine-twist",
  "knee-to-chest",
  "double-knee-to-chest",
  "hamstring-strap",
  "figure-four",
  "dead-bug",
  "side-lying-quad",
  "side-plank",
  "side-plank-knees",
  // Sitting
  "seated-figure-four",
  "russian-twist",
  "weighted-russian-twist",
  "boat-pose",
  "ninety-ninety",
  "chin-tuck",
  // Standing
  "standing-breath",
  "neck-rolls",
  "arm-circles",
  "side-bend",
  "march",
  "walking",
  "back-extension",
  "calf-stretch-wall",
  "doorway-chest",
  "hip-hinge-dowel",
  "goblet-squat",
  "lunge",
  "single-leg-rdl",
] as const;

export type IllustrationKey = (typeof ILLUSTRATION_KEYS)[number];

export function isIllustrationKey(key: string): key is IllustrationKey {
  return (ILLUSTRATION_KEYS as readonly string[]).includes(key);
}
