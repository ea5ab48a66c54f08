import Link from "next/link";

const links = [
  { href: "/bmi", label: "BMI calculator" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-900">
          <span aria-hidden className="inline-block h-6 w-1.5 rounded-full bg-brand-500" />
          SteadyBack
        </Link>
        <ul className="flex items-center gap-4 text-sm font-medium">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="rounded px-1 py-1 text-stone-700 hover:text-brand-700">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
