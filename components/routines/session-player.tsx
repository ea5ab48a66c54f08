"use client";

import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Progression, RoutineDetail } from "@/lib/routines/detail";
import {
  currentPhase,
  initialPlayerState,
  liveAnnouncement,
  type PlayerAction,
  playerReducer,
  secondsLeft,
  summarizePlayer,
} from "@/lib/routines/player-state";
import type { ProgressionSuggestion } from "@/lib/routines/progression";
import { buildSessionPlan, isTimed } from "@/lib/routines/session-plan";
import { beep, unlockAudio } from "./beep";
import { Countdown, EndSession, KeyboardHelp, PlayerControls } from "./player-controls";
import { PlayerFinish, type RecordAction } from "./player-finish";
import { IllustrationFallback, PlayerPhaseView } from "./player-phase";
import { PlayerSetup } from "./player-setup";

/** How often the display refreshes; the time itself comes from the wall clock, not from counting these. */
const TICK_MS = 250;

/** The person's calendar day, "YYYY-MM-DD" (the server only knows UTC). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Keys typed into these must never be taken as shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Elements that already do something with Space (press, toggle): leave Space to them. */
function usesSpace(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ["BUTTON", "A", "SUMMARY"].includes(target.tagName);
}

export type SessionPlayerProps = {
  routine: RoutineDetail;
  /** The suggested progression for each pain level 0–10 (lib/routines/progression). */
  suggestions: ProgressionSuggestion[];
  /** Pre-rendered drawings by exercise slug, so the drawing code stays on the server. */
  illustrations: Record<string, ReactNode>;
  action: RecordAction;
};

export function SessionPlayer({ routine, suggestions, illustrations, action }: SessionPlayerProps) {
  const [stage, setStage] = useState<"setup" | "playing">("setup");
  const [painBefore, setPainBefore] = useState(0);
  // null: follow the suggestion (which may change with pain now) until the person picks a level.
  const [picked, setPicked] = useState<Progression | null>(null);
  const [completedOn, setCompletedOn] = useState("");
  const [soundOn, setSoundOn] = useState(false);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [now, setNow] = useState(0);
  const [player, dispatch] = useReducer(playerReducer, [], initialPlayerState);
  const primaryRef = useRef<HTMLButtonElement>(null);

  const suggestion = suggestions[painBefore] ?? { progression: "standard" as const, reason: null };
  const progression = picked ?? suggestion.progression;
  const plan = useMemo(() => buildSessionPlan(routine, progression), [routine, progression]);
  const hasVariants = routine.steps.some((step) => step.easier || step.harder);
  const phase = stage === "playing" ? currentPhase(player) : null;
  const timed = phase !== null && isTimed(phase);

  const act = useCallback((type: Exclude<PlayerAction["type"], "load">) => {
    const t = Date.now();
    setNow(t);
    dispatch({ type, now: t } as PlayerAction);
  }, []);

  const start = () => {
    const t = Date.now();
    setCompletedOn(localToday());
    setNow(t);
    dispatch({ type: "load", phases: plan.phases, now: t });
    setStage("playing");
  };

  // The display refreshes while a timer runs, and at once when the tab becomes visible again.
  const ticking = stage === "playing" && player.running && timed;
  useEffect(() => {
    if (!ticking) return;
    const tick = () => act("tick");
    const id = window.setInterval(tick, TICK_MS);
    const onVisible = () => document.visibilityState === "visible" && tick();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(id);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [ticking, act]);

  // Shortcuts: Space start/pause, → or N next, ← or P back. Never while typing, never with modifiers.
  const playing = stage === "playing" && !player.finished;
  const primaryIsDone = phase?.kind === "reps";
  useEffect(() => {
    if (!playing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key === " ") {
        if (usesSpace(event.target)) return;
        event.preventDefault(); // no page scroll
        act(primaryIsDone ? "next" : "toggle");
      } else if (key === "ArrowRight" || key === "n") {
        event.preventDefault();
        act("next");
      } else if (key === "ArrowLeft" || key === "p") {
        event.preventDefault();
        act("back");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [playing, primaryIsDone, act]);

  // A short tone when a timer runs out (only when the person turned sound on).
  const lastTimeUps = useRef(0);
  useEffect(() => {
    if (player.timeUps > lastTimeUps.current && soundOn) beep();
    lastTimeUps.current = player.timeUps;
  }, [player.timeUps, soundOn]);

  // Starting puts focus on the main button, so Enter or Space starts the first timer.
  useEffect(() => {
    if (stage === "playing") primaryRef.current?.focus();
  }, [stage]);

  const announcement = stage === "playing" ? liveAnnouncement(player, now, plan.exerciseCount) : "";
  const left = stage === "playing" ? secondsLeft(player, now) : null;
  const illustrationFor = (slug: string, alt: string) => illustrations[slug] ?? <IllustrationFallback alt={alt} />;

  return (
    <div className="space-y-4">
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>

      {stage === "setup" ? (
        <PlayerSetup
          painBefore={painBefore}
          onPainChange={setPainBefore}
          progression={progression}
          onProgressionChange={setPicked}
          suggestion={suggestion}
          hasVariants={hasVariants}
          plan={plan}
          onStart={start}
        />
      ) : phase ? (
        <section
          aria-labelledby="phase-heading"
          className="space-y-5 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <PlayerPhaseView
            phase={phase}
            exerciseCount={plan.exerciseCount}
            illustration={illustrationFor(phase.exercise.slug, phase.exercise.illustration.alt)}
            timer={
              left !== null ? (
                <Countdown seconds={left} running={player.running} rest={phase.kind === "rest"} />
              ) : phase.kind === "reps" ? (
                <p className="text-center text-5xl font-bold tabular-nums text-brand-700">
                  {phase.reps} <span className="text-2xl">reps</span>
                </p>
              ) : null
            }
            controls={
              <PlayerControls
                primaryRef={primaryRef}
                primaryLabel={
                  primaryIsDone ? "Done" : player.running ? "Pause" : player.elapsedMs > 0 ? "Resume" : "Start"
                }
                onPrimary={() => act(primaryIsDone ? "next" : "toggle")}
                onBack={() => act("back")}
                onNext={() => act("next")}
                nextLabel={phase.kind === "rest" ? "Skip rest" : "Skip"}
              />
            }
          />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <EndSession
              confirming={confirmingEnd}
              onAsk={() => setConfirmingEnd(true)}
              onCancel={() => setConfirmingEnd(false)}
              onConfirm={() => {
                setConfirmingEnd(false);
                act("end");
              }}
            />
            <button
              type="button"
              aria-pressed={soundOn}
              onClick={() => {
                if (!soundOn) unlockAudio();
                setSoundOn(!soundOn);
              }}
              className={
                "inline-flex min-h-12 items-center gap-2 rounded-xl px-4 py-2 text-sm font-medium " +
                "text-stone-700 hover:bg-stone-100"
              }
            >
              {/* The name stays the same; aria-pressed says on or off (the switch shows it). */}
              <span
                aria-hidden="true"
                className={
                  `inline-flex h-5 w-9 items-center rounded-full p-0.5 ` +
                  `${soundOn ? "justify-end bg-brand-600" : "bg-stone-300"}`
                }
              >
                <span className="h-4 w-4 rounded-full bg-white shadow" />
              </span>
              Beep when a timer ends
            </button>
          </div>
          <KeyboardHelp />
        </section>
      ) : (
        <PlayerFinish
          action={action}
          routineSlug={routine.slug}
          progression={plan.progression}
          painBefore={painBefore}
          completedOn={completedOn}
          summary={summarizePlayer(player, plan.exerciseCount)}
        />
      )}
    </div>
  );
}
