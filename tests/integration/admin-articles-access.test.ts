// Every admin server action, called directly as Next would call it, with a real session: a normal
// user gets 403 (forbidden()) and changes nothing, a signed-out visitor is sent to sign in, and an
// admin's call goes through (and revalidates the public pages).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-admin-actions-0123456789abc";
  // What next build sets from experimental.authInterrupts (next.config.js); forbidden() needs it.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersModule());
vi.mock("next/cache", async () => (await import("../support/next-request")).nextCacheModule());

import { setRoleAction } from "@/lib/admin/actions";
import {
  previewMarkdownAction,
  restoreArticleAction,
  restoreRevisionAction,
  saveArticleAction,
  trashArticleAction,
} from "@/lib/articles/admin-actions";
import { createArticle } from "@/lib/articles/admin-save.server";
import {
  deleteExerciseAction,
  deleteRoutineAction,
  saveExerciseAction,
  saveRoutineAction,
} from "@/lib/routines/admin-actions";
import { db } from "@/lib/db";
import { idleState } from "@/lib/forms/form-state";
import { createTestUser } from "../support/factories";
import { actAs, request as nextRequest, outcome } from "../support/next-request";
import { sessionCookieFor } from "../support/session";

const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

let adminCookie: string;
let userCookie: string;
let adminId: string;
let userId: string;
let articleId: string;
let exerciseId: string;
let routineId: string;

beforeAll(async () => {
  const admin = await createTestUser({ role: "ADMIN" });
  const user = await createTestUser();
  adminId = admin.id;
  userId = user.id;
  adminCookie = await sessionCookieFor(admin.id);
  userCookie = await sessionCookieFor(user.id);
  const created = await createArticle(
    { id: admin.id, email: admin.email },
    { title: "Guarded article", body: "Original" },
  );
  if (!created.ok) throw new Error("setup failed");
  articleId = created.article.id;
  const exercise = await db().exercise.create({
    data: {
      slug: "guarded-move",
      name: "Guarded move",
      kind: "core",
      intensity: "gentle",
      summary: "s",
      steps: ["s"],
      reps: 5,
      equipment: [],
      contraindications: [],
      safetyNotes: [],
      illustrationKey: "plank",
      illustrationAlt: "a",
    },
  });
  const routine = await db().routine.create({
    data: {
      slug: "guarded-routine",
      name: "Guarded routine",
      goal: "g",
      summary: "s",
      kind: "core",
      intensity: "gentle",
      suitableFor: "all",
      tags: [],
      minutes: 1,
    },
  });
  exerciseId = exercise.id;
  routineId = routine.id;
});

beforeEach(() => {
  nextRequest.revalidated.length = 0;
});

/** Each admin action with arguments that would change something if it ran. */
function everyAction(): [string, () => Promise<unknown>][] {
  const edit = form({ intent: "publish", title: "Hijacked", body: "Hijacked", version: "1" });
  return [
    [
      "saveArticleAction (create)",
      () => saveArticleAction(null, idleState, form({ intent: "publish", title: "Sneaky", body: "x" })),
    ],
    ["saveArticleAction (update)", () => saveArticleAction(articleId, idleState, edit)],
    ["previewMarkdownAction", () => previewMarkdownAction("# hi")],
    ["trashArticleAction", () => trashArticleAction(form({ id: articleId, version: "1" }))],
    ["restoreArticleAction", () => restoreArticleAction(form({ id: articleId, version: "1" }))],
    ["restoreRevisionAction", () => restoreRevisionAction(form({ id: articleId, revision: "1", version: "1" }))],
    ["setRoleAction", () => setRoleAction(form({ userId, role: "ADMIN" }))],
    ["saveExerciseAction (create)", () => saveExerciseAction(null, idleState, form({ name: "Sneaky move" }))],
    ["saveExerciseAction (update)", () => saveExerciseAction(exerciseId, idleState, form({ name: "Hijacked" }))],
    ["deleteExerciseAction", () => deleteExerciseAction(form({ id: exerciseId }))],
    ["saveRoutineAction (create)", () => saveRoutineAction(null, idleState, form({ name: "Sneaky routine" }))],
    ["saveRoutineAction (update)", () => saveRoutineAction(routineId, idleState, form({ name: "Hijacked" }))],
    ["deleteRoutineAction", () => deleteRoutineAction(form({ id: routineId }))],
  ];
}

async function snapshot() {
  return {
    article: await db().article.findUniqueOrThrow({ where: { id: articleId } }),
    articles: await db().article.count(),
    revisions: await db().articleRevision.count(),
    audit: await db().auditLog.count(),
    userRole: (await db().user.findUniqueOrThrow({ where: { id: userId } })).role,
    exercises: await db().exercise.findMany({ orderBy: { id: "asc" } }),
    routines: await db().routine.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("admin server actions", () => {
  it("refuse a signed-in normal user with 403 and change nothing", async () => {
    const before = await snapshot();
    actAs(userCookie);
    for (const [name, run] of everyAction()) {
      expect(`${name}: ${await outcome(run)}`).toBe(`${name}: ${FORBIDDEN}`);
    }
    expect(await snapshot()).toEqual(before);
    expect(nextRequest.revalidated).toEqual([]);
  });

  it("send a signed-out visitor to sign in and change nothing", async () => {
    const before = await snapshot();
    actAs("");
    for (const [name, run] of everyAction()) {
      expect(`${name}: ${await outcome(run)}`).toMatch(
        new RegExp(`^${name.replace(/[()]/g, "\\$&")}: NEXT_REDIRECT;[a-z]+;/sign-in\\?callbackUrl=`),
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it("let an admin save: the editor's intent decides the status, and the public pages are revalidated", async () => {
    actAs(adminCookie);
    const digest = await outcome(() =>
      saveArticleAction(
        null,
        idleState,
        form({
          intent: "publish",
          title: "Made in the editor",
          body: "Hello",
          tags: "Core, deadlift",
          routineSlugs: ["", ""],
        }),
      ),
    );
    const created = await db().article.findUniqueOrThrow({ where: { slug: "made-in-the-editor" } });
    expect(digest).toMatch(new RegExp(`^NEXT_REDIRECT;[a-z]+;/admin/articles/${created.id}\\?saved=publish;`));
    expect(created).toMatchObject({ status: "published", authorId: adminId, version: 1 });
    expect(nextRequest.revalidated).toEqual(expect.arrayContaining(["/articles/made-in-the-editor", "/articles"]));
    // Raw HTML never gets through: the tags go, their text stays as text.
    // The catalogue forms: a field error comes back as form state, a good save redirects.
    expect(await saveRoutineAction(routineId, idleState, form({ name: "" }))).toMatchObject({
      status: "error",
      fields: { name: "Name is required" },
    });
    expect(await outcome(() => deleteRoutineAction(form({ id: routineId })))).toMatch(
      /^NEXT_REDIRECT;[a-z]+;\/admin\/routines\?deleted=1;/,
    );
    expect(nextRequest.revalidated).toEqual(expect.arrayContaining(["/routines", "/routines/guarded-routine"]));
    expect(await previewMarkdownAction("Hi <script>alert(1)</script> **there**")).toBe(
      "<p>Hi alert(1) <strong>there</strong></p>",
    );
  });

  it("keep the admin's text in the form when another save came first", async () => {
    actAs(adminCookie);
    const created = await createArticle({ id: adminId, email: null }, { title: "Contested", body: "v1" });
    if (!created.ok) throw new Error("setup failed");
    const id = created.article.id;
    await outcome(() =>
      saveArticleAction(id, idleState, form({ intent: "save", title: "Contested", body: "First save", version: "1" })),
    );
    const state = await saveArticleAction(
      id,
      idleState,
      form({ intent: "save", title: "Contested", body: "My precious words", version: "1", routineSlugs: [""] }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: expect.stringMatching(
        /^Someone else saved this article at \d\d:\d\d UTC \(version 2\)\. Your text is kept below/,
      ),
      conflict: { version: 2 },
      values: { body: "My precious words", version: "1" },
    });
    expect((await db().article.findUniqueOrThrow({ where: { id } })).body).toBe("First save");
  });

  it("turn the datetime-local box and the browser's offset into a UTC schedule", async () => {
    actAs(adminCookie);
    const year = new Date().getUTCFullYear() + 1;
    await outcome(() =>
      saveArticleAction(
        null,
        idleState,
        form({
          intent: "schedule",
          title: "Goes live later",
          body: "Soon",
          publishAt: `${year}-03-10T09:30`,
          publishAtOffset: "-05:00",
        }),
      ),
    );
    const article = await db().article.findUniqueOrThrow({ where: { slug: "goes-live-later" } });
    expect(article.status).toBe("scheduled");
    expect(article.publishAt!.toISOString()).toBe(`${year}-03-10T14:30:00.000Z`);

    const past = await saveArticleAction(
      null,
      idleState,
      form({
        intent: "schedule",
        title: "Too late",
        body: "x",
        publishAt: "2020-01-01T09:30",
        publishAtOffset: "+00:00",
      }),
    );
    expect(past).toMatchObject({
      status: "error",
      fields: { publishAt: "Choose a time in the future" },
      values: { title: "Too late" },
    });
  });
});
