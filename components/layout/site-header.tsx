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
    // Styled by `.site-header` (app/globals.css): this markup is on every page, twice (HTML and React payload).
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="logo">
          <span aria-hidden />
          SteadyBack
        </Link>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="nav-link">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <form action="/search" role="search" className="flex">
              <label htmlFor="site-search" className="sr-only">
                Search articles
              </label>
              <input id="site-search" name="q" type="search" placeholder="Search articles" maxLength={200} />
            </form>
          </li>
          <AccountLinks />
        </ul>
      </nav>
    </header>
  );
}
