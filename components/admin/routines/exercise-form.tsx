"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, idleState } from "@/lib/forms/form-state";
import { CONDITION_LABELS } from "@/lib/recommendations/rules";
import { ILLUSTRATION_KEYS } from "@/lib/routines/illustration-keys";
import { INTENSITY_LABELS, KIND_LABELS } from "@/lib/routines/labels";
import { CONDITIONS, EXERCISE_KINDS, INTENSITIES } from "@/lib/routines/types";
import { Checkbox, CheckboxGroup, Select, TextArea, TextInput } from "./fields";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** Other exercises, for the easier and harder variant. */
  exercises: { slug: string; name: string }[];
  isNew: boolean;
};

const kinds = EXERCISE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const intensities = INTENSITIES.map((value) => ({ value, label: INTENSITY_LABELS[value] }));
const illustrations = ILLUSTRATION_KEYS.map((value) => ({ value, label: value }));
const conditions = CONDITIONS.map((value) => ({ value, label: CONDITION_LABELS[value] }));

export function ExerciseForm({ action, initial, exercises, isNew }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const values = state.values ?? initial;
  const errors = state.fields ?? {};
  const common = { values, errors };
  const variants = exercises
    .filter((exercise) => exercise.slug !== initial.slug)
    .map((exercise) => ({ value: exercise.slug, label: exercise.name }));
  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="name" label="Name" {...common} />
        <TextInput
          name="slug"
          label="Slug"
          hint={isNew ? "Made from the name if left empty." : "Used in links; change with care."}
          {...common}
        />
        <Select name="kind" label="Kind" options={kinds} empty="Choose…" {...common} />
        <Select name="intensity" label="Intensity" options={intensities} empty="Choose…" {...common} />
      </div>
      <TextArea
        name="summary"
        label="Summary"
        hint="One or two sentences: what it is and what it does for the back."
        {...common}
      />
      <TextArea name="steps" label="Steps (one per line)" rows={6} {...common} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-800">Default dose (a hold time or a number of reps)</legend>
        <div className="grid gap-4 sm:grid-cols-4">
          <TextInput name="holdSeconds" label="Hold (seconds)" inputMode="numeric" {...common} />
          <TextInput name="reps" label="Reps" inputMode="numeric" {...common} />
          <TextInput name="sets" label="Sets" inputMode="numeric" {...common} />
          <TextInput name="restSeconds" label="Rest between sets (s)" inputMode="numeric" {...common} />
        </div>
        <Checkbox name="perSide" label="Each side (left, then right)" values={values} />
      </fieldset>
      <TextInput name="equipment" label="Equipment (comma-separated)" hint="e.g. pull-up bar, mat" {...common} />
      <Checkbox name="usesInversion" label="Puts the head below the heart (inversion)" values={values} />
      <CheckboxGroup
        name="contraindications"
        legend="Never recommend to people with"
        options={conditions}
        {...common}
      />
      <TextArea name="safetyNotes" label="Safety notes (one per line)" rows={3} {...common} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="easierSlug" label="Easier variant" options={variants} empty="(none)" {...common} />
        <Select name="harderSlug" label="Harder variant" options={variants} empty="(none)" {...common} />
        <Select name="illustrationKey" label="Illustration" options={illustrations} empty="Choose…" {...common} />
        <TextInput
          name="illustrationAlt"
          label="Illustration description"
          hint="What the drawing shows, for people who cannot see it."
          {...common}
        />
      </div>
      {errors.form ? <p className="text-sm font-medium text-red-700">{errors.form}</p> : null}
      <SubmitButton>{isNew ? "Create exercise" : "Save exercise"}</SubmitButton>
    </form>
  );
}
