import Link from "next/link";
import { AccountLinks } from "./account-links";

// The same for everyone, so it can be prerendered with the public pages: what depends on the
// signed-in person is the AccountLinks island, filled in by the browser.
export function SiteHeader() {
  const links = [
    { href: "/articles", label: "Articles" },
    { href: "/routines", label: "Routines" },
    { href: "/bmi", label: "BMI calculator" },
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
          <li>
            <form action="/search" role="search" className="flex">
              <label htmlFor="site-search" className="sr-only">
                Search articles
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="Search articles"
                maxLength={200}
                className={
                  "w-36 rounded-lg border border-stone-300 px-2 py-1 text-sm font-normal " +
                  "focus:border-brand-500 sm:w-44"
                }
              />
            </form>
          </li>
          <AccountLinks />
        </ul>
      </nav>
    </header>
  );
}
