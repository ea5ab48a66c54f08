// Which progression the player suggests for a routine. The rule is the recommendation engine's own
// (lib/recommendations progressionFor: pain up after the last session → easier; rated easy twice →
// harder, held at standard on a high-pain day), applied to this routine's history, so the player and
// the recommendations never disagree. Pain now is only known once the person enters it in the
// player, so the server works out the answer for every pain level and the client picks one: the
// client bundle carries eleven small objects, not the engine.
import { progressionFor } from "@/lib/recommendations";
import type { SessionRecord } from "@/lib/recommendations/types";
import type { Progression } from "./detail";
import { PAIN_RANGE } from "./session-fields";

export type ProgressionSuggestion = { progression: Progression; reason: string | null };

/** The suggestion for each pain level, indexed by pain now (0–10). `history` is newest first. */
export function progressionByPain(history: readonly SessionRecord[], routineSlug: string): ProgressionSuggestion[] {
  const own = history.filter((session) => session.routineSlug === routineSlug);
  return Array.from({ length: PAIN_RANGE.max - PAIN_RANGE.min + 1 }, (_, i) => progressionFor(own, PAIN_RANGE.min + i));
}
