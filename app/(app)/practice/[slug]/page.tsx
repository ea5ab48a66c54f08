import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { GuidanceNotice } from "@/components/routines/guidance-notice";
import { ExerciseIllustration } from "@/components/routines/illustrations";
import { SessionPlayer } from "@/components/routines/session-player";
import { requireUser } from "@/lib/auth/session.server";
import { recordSessionAction } from "@/lib/routines/actions";
import type { RoutineDetail } from "@/lib/routines/detail";
import { progressionByPain } from "@/lib/routines/progression";
import { getRoutineDetail } from "@/lib/routines/queries.server";
import { sessionHistoryForEngine } from "@/lib/routines/sessions.server";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const routine = await getRoutineDetail((await params).slug);
  return { title: routine ? `Guided session: ${routine.name}` : "Routine not found" };
}

/**
 * Every drawing the session can show (each step's exercise and its variants), rendered here on the
 * server and handed to the player as finished elements: the client bundle never carries the drawings.
 */
function illustrationsFor(routine: RoutineDetail): Record<string, ReactNode> {
  const drawings: Record<string, ReactNode> = {};
  for (const step of routine.steps) {
    for (const exercise of [step.exercise, step.easier, step.harder]) {
      if (exercise && !(exercise.slug in drawings)) {
        drawings[exercise.slug] = (
          <ExerciseIllustration illustrationKey={exercise.illustration.key} alt={exercise.illustration.alt} />
        );
      }
    }
  }
  return drawings;
}

export default async function PracticePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/practice/${encodeURIComponent(slug)}`);
  const [routine, history] = await Promise.all([getRoutineDetail(slug), sessionHistoryForEngine(user.id)]);
  if (!routine) notFound();

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/routines/${routine.slug}`} className="text-brand-700 underline">
            About this routine
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{routine.name}</h1>
        <p className="text-stone-700">{routine.goal}</p>
      </header>
      <GuidanceNotice compact />
      <noscript>
        <p className="rounded-xl border border-stone-300 bg-white p-4 text-sm">
          The guided player needs JavaScript for its timer. Every step, with its timings, is on{" "}
          <Link href={`/routines/${routine.slug}`} className="font-medium text-brand-700 underline">
            the routine&apos;s page
          </Link>
          .
        </p>
      </noscript>
      <SessionPlayer
        routine={routine}
        suggestions={progressionByPain(history, routine.slug)}
        illustrations={illustrationsFor(routine)}
        action={recordSessionAction}
      />
    </div>
  );
}
