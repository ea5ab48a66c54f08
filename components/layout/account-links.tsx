"use client";

// The header's account links, the one part of the header that depends on who is signed in. It asks
// /api/v1/me from the browser (again after each navigation, so signing in or out shows at once),
// which keeps the header out of the server render and lets public pages be prerendered. Without
// JavaScript it shows the signed-out links: the common case for visitors. With it, the last answer
// this browser got (whether someone was signed in, and as an admin) is shown from hydration on, so a
// signed-in visitor does not see "Sign in" for the length of a round trip; the new answer replaces it.
// Only those two facts are kept, never the name: the answer itself decides, and it is asked every time.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useFormStatus } from "react-dom";
import { signOutAction } from "@/lib/auth/actions";

type Me = { name: string | null; role: "USER" | "ADMIN" } | null;
type Role = NonNullable<Me>["role"];

const linkClass = "nav-link"; // app/globals.css, shared with the header's other links

const HINT_KEY = "steadyback:signed-in";
const hintListeners = new Set<() => void>();

function subscribeToHint(listener: () => void): () => void {
  hintListeners.add(listener);
  return () => hintListeners.delete(listener);
}

function readHint(): Role | null {
  try {
    const role = window.localStorage.getItem(HINT_KEY);
    return role === "USER" || role === "ADMIN" ? role : null;
  } catch {
    return null; // storage switched off: wait for the answer
  }
}

function writeHint(me: Me): void {
  try {
    if (me) window.localStorage.setItem(HINT_KEY, me.role);
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // storage switched off or full: the hint is only a head start
  }
  for (const listener of hintListeners) listener();
}

/** Next settles a server action that redirects by rejecting its call with this error (its digest names it). */
function isRedirect(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

function SignOutButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={linkClass} disabled={pending} aria-live="polite">
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}

export function AccountLinks() {
  const pathname = usePathname();
  // The server's HTML has the signed-out links (no hint there); React swaps in the hint's before the
  // hydrated header is painted.
  const hint = useSyncExternalStore(subscribeToHint, readHint, () => null);
  // undefined until /api/v1/me has answered on this page.
  const [answer, setAnswer] = useState<Me | undefined>(undefined);
  const me: Me = answer !== undefined ? answer : hint ? { name: null, role: hint } : null;
  // Bumped by signing out: an answer to a request sent before it is about a session that has ended.
  const signOuts = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const sentAfter = signOuts.current;
    fetch("/api/v1/me", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ user: Me }>) : { user: null }))
      .then((body) => {
        if (signOuts.current !== sentAfter) return;
        writeHint(body.user);
        setAnswer(body.user);
      })
      .catch(() => {
        // Offline or aborted: keep what is shown.
      });
    return () => controller.abort();
  }, [pathname]);

  if (!me) {
    return (
      <>
        <li>
          <Link href="/sign-in" className={linkClass}>
            Sign in
          </Link>
        </li>
        <li>
          <Link href="/sign-up" className="rounded-lg bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
            Create account
          </Link>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <Link href="/dashboard" className={linkClass}>
          Dashboard
        </Link>
      </li>
      {me.role === "ADMIN" && (
        <li>
          <Link href="/admin" className={linkClass}>
            Admin
          </Link>
        </li>
      )}
      <li>
        <form
          action={async () => {
            // Signing out on "/" redirects to "/": no new pathname to refetch on, so say it here. Only once the
            // server has answered: the header never says "signed out" while the session is still alive (a
            // failed request leaves it as it was). A successful sign-out settles the call with Next's redirect.
            signOuts.current += 1;
            try {
              await signOutAction();
            } catch (error) {
              if (isRedirect(error)) {
                writeHint(null);
                setAnswer(null);
              }
              throw error;
            }
          }}
        >
          <SignOutButton />
        </form>
      </li>
    </>
  );
}
