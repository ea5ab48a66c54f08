import Link from "next/link";
import { pageHref } from "@/lib/admin/pagination";

/** "Page 2 of 5" with previous/next links that keep the list's filters. */
export function PaginationNav({
  path,
  params,
  page,
  pages,
  label,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pages: number;
  label: string;
}) {
  if (pages <= 1) return null;
  const link = "rounded-lg border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50";
  return (
    <nav aria-label={label} className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHref(path, params, page - 1)} className={link} rel="prev">
          Previous
        </Link>
      ) : null}
      <span className="text-stone-600">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={pageHref(path, params, page + 1)} className={link} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
