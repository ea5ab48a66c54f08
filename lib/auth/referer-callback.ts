/**
 * Where to go after signing in, for a form posted without JavaScript. The sign-in page is
 * prerendered (ADR 0026), so its HTML cannot carry the ?callbackUrl= of the address it was opened
 * at: a small client island copies it into the form once JavaScript runs. Without JavaScript the
 * field is missing, and the browser's Referer (the sign-in page's own address, query included, under
 * our strict-origin-when-cross-origin policy) is the only place the target is left.
 *
 * Pure. The answer is raw input: the caller still passes it through safeCallbackUrl (./redirects).
 */

const SIGN_IN_PATH = "/sign-in";

/** The raw callbackUrl of a sign-in page's address in `referer`, or null for anything else. */
export function callbackFromReferer(referer: string | null | undefined): string | null {
  if (!referer) return null;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return null;
  }
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
  if (path !== SIGN_IN_PATH) return null;
  return url.searchParams.get("callbackUrl");
}

/** The form's callbackUrl when it sent one (even empty), else the Referer's. */
export function submittedCallback(formValue: FormDataEntryValue | null, referer: string | null | undefined): unknown {
  return formValue !== null ? formValue : callbackFromReferer(referer);
}
