/**
 * recommend: (person, latest BMI, today's check-in, recent sessions, catalogue) → a safety level
 * with its message, the allowed routines ranked with a score and reasons, and the excluded ones
 * with why. Pure and deterministic: no clock, no randomness, and the catalogue's order never
 * matters (ties are broken by slug). Rules and sources: rules.ts and ADR 0008.
 */
import { personFrom } from "./person";
import { exclusionReasons } from "./exclusions";
import { RED_FLAG_EXCLUSION } from "./rules";
import { assessSafety, blocksExercise } from "./safety";
import { BASE_SCORE, FALLBACK_REASON, progressionFor, scoreComponents } from "./scoring";
import type { EngineInput, ExcludedRoutine, RankedRoutine, Recommendation, SessionRecord } from "./types";

/** Sessions read, newest first: enough for progression and variety, bounded for cost. */
export const HISTORY_LIMIT = 30;

/** Code-unit order, not localeCompare: the same on every server whatever its locale. */
const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Newest first (stable, so same-day sessions keep the caller's order), at most HISTORY_LIMIT. */
function recentSessions(history: readonly SessionRecord[]): SessionRecord[] {
  return [...history]
    .sort((a, b) => (a.completedOn > b.completedOn ? -1 : a.completedOn < b.completedOn ? 1 : 0))
    .slice(0, HISTORY_LIMIT);
}

function assertUniqueSlugs(input: EngineInput): void {
  const seen = new Set<string>();
  for (const routine of input.catalogue) {
    if (seen.has(routine.slug)) throw new Error(`Duplicate routine slug in the catalogue: "${routine.slug}"`);
    seen.add(routine.slug);
  }
}

export function recommend(input: EngineInput): Recommendation {
  const person = personFrom(input);
  assertUniqueSlugs(input);
  const catalogue = [...input.catalogue].sort(bySlug);
  const safety = assessSafety({
    age: person.age,
    redFlags: input.checkIn.redFlags,
    painWeeks: input.checkIn.painWeeks,
  });

  // Red flags: a doctor, not exercise. Nothing is offered, and every routine says why [NG59][NHS].
  if (blocksExercise(safety.level)) {
    return {
      safety,
      routines: [],
      excluded: catalogue.map((r) => ({ slug: r.slug, name: r.name, reasons: [RED_FLAG_EXCLUSION] })),
    };
  }

  const sessions = recentSessions(input.history ?? []);
  const routines: (RankedRoutine & { firstTier: boolean })[] = [];
  const excluded: ExcludedRoutine[] = [];
  for (const routine of catalogue) {
    const reasonsOut = exclusionReasons(routine, person);
    if (reasonsOut.length > 0) {
      excluded.push({ slug: routine.slug, name: routine.name, reasons: reasonsOut });
      continue;
    }
    const own = sessions.filter((s) => s.routineSlug === routine.slug);
    const parts = scoreComponents(routine, person, own, input.today);
    const { progression, reason: progressionReason } = progressionFor(own, person.painNow);
    const reasons = parts.map((p) => p.reason);
    if (progressionReason) reasons.push(progressionReason);
    if (reasons.length === 0) reasons.push(FALLBACK_REASON);
    routines.push({
      slug: routine.slug,
      name: routine.name,
      kind: routine.kind,
      intensity: routine.intensity,
      usesInversion: routine.usesInversion,
      minutes: routine.minutes,
      score: parts.reduce((sum, p) => sum + p.points, BASE_SCORE),
      reasons,
      progression,
      // "Higher BMI → low-impact choices ranked first" is an ordering rule, not a weight: no
      // combination of other bonuses may lift a high-impact routine above a low-impact one.
      firstTier: person.higherBmi && routine.tags.includes("low_impact"),
    });
  }

  routines.sort((a, b) => Number(b.firstTier) - Number(a.firstTier) || b.score - a.score || bySlug(a, b));
  return { safety, routines: routines.map(({ firstTier: _firstTier, ...routine }) => routine), excluded };
}
