import { ExerciseIllustration } from "@/components/routines/illustrations";
import { CONDITION_LABELS } from "@/lib/recommendations/rules";
import { describePrescription, type RoutineStepDetail } from "@/lib/routines/detail";
import { RoutineBadges } from "./routine-badges";

/** The routine as an ordered list a person can follow on paper: no JavaScript needed to read it. */
export function RoutineSteps({ steps }: { steps: RoutineStepDetail[] }) {
  return (
    <ol className="space-y-4">
      {steps.map((step) => {
        const exercise = step.exercise;
        return (
          <li key={step.position} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
            <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
              <div className="text-brand-700">
                <ExerciseIllustration illustrationKey={exercise.illustration.key} alt={exercise.illustration.alt} />
              </div>
              <div className="space-y-3">
                <div className="space-y-1">
                  <h3 className="text-lg font-semibold">
                    <span className="mr-2 text-stone-500">{step.position}.</span>
                    {exercise.name}
                  </h3>
                  <p className="font-medium text-brand-900">{describePrescription(step.prescription)}</p>
                  <RoutineBadges
                    kind={exercise.kind}
                    intensity={exercise.intensity}
                    usesInversion={exercise.usesInversion}
                  />
                </div>
                {step.note ? <p className="text-sm italic text-stone-700">{step.note}</p> : null}
                <p className="text-sm text-stone-700">{exercise.summary}</p>
                <ol className="list-decimal space-y-1 pl-5 text-sm text-stone-800">
                  {exercise.steps.map((instruction, index) => (
                    <li key={index}>{instruction}</li>
                  ))}
                </ol>
                {exercise.equipment.length ? (
                  <p className="text-sm text-stone-700">
                    <span className="font-medium">Equipment:</span> {exercise.equipment.join(", ")}
                  </p>
                ) : null}
                {exercise.safetyNotes.length || exercise.contraindications.length ? (
                  <div className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950">
                    <p className="font-medium">Safety</p>
                    <ul className="list-disc space-y-1 pl-5">
                      {exercise.safetyNotes.map((note, index) => (
                        <li key={index}>{note}</li>
                      ))}
                      {exercise.contraindications.length ? (
                        <li>
                          Not with: {exercise.contraindications.map((code) => CONDITION_LABELS[code]).join(", ")}.
                        </li>
                      ) : null}
                    </ul>
                  </div>
                ) : null}
                {step.easier || step.harder ? (
                  <p className="text-sm text-stone-700">
                    {step.easier ? (
                      <>
                        <span className="font-medium">Easier:</span> {step.easier.name}.{" "}
                      </>
                    ) : null}
                    {step.harder ? (
                      <>
                        <span className="font-medium">Harder:</span> {step.harder.name}.
                      </>
                    ) : null}
                  </p>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
