import Link from "next/link";

const SECTIONS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/articles", label: "Articles" },
  { href: "/admin/routines", label: "Routines" },
  { href: "/admin/exercises", label: "Exercises" },
  { href: "/admin/users", label: "People" },
  { href: "/admin/audit", label: "Audit log" },
];

/** The admin area's sections. Only shapes the UI: every page and action checks the role itself. */
export function AdminNav() {
  return (
    <nav aria-label="Admin" className="mb-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className={
                "rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-700 " +
                "hover:border-brand-500 hover:text-brand-800"
              }
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
