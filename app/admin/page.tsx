import type { Metadata } from "next";
import Link from "next/link";
import { adminOverview } from "@/lib/admin/queries.server";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireAdmin();
  const overview = await adminOverview();
  const tiles: [string, number, string | null][] = [
    ["People", overview.users, "/admin/users"],
    ["Admins", overview.admins, "/admin/users"],
    ["Measurements logged", overview.measurements, null],
    ["Articles", overview.articles, "/admin/articles"],
    ["Routines", overview.routines, "/admin/routines"],
    ["Exercises", overview.exercises, "/admin/exercises"],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Admin</h1>
      <dl className="grid gap-3 sm:grid-cols-3">
        {tiles.map(([label, value, href]) => (
          <div key={label} className="rounded-2xl border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-500">
              {href ? (
                <Link href={href} className="hover:underline">
                  {label}
                </Link>
              ) : (
                label
              )}
            </dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link
          href="/admin/articles/new"
          className="inline-block rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Write an article
        </Link>
      </p>
    </div>
  );
}
