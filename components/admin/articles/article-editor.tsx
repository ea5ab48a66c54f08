"use client";

import { useActionState, useState } from "react";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ArticleStatus } from "@/lib/articles/editor-rules";
import { type ArticleFormState, clockTime, conflictMessage } from "@/lib/articles/editor-state";
import { slugify } from "@/lib/articles/slug";
import { idleState } from "@/lib/forms/form-state";
import { useMounted } from "../use-mounted";
import { MarkdownPreview } from "./markdown-preview";
import { PublishAtField } from "./publish-at-field";
import { type RoutineChoice, RoutinePicker } from "./routine-picker";
import { useUnsavedChanges } from "./use-unsaved-changes";

export type EditorValues = {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  tags: string;
  coverUrl: string;
  coverAlt: string;
  routineSlugs: string[];
  publishAt: string | null;
  version: number | null;
};

type Props = {
  articleId: string | null;
  status: ArticleStatus | null;
  initial: EditorValues;
  initialHtml: string;
  routines: RoutineChoice[];
  action: (previous: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  preview: (markdown: string) => Promise<string>;
};

const BUTTONS: Record<ArticleStatus | "new", { intent: string; label: string; primary?: boolean }[]> = {
  new: [
    { intent: "save", label: "Save draft" },
    { intent: "publish", label: "Publish now", primary: true },
    { intent: "schedule", label: "Schedule" },
  ],
  draft: [
    { intent: "save", label: "Save draft" },
    { intent: "publish", label: "Publish now", primary: true },
    { intent: "schedule", label: "Schedule" },
  ],
  scheduled: [
    { intent: "save", label: "Save", primary: true },
    { intent: "publish", label: "Publish now" },
    { intent: "schedule", label: "Reschedule" },
    { intent: "unpublish", label: "Unpublish (back to draft)" },
  ],
  published: [
    { intent: "save", label: "Update", primary: true },
    { intent: "unpublish", label: "Unpublish (back to draft)" },
  ],
  trashed: [],
};

/** Values to show: what the server sent back after a refused save (the admin's own text), else the saved article. */
function shownValues(state: ArticleFormState, initial: EditorValues): EditorValues {
  const v = state.values;
  if (!v) return initial;
  return {
    title: v.title ?? "",
    slug: v.slug ?? "",
    excerpt: v.excerpt ?? "",
    body: v.body ?? "",
    tags: v.tags ?? "",
    coverUrl: v.coverUrl ?? "",
    coverAlt: v.coverAlt ?? "",
    routineSlugs: (v.routineSlugs ?? "").split(",").filter(Boolean),
    publishAt: null,
    version: v.version ? Number(v.version) : initial.version,
  };
}

export function ArticleEditor({ articleId, status, initial, initialHtml, routines, action, preview }: Props) {
  const [state, formAction, pending] = useActionState<ArticleFormState, FormData>(action, idleState);
  const values = shownValues(state, initial);
  const errors = state.fields ?? {};
  const mounted = useMounted();
  const [body, setBody] = useState(values.body);
  const [edited, setEdited] = useState(false);
  // A new article's slug follows its title until the admin types a slug of their own.
  const [title, setTitle] = useState(values.title);
  const [slug, setSlug] = useState<string | null>(articleId || values.slug ? values.slug : null);
  const dirty = (edited || state.status === "error") && !pending;
  useUnsavedChanges(dirty);

  const readOnly = status === "trashed";
  const conflict = state.conflict;
  const message = conflict
    ? conflictMessage(conflict, mounted ? clockTime(conflict.savedAt) : `${clockTime(conflict.savedAt, "UTC")} UTC`)
    : state.message;
  const input = (name: keyof EditorValues, hint = false) => ({
    id: `a-${name}`,
    name,
    className: inputClass(errors[name]),
    ...describedBy(`a-${name}`, errors[name], hint),
  });

  return (
    <form action={formAction} noValidate onInput={() => setEdited(true)} className="space-y-5">
      {values.version !== null ? <input type="hidden" name="version" value={values.version} /> : null}
      {conflict ? (
        <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          <p className="font-semibold">Not saved: {message}</p>
          <p>
            {/* A full page load on purpose: the form must forget the old version. */}
            <a href={`/admin/articles/${articleId}`} className="font-medium underline">
              Reload the latest version (version {conflict.version})
            </a>
          </p>
        </div>
      ) : (
        <FormMessage state={{ ...state, message }} />
      )}
      <fieldset disabled={readOnly || pending} className="space-y-5">
        <Field id="a-title" label="Title" error={errors.title}>
          <input
            {...input("title")}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={200}
            required
          />
        </Field>
        <Field
          id="a-slug"
          label="Slug (the address: /articles/…)"
          hint={
            articleId
              ? "Changing the slug of a published article keeps the old address working."
              : "Made from the title unless you type one."
          }
          error={errors.slug}
        >
          <input
            {...input("slug", true)}
            value={slug ?? slugify(title)}
            onChange={(event) => setSlug(event.target.value)}
          />
        </Field>
        <Field
          id="a-excerpt"
          label="Excerpt (optional)"
          hint="One or two sentences for lists and search results."
          error={errors.excerpt}
        >
          <textarea {...input("excerpt", true)} defaultValue={values.excerpt} rows={2} maxLength={300} />
        </Field>
        <div className="grid gap-4 lg:grid-cols-2">
          <Field
            id="a-body"
            label="Body (Markdown)"
            hint="GitHub-flavoured Markdown: ## headings, **bold**, lists, tables, links."
            error={errors.body}
          >
            <textarea
              {...input("body", true)}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              rows={24}
              className={`${inputClass(errors.body)} font-mono text-sm`}
            />
          </Field>
          <MarkdownPreview markdown={body} render={preview} initialHtml={initialHtml} />
        </div>
        <Field id="a-tags" label="Tags (comma-separated)" hint="e.g. lower back, deadlift, core" error={errors.tags}>
          <input {...input("tags", true)} defaultValue={values.tags} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="a-coverUrl"
            label="Cover image URL (optional)"
            hint="A path on this site, like /covers/hinge.jpg"
            error={errors.coverUrl}
          >
            <input {...input("coverUrl", true)} defaultValue={values.coverUrl} inputMode="url" />
          </Field>
          <Field
            id="a-coverAlt"
            label="Cover description (required with a cover)"
            hint="What the picture shows, for people who cannot see it."
            error={errors.coverAlt}
          >
            <input {...input("coverAlt", true)} defaultValue={values.coverAlt} />
          </Field>
        </div>
        <RoutinePicker choices={routines} selected={values.routineSlugs} error={errors.routineSlugs} />
        <PublishAtField initialIso={values.publishAt} typed={state.values?.publishAt} error={errors.publishAt} />
        {errors.version || errors.form ? (
          <p className="text-sm font-medium text-red-700">{errors.version ?? errors.form}</p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          {BUTTONS[status ?? "new"].map((button) => (
            <button
              key={button.intent}
              type="submit"
              name="intent"
              value={button.intent}
              className={
                button.primary
                  ? "rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 " +
                    "disabled:opacity-60"
                  : "rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-medium hover:bg-stone-50 " +
                    "disabled:opacity-60"
              }
            >
              {button.label}
            </button>
          ))}
          {pending ? <span role="status">Saving…</span> : null}
        </div>
      </fieldset>
    </form>
  );
}
