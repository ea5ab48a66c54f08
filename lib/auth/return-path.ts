/**
 * The path a protected page passes to requireUser(), so signing in returns to exactly the page that
 * was asked for, query string included ("/dashboard?range=1y", "/dashboard/measurements/x/edit?units=us").
 * Pure; the sign-in page still checks whatever comes back with safeCallbackUrl (./redirects).
 */
export function pathWithQuery(
  pathname: string,
  searchParams: Record<string, string | string[] | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (typeof value === "string") query.append(key, value);
    else if (Array.isArray(value)) for (const item of value) query.append(key, item);
  }
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}
