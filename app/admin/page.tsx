import type { Metadata } from "next";
import { setRoleAction } from "@/lib/admin/actions";
import { adminOverview, listUsers } from "@/lib/admin/queries";
import { requireAdmin } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requireAdmin();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const [overview, users] = await Promise.all([adminOverview(), listUsers(page)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Admin</h1>
      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          ["People", overview.users],
          ["Admins", overview.admins],
          ["Measurements logged", overview.measurements],
        ].map(([label, value]) => (
          <div key={label} className="rounded-2xl border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-500">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="users-heading" className="rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="users-heading" className="mb-3 text-lg font-semibold">People</h2>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="users-heading">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2 pr-3 font-medium">Email</th>
                <th className="py-2 pr-3 font-medium">Name</th>
                <th className="py-2 pr-3 font-medium">Joined</th>
                <th className="py-2 pr-3 font-medium">Entries</th>
                <th className="py-2 pr-3 font-medium">Role</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-stone-100">
                  <td className="py-2 pr-3">{user.email}</td>
                  <td className="py-2 pr-3">{user.name}</td>
                  <td className="py-2 pr-3 tabular-nums">{user.createdAt.toISOString().slice(0, 10)}</td>
                  <td className="py-2 pr-3 tabular-nums">{user._count.measurements}</td>
                  <td className="py-2 pr-3">
                    <form action={setRoleAction} className="flex items-center gap-2">
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="role" value={user.role === "ADMIN" ? "USER" : "ADMIN"} />
                      <span className="w-14">{user.role === "ADMIN" ? "Admin" : "User"}</span>
                      {user.id !== admin.id ? (
                        <button type="submit" className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-50">
                          {user.role === "ADMIN" ? "Remove admin" : "Make admin"}
                        </button>
                      ) : null}
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
