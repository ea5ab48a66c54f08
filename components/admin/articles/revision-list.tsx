import Link from "next/link";
import type { RevisionSummary } from "@/lib/articles/admin-types";
import { LocalTime } from "../local-time";
import { StatusBadge } from "./status-badge";

/** Every save, newest first, each with "compare with the current version" and "restore". */
export function RevisionList({
  articleId,
  currentVersion,
  revisions,
  trashed,
  restore,
}: {
  articleId: string;
  currentVersion: number;
  revisions: RevisionSummary[];
  trashed: boolean;
  restore: (formData: FormData) => Promise<void>;
}) {
  return (
    <section aria-labelledby="revisions-heading" className="rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id="revisions-heading" className="mb-3 text-lg font-semibold">
        All saves
      </h2>
      <ol className="divide-y divide-stone-100">
        {revisions.map((revision) => (
          <li key={revision.version} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
            <div>
              <span className="font-semibold tabular-nums">Version {revision.version}</span>{" "}
              <StatusBadge status={revision.status} /> <span className="text-stone-700">“{revision.title}”</span>
              <span className="block text-xs text-stone-600">
                <LocalTime iso={revision.createdAt.toISOString()} />
                {revision.authorEmail ? ` by ${revision.authorEmail}` : ""}
              </span>
            </div>
            {revision.version === currentVersion ? (
              <span className="text-xs text-stone-500">Current version</span>
            ) : (
              <div className="flex items-center gap-3">
                <Link
                  href={`/admin/articles/${articleId}/revisions?from=${revision.version}&to=${currentVersion}`}
                  className="text-brand-700 hover:underline"
                >
                  Compare with current
                </Link>
                {!trashed ? (
                  <form action={restore}>
                    <input type="hidden" name="id" value={articleId} />
                    <input type="hidden" name="revision" value={revision.version} />
                    <input type="hidden" name="version" value={currentVersion} />
                    <button
                      type="submit"
                      className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-50"
                      aria-label={`Restore version ${revision.version}`}
                    >
                      Restore
                    </button>
                  </form>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
