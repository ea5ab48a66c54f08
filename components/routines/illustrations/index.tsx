// The exercise illustrations: one inline SVG line drawing per pose, drawn in currentColor so it follows
// the text colour (and so the theme). A server component with no client JavaScript; the drawing is an
// image with its alt text as the SVG title, so screen readers announce it like an <img>.
import { useId } from "react";
import { ILLUSTRATION_KEYS, isIllustrationKey, type IllustrationKey } from "@/lib/routines/illustration-keys";
import { FLOOR, HEAD_RADIUS, solve, VIEW_BOX, type Joint3, type Point, type Pose, type Shape } from "./pose-kit";
import { EQUIPMENT_POSES } from "./poses-equipment";
import { FLOOR_POSES } from "./poses-floor";
import { STANDING_POSES } from "./poses-standing";

export { ILLUSTRATION_KEYS };

// Typed against the key list: a missing drawing fails the typecheck here, and each pose file is
// `satisfies Partial<Record<IllustrationKey, Pose>>`, so a drawing under an unknown key fails there.
export const POSES: Record<IllustrationKey, Pose> = { ...EQUIPMENT_POSES, ...FLOOR_POSES, ...STANDING_POSES };

const BODY = 4;
const FAR_OPACITY = 0.45;

type Props = { illustrationKey: string; alt: string; className?: string };

export function ExerciseIllustration({ illustrationKey, alt, className = "h-auto w-full" }: Props) {
  const titleId = useId();
  const pose = isIllustrationKey(illustrationKey) ? POSES[illustrationKey] : null;
  return (
    <svg
      viewBox={VIEW_BOX}
      role="img"
      aria-labelledby={titleId}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title id={titleId}>{alt}</title>
      {pose ? <PoseDrawing pose={pose} /> : null}
    </svg>
  );
}

function PoseDrawing({ pose }: { pose: Pose }) {
  const skeleton = solve(pose.figure);
  const [nearArm, ...farArms] = skeleton.arms;
  const [nearLeg, ...farLegs] = skeleton.legs;
  const { hip, shoulder, back, head } = skeleton;
  // A quadratic curve through `back` at its midpoint: control = 2·back − (hip + shoulder) / 2.
  const control: Point = [2 * back[0] - (hip[0] + shoulder[0]) / 2, 2 * back[1] - (hip[1] + shoulder[1]) / 2];
  return (
    <>
      {pose.view === "above" ? (
        <rect x={24} y={8} width={112} height={84} rx={6} strokeWidth={1.5} opacity={0.35} />
      ) : (
        <line x1={6} y1={FLOOR} x2={154} y2={FLOOR} strokeWidth={1.5} opacity={0.5} />
      )}
      {pose.props?.(skeleton).map((shape, index) => (
        <PropShape key={index} shape={shape} />
      ))}
      <g strokeWidth={BODY} opacity={pose.flat ? 1 : FAR_OPACITY}>
        {[...farLegs, ...farArms].map((limb, index) => (
          <LimbLine key={index} limb={limb} />
        ))}
      </g>
      <g strokeWidth={BODY}>
        {nearLeg ? <LimbLine limb={nearLeg} /> : null}
        <path d={`M${hip[0]} ${hip[1]} Q${control[0]} ${control[1]} ${shoulder[0]} ${shoulder[1]}`} />
        <circle cx={head[0]} cy={head[1]} r={HEAD_RADIUS} strokeWidth={3} />
        {nearArm ? <LimbLine limb={nearArm} /> : null}
      </g>
    </>
  );
}

function LimbLine({ limb }: { limb: Joint3 }) {
  const points = [limb.root, limb.mid, limb.end, ...(limb.toe ? [limb.toe] : [])];
  return <polyline points={points.map((p) => p.join(",")).join(" ")} />;
}

function PropShape({ shape }: { shape: Shape }) {
  if ("circle" in shape) {
    return (
      <circle
        cx={shape.circle[0]}
        cy={shape.circle[1]}
        r={shape.r}
        strokeWidth={2}
        fill={shape.fill ? "currentColor" : "none"}
      />
    );
  }
  const points = "line" in shape ? shape.line : shape.polyline;
  const thick = "line" in shape && shape.thick;
  return (
    <polyline
      points={points.map((p) => p.join(",")).join(" ")}
      strokeWidth={thick ? 3 : 2}
      strokeDasharray={shape.dashed ? "3 3" : undefined}
      opacity={0.75}
    />
  );
}
