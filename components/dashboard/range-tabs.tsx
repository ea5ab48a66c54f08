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
      {/* The links' styles, the current one's too, are the `.tabs` class (app/styles/dashboard.css). */}
      <ul className="tabs">
        {CHART_RANGES.map((range) => (
          <li key={range}>
            {/* Only the current link has the attribute: an undefined one still travels in the React payload. */}
            <Link href={rangeHref(range, options)} scroll={false} {...(range === active && { "aria-current": "page" })}>
              {RANGE_LABELS[range].short}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
