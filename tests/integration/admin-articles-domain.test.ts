// The admin side of articles on real PostgreSQL: saves and revisions, optimistic concurrency, slug
// redirects, scheduling, trash and restore, and the audit entries written with every change.
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle, restoreRevision, updateArticle } from "@/lib/articles/admin-save.server";
import { restoreArticle, trashArticle } from "@/lib/articles/admin-trash.server";
import { getAdminArticle, listAdminArticles, listRevisions } from "@/lib/articles/admin-queries.server";
import type { AdminArticle, ArticleWriteResult } from "@/lib/articles/admin-types";
import { findSlugRedirect } from "@/lib/articles/queries.server";
import { db } from "@/lib/db";
import { createTestUser } from "../support/factories";

type Admin = { id: string; email: string | null };
let alice: Admin;
let bob: Admin;

const HOUR = 3_600_000;
let counter = 0;
const draft = (overrides: Record<string, unknown> = {}) => ({
  title: `Hinge basics ${++counter}`,
  body: "Line one\nLine two",
  ...overrides,
});

function saved(result: ArticleWriteResult): AdminArticle {
  if (!result.ok) throw new Error(`Expected a save, got ${JSON.stringify(result)}`);
  return result.article;
}

async function auditOf(id: string) {
  return db().auditLog.findMany({ where: { targetType: "article", targetId: id }, orderBy: { id: "asc" } });
}

beforeAll(async () => {
  const a = await createTestUser({ role: "ADMIN", email: "alice-admin@example.test" });
  const b = await createTestUser({ role: "ADMIN", email: "bob-admin@example.test" });
  alice = { id: a.id, email: a.email };
  bob = { id: b.id, email: b.email };
  for (const slug of ["cat-camel-flow", "hang-tight"]) {
    await db().routine.create({
      data: {
        slug,
        name: slug,
        goal: "g",
        summary: "s",
        kind: "mobility",
        intensity: "gentle",
        suitableFor: "anyone",
        tags: [],
        minutes: 5,
      },
    });
  }
});

describe("saving and revisions", () => {
  it("creates a draft (slug from the title) with version 1, its revision and an audit entry", async () => {
    const article = saved(
      await createArticle(
        alice,
        draft({
          title: "Deadlifts & Your Back",
          tags: "Lower Back, #deadlift, lower back",
          routineSlugs: "hang-tight, cat-camel-flow",
        }),
      ),
    );
    expect(article).toMatchObject({
      slug: "deadlifts-and-your-back",
      status: "draft",
      version: 1,
      tags: ["deadlift", "lower-back"],
      routineSlugs: ["hang-tight", "cat-camel-flow"],
    });
    expect(article.author?.id).toBe(alice.id);
    expect(await listRevisions(article.id)).toEqual([
      expect.objectContaining({ version: 1, authorEmail: alice.email, status: "draft" }),
    ]);
    expect((await auditOf(article.id)).map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ["article.create", alice.email],
    ]);
  });

  it("keeps every save as a revision and restores an old one as a new save", async () => {
    const v1 = saved(await createArticle(alice, draft({ body: "First words" })));
    const v2 = saved(
      await updateArticle(alice, v1.id, { ...draft({ title: v1.title, body: "Second words" }), version: 1 }),
    );
    const v3 = saved(await updateArticle(bob, v1.id, { body: "Third words", version: 2 }));
    expect([v2.version, v3.version]).toEqual([2, 3]);
    expect(v3.title).toBe(v1.title); // left out of the PATCH: unchanged

    const restored = saved(await restoreRevision(alice, v1.id, 1, 3));
    expect(restored).toMatchObject({ version: 4, body: "First words" });
    const revisions = await listRevisions(v1.id);
    expect(revisions.map((revision) => revision.version)).toEqual([4, 3, 2, 1]);
    expect(revisions[1]!.authorEmail).toBe(bob.email);
    const bodies = await db().articleRevision.findMany({
      where: { articleId: v1.id },
      orderBy: { version: "asc" },
      select: { body: true },
    });
    expect(bodies.map((row) => row.body)).toEqual(["First words", "Second words", "Third words", "First words"]);
    expect((await auditOf(v1.id)).at(-1)).toMatchObject({ action: "article.revision_restore", actorId: alice.id });
  });

  it("refuses a save without a version, and bad input, with field errors and nothing written", async () => {
    const article = saved(await createArticle(alice, draft()));
    expect(await updateArticle(alice, article.id, { body: "x" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { version: expect.any(String) },
    });
    expect(
      await updateArticle(alice, article.id, { title: "", body: "", coverUrl: "javascript:alert(1)", version: 1 }),
    ).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { title: expect.any(String), body: expect.any(String), coverUrl: expect.any(String) },
    });
    expect(await updateArticle(alice, article.id, { coverUrl: "/covers/hinge.jpg", version: 1 })).toMatchObject({
      fields: { coverAlt: expect.any(String) },
    });
    expect(
      await updateArticle(alice, article.id, { routineSlugs: ["cat-camel-flow", "no-such-routine"], version: 1 }),
    ).toMatchObject({
      fields: { routineSlugs: "No routine with the slug no-such-routine" },
    });
    expect((await getAdminArticle(article.id))!.version).toBe(1);
    expect(await listRevisions(article.id)).toHaveLength(1);
  });
});

describe("two admins editing the same article", () => {
  it("refuses the second save from the same version: the first is kept, revisions counted once", async () => {
    const article = saved(await createArticle(alice, draft()));
    const first = await updateArticle(alice, article.id, { body: "Alice's text", version: 1 });
    const second = await updateArticle(bob, article.id, { body: "Bob's text", version: 1 });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, body: "Alice's text", lastSavedBy: alice.email },
    });
    expect((await getAdminArticle(article.id))!.body).toBe("Alice's text");
    expect(await listRevisions(article.id)).toHaveLength(2);
    expect((await auditOf(article.id)).map((entry) => entry.action)).toEqual(["article.create", "article.update"]);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const article = saved(await createArticle(alice, draft()));
    const results = await Promise.all([
      updateArticle(alice, article.id, { body: "Alice at once", version: 1 }),
      updateArticle(bob, article.id, { body: "Bob at once", version: 1 }),
    ]);
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "conflict" });
    const now = (await getAdminArticle(article.id))!;
    expect(now.version).toBe(2);
    expect(now.body).toBe(saved(winners[0]!).body);
    expect(await listRevisions(article.id)).toHaveLength(2);
  });
});

describe("slugs and redirects", () => {
  it("renaming a draft leaves no redirect", async () => {
    const article = saved(await createArticle(alice, draft({ slug: "draft-name" })));
    saved(await updateArticle(alice, article.id, { slug: "draft-renamed", version: 1 }));
    expect(await db().slugRedirect.count({ where: { articleId: article.id } })).toBe(0);
  });

  it(
    "renaming a published article keeps every old slug working (A → B → C), and renaming back " + "removes the loop",
    async () => {
      const a = saved(await createArticle(alice, draft({ slug: "name-a", status: "published" })));
      const b = saved(await updateArticle(alice, a.id, { slug: "name-b", version: a.version }));
      const c = saved(await updateArticle(alice, a.id, { slug: "name-c", version: b.version }));
      expect(await findSlugRedirect("name-a")).toBe("name-c");
      expect(await findSlugRedirect("name-b")).toBe("name-c");
      expect(await findSlugRedirect("name-c")).toBeNull();
      expect(
        (await db().auditLog.findFirst({ where: { targetId: a.id }, orderBy: { id: "desc" } }))!.details,
      ).toMatchObject({ fromSlug: "name-b", slug: "name-c" });

      saved(await updateArticle(alice, a.id, { slug: "name-a", version: c.version }));
      expect(await db().slugRedirect.findUnique({ where: { fromSlug: "name-a" } })).toBeNull();
      expect(await findSlugRedirect("name-c")).toBe("name-a");
    },
  );

  it("a new article can take neither another's slug nor another's old slug", async () => {
    const first = saved(await createArticle(alice, draft({ slug: "taken-now", status: "published" })));
    saved(await updateArticle(alice, first.id, { slug: "taken-later", version: 1 }));
    expect(await createArticle(bob, draft({ slug: "taken-later" }))).toMatchObject({
      ok: false,
      fields: { slug: "Another article already uses this slug" },
    });
    expect(await createArticle(bob, draft({ slug: "taken-now" }))).toMatchObject({
      ok: false,
      fields: { slug: expect.stringMatching(/old address of another article/) },
    });
    expect(await findSlugRedirect("taken-now")).toBe("taken-later");
  });
});

describe("publishing, scheduling, trash", () => {
  it("schedules for a future time (stored in UTC) and refuses past and malformed times with field errors", async () => {
    const when = new Date(Date.now() + 48 * HOUR);
    const local = when.toISOString().slice(0, 16);
    const article = saved(await createArticle(alice, draft({ status: "scheduled", publishAt: `${local}+02:00` })));
    expect(article.status).toBe("scheduled");
    expect(article.publishAt!.toISOString()).toBe(new Date(`${local}:00+02:00`).toISOString());
    expect(article.publishedAt).toEqual(article.publishAt);

    const past = new Date(Date.now() - HOUR).toISOString(); // with milliseconds, as JSON clients send it
    expect(await createArticle(alice, draft({ status: "scheduled", publishAt: past }))).toMatchObject({
      fields: { publishAt: "Choose a time in the future" },
    });
    expect(await createArticle(alice, draft({ status: "scheduled", publishAt: "2026-02-30T10:00" }))).toMatchObject({
      fields: { publishAt: expect.any(String) },
    });
    expect(await createArticle(alice, draft({ status: "scheduled" }))).toMatchObject({
      fields: { publishAt: expect.any(String) },
    });
    expect((await auditOf(article.id)).map((entry) => entry.action)).toEqual(["article.schedule"]);
  });

  it("publishes, unpublishes, trashes and restores to the previous status, a version and revision each", async () => {
    const article = saved(await createArticle(alice, draft()));
    const published = saved(await updateArticle(alice, article.id, { status: "published", version: 1 }));
    expect(published.publishedAt).not.toBeNull();
    const trashed = saved(await trashArticle(bob, article.id, published.version));
    expect(trashed).toMatchObject({ status: "trashed", trashedFrom: "published", version: 3 });
    expect(await updateArticle(alice, article.id, { body: "edit in trash", version: 3 })).toMatchObject({
      ok: false,
      reason: "trashed",
    });
    expect((await listAdminArticles({ page: 1, q: article.slug })).items).toHaveLength(0);
    expect((await listAdminArticles({ page: 1, q: article.slug, status: "trashed" })).items).toHaveLength(1);

    const restored = saved(await restoreArticle(alice, article.id, 3));
    expect(restored).toMatchObject({
      status: "published",
      trashedFrom: null,
      version: 4,
      publishedAt: published.publishedAt,
    });
    const unpublished = saved(await updateArticle(alice, article.id, { status: "draft", version: 4 }));
    expect(unpublished).toMatchObject({ status: "draft", publishedAt: null });
    expect((await listRevisions(article.id)).map((revision) => revision.status)).toEqual([
      "draft",
      "published",
      "trashed",
      "published",
      "draft",
    ]);
    expect((await auditOf(article.id)).map((entry) => entry.action)).toEqual([
      "article.create",
      "article.publish",
      "article.trash",
      "article.restore",
      "article.unpublish",
    ]);
  });

  it("refuses a trash or restore from a stale version", async () => {
    const article = saved(await createArticle(alice, draft()));
    saved(await updateArticle(bob, article.id, { body: "newer", version: 1 }));
    expect(await trashArticle(alice, article.id, 1)).toMatchObject({ ok: false, reason: "conflict" });
    expect((await getAdminArticle(article.id))!.status).toBe("draft");
  });
});

describe("the audit log and the change are one transaction", () => {
  it("a failed save writes no audit entry and changes nothing", async () => {
    const article = saved(await createArticle(alice, draft()));
    // A revision row already holding version 2 makes the save's own revision insert fail mid-transaction.
    await db().articleRevision.create({
      data: { articleId: article.id, version: 2, title: "x", slug: "x", excerpt: "", body: "x", status: "draft" },
    });
    await expect(updateArticle(alice, article.id, { body: "never saved", version: 1 })).rejects.toThrow();
    const after = (await getAdminArticle(article.id))!;
    expect(after).toMatchObject({ version: 1, body: article.body });
    expect((await auditOf(article.id)).map((entry) => entry.action)).toEqual(["article.create"]);
  });

  it("a failing audit insert rolls the change back", async () => {
    const article = saved(await createArticle(alice, draft()));
    await db().$executeRawUnsafe(`
      CREATE FUNCTION refuse_audit() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'audit refused'; END
      $$ LANGUAGE plpgsql;
    `);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    try {
      await expect(updateArticle(alice, article.id, { body: "unaudited", version: 1 })).rejects.toThrow();
      await expect(trashArticle(alice, article.id)).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditLog"`);
      await db().$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
    }
    expect(await getAdminArticle(article.id)).toMatchObject({ version: 1, status: "draft", body: article.body });
    expect(await listRevisions(article.id)).toHaveLength(1);
  });
});
