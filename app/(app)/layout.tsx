import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session.server";

const sections = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/dashboard/measurements/new", label: "Log measurement" },
  { href: "/dashboard/import", label: "Import CSV" },
  { href: "/profile", label: "Profile" },
  { href: "/account", label: "Account" },
];

// The signed-in area. Each page and action still checks the user itself; this only shapes the UI.
export default async function AppLayout({ children }: { children: ReactNode }) {
  // Signed out: leave the redirect to the page's own requireUser(returnTo). The layout renders first
  // and does not know the path, so redirecting here would always send people back to /dashboard
  // after signing in instead of to the page they asked for.
  const user = await getCurrentUser();
  if (!user) return children;
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-stone-600">
          Signed in as <span className="font-medium text-stone-900">{user.name ?? user.email}</span>
        </p>
        <nav aria-label="Your area">
          {/* The links' pill style is the `.pills` class (app/globals.css): set once, not on each link. */}
          <ul className="pills flex flex-wrap gap-2 text-sm">
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href}>{section.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {children}
    </div>
  );
}
