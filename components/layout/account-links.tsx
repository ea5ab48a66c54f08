"use client";

// The header's account links, the one part of the header that depends on who is signed in. It asks
// /api/v1/me from the browser (again after each navigation, so signing in or out shows at once),
// which keeps the header out of the server render and lets public pages be prerendered. Before the
// answer, and without JavaScript, it shows the signed-out links: the common case for visitors.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/lib/auth/actions";

type Me = { name: string | null; role: "USER" | "ADMIN" } | null;

const linkClass = "rounded px-1 py-1 text-stone-700 hover:text-brand-700";

export function AccountLinks() {
  const pathname = usePathname();
  const [me, setMe] = useState<Me>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/v1/me", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ user: Me }>) : { user: null }))
      .then((body) => setMe(body.user))
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
            // Signing out on "/" redirects to "/": no new pathname to refetch on, so say it here.
            setMe(null);
            await signOutAction();
          }}
        >
          <button type="submit" className={linkClass}>
            Sign out
          </button>
        </form>
      </li>
    </>
  );
}
