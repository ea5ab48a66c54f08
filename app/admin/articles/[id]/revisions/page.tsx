import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/admin/articles/revision-diff";
import { RevisionList } from "@/components/admin/articles/revision-list";
import { Notice } from "@/components/admin/notice";
import { restoreRevisionAction } from "@/lib/articles/admin-actions";
import { getAdminArticle, getRevision, listRevisions } from "@/lib/articles/admin-queries.server";
import { compareRevisions } from "@/lib/articles/revision-diff";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Revisions · Admin" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; notice?: string }>;
};

const NOTICES: Record<string, string> = {
  conflict: "Someone else saved this article in the meantime, so nothing was restored. Look again and retry.",
  invalid:
    "That version cannot be restored as it is (its slug is taken now, perhaps). Copy what you need into the " +
    "editor instead.",
  trashed: "The article is in the trash. Restore it before restoring an old version.",
};

function versionParam(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requireAdmin(pathWithQuery(`/admin/articles/${id}/revisions`, query));
  const [article, revisions] = await Promise.all([getAdminArticle(id), listRevisions(id)]);
  if (!article) notFound();
  const to = versionParam(query.to, article.version);
  const from = versionParam(query.from, Math.max(1, to - 1));
  const [before, after] = await Promise.all([getRevision(id, from), getRevision(id, to)]);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Revisions of “{article.title}”</h1>
        <Link href={`/admin/articles/${id}`} className="text-sm font-medium text-brand-700 hover:underline">
          Back to the editor
        </Link>
      </div>
      {query.notice && NOTICES[query.notice] ? <Notice tone="error">{NOTICES[query.notice]}</Notice> : null}
      <form method="get" className="flex flex-wrap items-end gap-2">
        {(["from", "to"] as const).map((name) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`compare-${name}`} className="text-sm font-medium text-stone-800">
              {name === "from" ? "Compare version" : "with version"}
            </label>
            <select
              id={`compare-${name}`}
              name={name}
              defaultValue={name === "from" ? from : to}
              className="rounded-lg border border-stone-300 bg-white px-3 py-2"
            >
              {revisions.map((revision) => (
                <option key={revision.version} value={revision.version}>
                  {revision.version}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button
          type="submit"
          className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-50"
        >
          Compare
        </button>
      </form>
      {before && after ? (
        <section aria-labelledby="diff-heading" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
          <h2 id="diff-heading" className="text-lg font-semibold">
            Version {from} → version {to}
          </h2>
          <RevisionDiff
            comparison={compareRevisions(before, after)}
            fromLabel={`version ${from}`}
            toLabel={`version ${to}`}
          />
        </section>
      ) : (
        <p className="text-stone-600">Choose two versions that exist to compare them.</p>
      )}
      <RevisionList
        articleId={id}
        currentVersion={article.version}
        revisions={revisions}
        trashed={article.status === "trashed"}
        restore={restoreRevisionAction}
      />
    </div>
  );
}
