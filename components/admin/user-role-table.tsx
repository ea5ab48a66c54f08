import { setRoleAction } from "@/lib/admin/actions";

type UserRow = {
  id: string;
  email: string | null;
  name: string | null;
  role: "USER" | "ADMIN";
  createdAt: Date;
  _count: { measurements: number };
};

/**
 * People with a grant/remove button each (not for yourself: ask another admin, so nobody locks themselves out by a
 * slip).
 */
export function UserRoleTable({ users, currentAdminId, q }: { users: UserRow[]; currentAdminId: string; q: string }) {
  if (users.length === 0) return <p className="text-stone-600">Nobody matches that search.</p>;
  return (
    <div
      className="overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4"
      tabIndex={0}
      role="region"
      aria-label="People"
    >
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="text-stone-500">
          <tr>
            <th className="py-2 pr-3 font-medium">Email</th>
            <th className="py-2 pr-3 font-medium">Name</th>
            <th className="py-2 pr-3 font-medium">Joined</th>
            <th className="py-2 pr-3 font-medium">Measurements</th>
            <th className="py-2 pr-3 font-medium">Role</th>
            <th className="py-2 pr-3 font-medium">
              <span className="sr-only">Change role</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-stone-100">
              <td className="py-2 pr-3">{user.email}</td>
              <td className="py-2 pr-3">{user.name}</td>
              <td className="py-2 pr-3 tabular-nums">{user.createdAt.toISOString().slice(0, 10)}</td>
              <td className="py-2 pr-3 tabular-nums">{user._count.measurements}</td>
              <td className="py-2 pr-3">{user.role === "ADMIN" ? "Admin" : "User"}</td>
              <td className="py-2 pr-3">
                {user.id === currentAdminId ? (
                  <span className="text-xs text-stone-500">You</span>
                ) : (
                  <form action={setRoleAction}>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="role" value={user.role === "ADMIN" ? "USER" : "ADMIN"} />
                    <input type="hidden" name="q" value={q} />
                    <button
                      type="submit"
                      aria-label={
                        `${user.role === "ADMIN" ? "Remove admin role from" : "Make admin:"} ` +
                        `${user.email ?? user.id}`
                      }
                      className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-50"
                    >
                      {user.role === "ADMIN" ? "Remove admin" : "Make admin"}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
