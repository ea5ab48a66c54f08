import Link from "next/link";

/**
 * Previous / next page links. Lists put the page number in the path (`${base}/page/N`, see
 * listPageHref) so every page can be prerendered; search, dynamic anyway, uses the query string.
 */
export function PageLinks({
  page,
  pageCount,
  href,
  labels = { prev: "← Newer", next: "Older →" },
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels?: { prev: string; next: string };
}) {
  if (pageCount <= 1) return null;
  const linkClass =
    "rounded-lg border border-stone-300 bg-white px-3 py-1.5 font-medium text-stone-700 " +
    "hover:border-brand-500 hover:text-brand-900";
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {labels.prev}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export function listPageHref(base: string) {
  return (page: number) => (page === 1 ? base : `${base}/page/${page}`);
}
