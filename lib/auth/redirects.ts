/**
 * Where to send someone after signing in (or out), when the target came from input: a query
 * string, a form field, an Auth.js callback-url cookie. Every such target goes through here, so
 * there is one rule against open redirects:
 *
 * - it must parse, against our own origin, to our own origin (scheme, host and port);
 * - written as a path, it starts with exactly one "/";
 * - no control characters, no backslashes, raw or percent-encoded (browsers drop tabs and newlines
 *   inside URLs and read "\" as "/", which turns "/\t/evil.com" into "//evil.com", another host);
 * - the path, decoded, does not start with "//" either (something downstream may decode it again).
 *
 * The answer is the URL parser's normal form (percent-encoded ASCII), so it is always a valid
 * Location header: a raw newline there would otherwise make Node throw, a 500.
 */

/** Stands in for our origin when only a path is wanted: ".invalid" can never be a real host. */
const PLACEHOLDER_ORIGIN = "http://steadyback.invalid";
const MAX_LENGTH = 2048;
/** C0 controls, DEL, backslash; and the C1 controls and separators some parsers also strip. */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/;
const UNSAFE_DECODED = /[\u0000-\u001f\u007f-\u009f\\]/;

/** The path (with query and fragment) that `value` names on `origin`, or null if it names anything else. */
function sameOriginPath(value: unknown, origin: string): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (UNSAFE_CHARACTER.test(value)) return null;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return null;
  }
  const isPath = value.startsWith("/") && !value.startsWith("//");
  const isOurAbsoluteUrl = value.startsWith(`${base.origin}/`);
  if (!(isPath || isOurAbsoluteUrl) || target.origin !== base.origin) return null;
  if (target.username || target.password) return null;

  const path = fullyDecoded(target.pathname);
  if (path === null || path.startsWith("//") || UNSAFE_DECODED.test(path)) return null;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** Percent-decodes until nothing changes (double encoding included); null for a malformed escape. */
function fullyDecoded(text: string): string | null {
  let current = text;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null; // encoded more than five times over: no honest link looks like that
}

/**
 * For pages and server actions: a path on our site, or `fallback`. With `origin` (ours, as the
 * client addressed it), an absolute URL on exactly that origin is accepted too, as its path.
 */
export function safeCallbackUrl(value: unknown, fallback = "/dashboard", origin = PLACEHOLDER_ORIGIN): string {
  return sameOriginPath(value, origin) ?? fallback;
}

/**
 * For Auth.js's `callbacks.redirect`: `url` may be a path or an absolute URL; `baseUrl` is our
 * origin as Auth.js sees it. Anything that is not ours goes to our home page, as Auth.js's own
 * default does.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  const path = sameOriginPath(url, origin);
  return `${origin}${path ?? "/"}`;
}
