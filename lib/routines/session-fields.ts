// The vocabulary of a recorded session: field limits and the words the player shows for them.
// Kept apart from session-schema.ts (zod) so the client player can use them without shipping zod.
import { SESSION_DIFFICULTIES, type SessionDifficulty } from "@/lib/recommendations/types";
import type { Progression } from "./detail";

export { SESSION_DIFFICULTIES, type SessionDifficulty };

export const PROGRESSIONS = ["easier", "standard", "harder"] as const satisfies readonly Progression[];

/** Pain on the usual 0–10 numeric rating scale (0 none, 10 the worst imaginable). */
export const PAIN_RANGE = { min: 0, max: 10 } as const;

export const DIFFICULTY_LABELS: Record<SessionDifficulty, string> = {
  easy: "Easy",
  right: "About right",
  hard: "Hard",
};

export const PROGRESSION_LABELS: Record<Progression, string> = {
  easier: "Easier",
  standard: "Standard",
  harder: "Harder",
};

/** "Easier variants", "The routine as written", "Harder variants": what a progression changes. */
export const PROGRESSION_DESCRIPTIONS: Record<Progression, string> = {
  easier: "The easier variant of each exercise that has one",
  standard: "The routine as written",
  harder: "The harder variant of each exercise that has one",
};
