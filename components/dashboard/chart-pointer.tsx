"use client";

// A chart's point values on hover and on keyboard focus (issue 9) with ONE target and ONE tooltip
// (ADR 0024): a tooltip element per dot made a 2,000-measurement dashboard 400 KB of HTML. The
// target is a slider over the dots: Tab reaches it (on the latest point), the arrow keys, Home and
// End move it from point to point, and screen readers announce each point's value (aria-valuetext).
// The pointer shows the nearest point's value. Without JavaScript the latest value still shows on
// hover and focus (the CSS of .chart-point and .chart-tip in globals.css).
import { type KeyboardEvent, type PointerEvent, useState } from "react";

export type PointerPoint = {
  /** Percent of the plot's width. */
  x: number;
  /** CSS pixels from the plot's top. */
  y: number;
  label: string;
};

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };

/** The point nearest to `x` (percent), the points being in x order. */
function nearest(points: readonly PointerPoint[], x: number): number {
  let best = 0;
  for (let i = 1; i < points.length; i += 1) {
    if (Math.abs(points[i]!.x - x) <= Math.abs(points[best]!.x - x)) best = i;
    else break;
  }
  return best;
}

export function ChartPointer({ points, name }: { points: readonly PointerPoint[]; name: string }) {
  const last = points.length - 1;
  const [index, setIndex] = useState(last);
  const [pointing, setPointing] = useState(false);
  const point = points[Math.min(index, last)];
  if (!point) return null;

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    let next: number;
    if (event.key === "Home") next = 0;
    else if (event.key === "End") next = last;
    else if (event.key in STEP) next = Math.min(last, Math.max(0, index + (STEP[event.key] ?? 0)));
    else return;
    event.preventDefault();
    setIndex(next);
  }

  function onPointer(event: PointerEvent<HTMLDivElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    setIndex(nearest(points, ((event.clientX - box.left) / box.width) * 100));
    setPointing(true);
  }

  const edge = point.x < 15 ? "start" : point.x > 85 ? "end" : undefined;
  return (
    <div
      className="absolute inset-0"
      onPointerMove={onPointer}
      onPointerDown={onPointer}
      onPointerLeave={() => setPointing(false)}
    >
      <span
        role="slider"
        tabIndex={0}
        aria-label={name}
        aria-valuemin={1}
        aria-valuemax={points.length}
        aria-valuenow={index + 1}
        aria-valuetext={point.label}
        className="chart-point"
        style={{ left: `${point.x}%`, top: point.y }}
        onKeyDown={onKeyDown}
      >
        <span
          aria-hidden="true"
          className="chart-tip"
          data-x={edge}
          data-below={point.y < 44 || undefined}
          style={pointing ? { display: "block" } : undefined}
        >
          {point.label}
        </span>
      </span>
    </div>
  );
}
