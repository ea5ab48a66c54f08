import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentUser } from "@/lib/auth/session";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = [
    { href: "/routines", label: "Routines" },
    { href: "/bmi", label: "BMI calculator" },
    ...(user ? [{ href: "/dashboard", label: "Dashboard" }] : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-900">
          <span aria-hidden className="inline-block h-6 w-1.5 rounded-full bg-brand-500" />
          SteadyBack
        </Link>
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="rounded px-1 py-1 text-stone-700 hover:text-brand-700">
                {link.label}
              </Link>
            </li>
          ))}
          {user ? (
            <li>
              <form action={signOutAction}>
                <button type="submit" className="rounded px-1 py-1 text-stone-700 hover:text-brand-700">
                  Sign out
                </button>
              </form>
            </li>
          ) : (
            <>
              <li>
                <Link href="/sign-in" className="rounded px-1 py-1 text-stone-700 hover:text-brand-700">
                  Sign in
                </Link>
              </li>
              <li>
                <Link href="/sign-up" className="rounded-lg bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
                  Create account
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
