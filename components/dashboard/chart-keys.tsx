"use client";

// Arrow keys for a chart's points. Only one point is in the Tab order (the latest); Left/Right
// (and Home/End) move between the points, so a keyboard user reads every value without tabbing
// through dozens of dots. The points are server-rendered; this only moves focus (a few lines of
// script). Without JavaScript the latest point is still reachable, and hovering shows every value.
import type { KeyboardEvent, ReactNode } from "react";

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };

export function ChartKeys({ children, className }: { children: ReactNode; className?: string }) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const points = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-point]")];
    const current = points.indexOf(document.activeElement as HTMLElement);
    if (current === -1) return;
    let next: number;
    if (event.key === "Home") next = 0;
    else if (event.key === "End") next = points.length - 1;
    else if (event.key in STEP) next = Math.min(points.length - 1, Math.max(0, current + (STEP[event.key] ?? 0)));
    else return;
    event.preventDefault();
    const target = points[next];
    if (!target) return;
    for (const point of points) point.tabIndex = point === target ? 0 : -1;
    target.focus();
  }
  return (
    <div className={className} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
