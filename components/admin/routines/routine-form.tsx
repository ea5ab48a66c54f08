"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, idleState } from "@/lib/forms/form-state";
import { INTENSITY_LABELS, KIND_LABELS, TAG_LABELS } from "@/lib/routines/labels";
import { ROUTINE_TAGS } from "@/lib/routines/routine-tags";
import { EXERCISE_KINDS, INTENSITIES } from "@/lib/routines/types";
import { Checkbox, CheckboxGroup, Select, TextArea, TextInput } from "./fields";
import { stepRowCount } from "./form-values";
import { RoutineStepsEditor } from "./routine-steps-editor";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  exercises: { slug: string; name: string }[];
  isNew: boolean;
};

const kinds = EXERCISE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const intensities = INTENSITIES.map((value) => ({ value, label: INTENSITY_LABELS[value] }));
const tags = ROUTINE_TAGS.map((value) => ({ value, label: TAG_LABELS[value] }));

export function RoutineForm({ action, initial, exercises, isNew }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const values = state.values ?? initial;
  const errors = state.fields ?? {};
  const common = { values, errors };
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
        <Select name="kind" label="Main kind" options={kinds} empty="Choose…" {...common} />
        <Select name="intensity" label="Intensity" options={intensities} empty="Choose…" {...common} />
      </div>
      <TextInput name="goal" label="Goal (one sentence)" {...common} />
      <TextArea name="summary" label="Summary" {...common} />
      <TextInput name="suitableFor" label="Suitable for" hint="Who it suits, in plain words." {...common} />
      <CheckboxGroup name="tags" legend="Tags" hint="The recommendations match on these." options={tags} {...common} />
      <Checkbox name="published" label="Published (shown in the catalogue and recommended)" values={values} />
      <RoutineStepsEditor values={values} errors={errors} savedRows={stepRowCount(values)} exercises={exercises} />
      <p className="text-sm text-stone-600">
        The routine&apos;s length in minutes is worked out from its steps when you save.
      </p>
      {errors.form ? <p className="text-sm font-medium text-red-700">{errors.form}</p> : null}
      <SubmitButton>{isNew ? "Create routine" : "Save routine"}</SubmitButton>
    </form>
  );
}
