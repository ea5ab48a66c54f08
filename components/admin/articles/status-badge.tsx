import type { ArticleStatus } from "@/lib/articles/editor-rules";

const STYLES: Record<ArticleStatus, string> = {
  draft: "bg-stone-100 text-stone-800",
  scheduled: "bg-sky-100 text-sky-900",
  published: "bg-emerald-100 text-emerald-900",
  trashed: "bg-red-100 text-red-900",
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  published: "Published",
  trashed: "Trashed",
};

/** The status in words (the colour only repeats it). */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
