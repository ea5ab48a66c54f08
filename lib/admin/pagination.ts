// Page numbers for the admin lists (offset pagination: the lists are small and filtered, and an
// admin wants "page 3 of 7" more than stable cursors). Pure, so pages and the JSON API agree.

export const ADMIN_PAGE_SIZE = 25;

/** A 1-based page from a query-string value; anything odd ("0", "-2", "abc", "1e9") is page 1 or capped. */
export function parsePage(value: unknown, maxPage = 10_000): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string" && typeof text !== "number") return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, maxPage);
}

export type PageInfo = { page: number; pageSize: number; total: number; pages: number };

export function pageInfo(page: number, total: number, pageSize = ADMIN_PAGE_SIZE): PageInfo {
  return { page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

export function pageWindow(page: number, pageSize = ADMIN_PAGE_SIZE): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** A link to another page of the same list, keeping the other filters (empty ones dropped). */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
