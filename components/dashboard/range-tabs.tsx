import Link from "next/link";
import { CHART_RANGES, RANGE_LABELS, type ChartRange } from "@/lib/dashboard/ranges";

export type SearchParamValue = string | readonly string[] | undefined;

export type RangeTabsProps = {
  active: ChartRange;
  /** The page's other query params, kept on every link (any "range" among them is replaced). */
  params?: Readonly<Record<string, SearchParamValue>>;
  /** Path the links point to (default "/dashboard"). */
  pathname?: string;
  /** Fragment to land on after a full-page load without JavaScript, e.g. "charts". */
  hash?: string;
};

/** `?range=` value for each link, with the other params kept in their order. */
export function rangeHref(
  range: ChartRange,
  { params = {}, pathname = "/dashboard", hash }: Omit<RangeTabsProps, "active">,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "range" || value === undefined) continue;
    for (const item of typeof value === "string" ? [value] : value) query.append(key, item);
  }
  query.set("range", range);
  return `${pathname}?${query.toString()}${hash ? `#${hash}` : ""}`;
}

/**
 * Links, not buttons: each range is a URL, so it works without JavaScript, can be shared and
 * survives a reload. With JavaScript, Next.js navigates without scrolling to the top.
 */
export function RangeTabs({ active, ...options }: RangeTabsProps) {
  return (
    <nav aria-label="Chart range">
      <ul className="inline-flex flex-wrap gap-1 rounded-full border border-stone-200 bg-white p-1 text-sm shadow-sm">
        {CHART_RANGES.map((range) => {
          const current = range === active;
          return (
            <li key={range}>
              <Link
                href={rangeHref(range, options)}
                scroll={false}
                aria-current={current ? "page" : undefined}
                className={`block rounded-full px-3 py-1.5 font-medium ${
                  current ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100 hover:text-stone-900"
                }`}
              >
                {RANGE_LABELS[range].short}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
