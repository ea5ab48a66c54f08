import type { PersonalRecommendation } from "@/lib/recommendations/personal.server";
import { type TodayCardData, TodayCardView } from "./today-card-view";

/**
 * The dashboard's "Today's routine": the top recommendation and why, or the doctor advice instead.
 * What it says is picked here, on the server; a client component draws it (ADR 0024, third-pass
 * addendum: its markup is in the HTML once, not again in the React payload).
 */
export function TodayRoutineCard({ result }: { result: PersonalRecommendation }) {
  return <TodayCardView card={todayCardData(result)} />;
}

export function todayCardData(result: PersonalRecommendation): TodayCardData {
  if (result.status !== "ok") {
    return result.status === "needs_birth_date"
      ? { kind: "ask", href: "/profile", label: "Add your birth date" }
      : { kind: "ask", href: "/check-in", label: "Check in" };
  }
  const { safety, routines } = result.recommendation;
  const top = routines[0];
  if (safety.level === "emergency" || safety.level === "urgent" || !top) {
    return { kind: "safety", level: safety.level, message: safety.message };
  }
  return {
    kind: "routine",
    slug: top.slug,
    name: top.name,
    facts: { kind: top.kind, intensity: top.intensity, minutes: top.minutes, usesInversion: top.usesInversion },
    reasons: top.reasons.slice(0, 3),
    note: safety.level === "routine" ? safety.message : null,
  };
}
