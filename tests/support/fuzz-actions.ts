// What tests/integration/fuzz-actions.test.ts needs to know about each server action: how it is
// called (its arguments besides the form), the form fields and cookies it reads, and who calls it.
// The suite finds every "use server" module under lib/ and fails for an exported action without an
// entry here: add one with every new action.
import { UNDO_COOKIE } from "@/lib/measurements/undo-token";

/** How Next calls it: (formData), (previousState, formData), (boundId, previousState, formData), (), or (text). */
export type ActionShape = "form" | "state-form" | "bound-state-form" | "none" | "text";

export type ActionFuzzEntry = {
  shape: ActionShape;
  /** Form fields it reads (formData.get / getAll / Object.fromEntries). */
  fields: readonly string[];
  /** Cookies it reads, to be given hostile values too. */
  cookies?: readonly string[];
  /**
   * Who calls it. "fresh": a new account signed in for each run, for actions that end sessions or
   * change the password (they would otherwise sign the fuzzer's own user out).
   */
  caller: "user" | "admin" | "anonymous" | "fresh";
};

const MEASUREMENT_FIELDS = [
  "measuredOn",
  "units",
  "weightKg",
  "weightLb",
  "weightSt",
  "heightCm",
  "heightFt",
  "heightIn",
  "waistCm",
  "waistIn",
  "replace",
  "weightKgBefore",
  "heightCmBefore",
  "waistCmBefore",
];
const ARTICLE_FIELDS = [
  "title",
  "slug",
  "excerpt",
  "body",
  "tags",
  "status",
  "publishAt",
  "publishAtOffset",
  "version",
  "routineSlugs",
  "coverUrl",
  "coverAlt",
  "intent",
];
const EXERCISE_FIELDS = [
  "slug",
  "name",
  "kind",
  "intensity",
  "summary",
  "steps",
  "sets",
  "perSide",
  "restSeconds",
  "holdSeconds",
  "reps",
  "equipment",
  "usesInversion",
  "contraindications",
  "safetyNotes",
  "easierSlug",
  "harderSlug",
  "illustrationKey",
  "illustrationAlt",
];
// Step rows are named "steps.<row>.<field>" (lib/routines/admin-schemas.ts routineFormInput).
const ROUTINE_FIELDS = [
  "slug",
  "name",
  "goal",
  "summary",
  "kind",
  "intensity",
  "suitableFor",
  "tags",
  "published",
  "steps",
  "steps.0.exerciseSlug",
  "steps.0.holdSeconds",
  "steps.0.reps",
  "steps.0.sets",
  "steps.0.perSide",
  "steps.0.restSeconds",
  "steps.0.note",
  "steps.99.exerciseSlug",
  "steps.1.reps",
];

export const ACTION_FUZZ: Record<string, Record<string, ActionFuzzEntry>> = {
  "lib/account/actions.ts": {
    deleteAccountAction: { shape: "state-form", fields: ["confirm", "password"], caller: "user" },
  },
  "lib/admin/actions.ts": {
    setRoleAction: { shape: "form", fields: ["userId", "role", "q"], caller: "admin" },
  },
  "lib/articles/admin-actions.ts": {
    saveArticleAction: { shape: "bound-state-form", fields: ARTICLE_FIELDS, caller: "admin" },
    previewMarkdownAction: { shape: "text", fields: [], caller: "admin" },
    trashArticleAction: { shape: "form", fields: ["id", "version"], caller: "admin" },
    restoreArticleAction: { shape: "form", fields: ["id", "version"], caller: "admin" },
    restoreRevisionAction: { shape: "form", fields: ["id", "revision", "version"], caller: "admin" },
  },
  "lib/auth/actions.ts": {
    signInAction: { shape: "state-form", fields: ["email", "password", "callbackUrl"], caller: "anonymous" },
    signUpAction: { shape: "state-form", fields: ["name", "email", "password"], caller: "anonymous" },
    signOutAction: { shape: "none", fields: [], caller: "anonymous" },
    oauthSignInAction: { shape: "form", fields: ["provider", "callbackUrl"], caller: "anonymous" },
  },
  "lib/auth/password-actions.ts": {
    changePasswordAction: {
      shape: "state-form",
      fields: ["currentPassword", "newPassword", "callbackUrl"],
      caller: "fresh",
    },
    signOutEverywhereAction: { shape: "none", fields: [], caller: "fresh" },
    forgotPasswordAction: { shape: "state-form", fields: ["email"], caller: "anonymous" },
    resetPasswordAction: { shape: "state-form", fields: ["token", "newPassword"], caller: "anonymous" },
  },
  "lib/measurements/actions.ts": {
    createMeasurementAction: { shape: "state-form", fields: MEASUREMENT_FIELDS, caller: "user" },
    updateMeasurementAction: { shape: "bound-state-form", fields: MEASUREMENT_FIELDS, caller: "user" },
    deleteMeasurementAction: { shape: "form", fields: ["id"], caller: "user" },
    restoreMeasurementAction: { shape: "none", fields: [], cookies: [UNDO_COOKIE], caller: "user" },
    previewImportAction: { shape: "state-form", fields: ["file", "csvText", "units"], caller: "user" },
    commitImportAction: {
      shape: "state-form",
      fields: ["csvText", "units", "replaceLine", "replaceAll"],
      caller: "user",
    },
  },
  "lib/measurements/calculator-actions.ts": {
    saveCalculatorResultAction: { shape: "state-form", fields: MEASUREMENT_FIELDS, caller: "user" },
  },
  "lib/profile/actions.ts": {
    updateProfileAction: {
      shape: "state-form",
      fields: [
        "name",
        "birthDate",
        "sex",
        "units",
        "heightCm",
        "heightFt",
        "heightIn",
        "goalWeightKg",
        "goalWeightLb",
        "background",
      ],
      caller: "user",
    },
  },
  "lib/recommendations/actions.ts": {
    saveCheckInAction: {
      shape: "state-form",
      fields: [
        "age",
        "sex",
        "heightCm",
        "weightKg",
        "painNow",
        "painWeeks",
        "afterLifting",
        "experience",
        "redFlags",
        "conditions",
      ],
      caller: "user",
    },
  },
  "lib/routines/actions.ts": {
    recordSessionAction: {
      shape: "state-form",
      fields: ["routineSlug", "completedSteps", "durationSeconds", "painBefore", "painAfter", "startedAt", "notes"],
      caller: "user",
    },
    deleteSessionAction: { shape: "form", fields: ["id"], caller: "user" },
  },
  "lib/routines/admin-actions.ts": {
    saveExerciseAction: { shape: "bound-state-form", fields: EXERCISE_FIELDS, caller: "admin" },
    saveRoutineAction: { shape: "bound-state-form", fields: ROUTINE_FIELDS, caller: "admin" },
    deleteExerciseAction: { shape: "form", fields: ["id"], caller: "admin" },
    deleteRoutineAction: { shape: "form", fields: ["id"], caller: "admin" },
  },
};
