import type { Metadata } from "next";
import { Notice } from "@/components/admin/notice";
import { PaginationNav } from "@/components/admin/pagination-nav";
import { UserRoleTable } from "@/components/admin/user-role-table";
import { parsePage } from "@/lib/admin/pagination";
import { searchUsers } from "@/lib/admin/queries.server";
import { ROLE_CHANGE_PROBLEMS } from "@/lib/admin/role-problems";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "People · Admin" };

type Props = { searchParams: Promise<{ q?: string; page?: string; notice?: string }> };

const DONE: Record<string, string> = { granted: "Admin role granted.", removed: "Admin role removed." };

export default async function AdminUsersPage({ searchParams }: Props) {
  const params = await searchParams;
  const admin = await requireAdmin(pathWithQuery("/admin/users", params));
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  const result = await searchUsers({ q, page: parsePage(params.page) });
  const notice = params.notice ?? "";
  const problem =
    notice in ROLE_CHANGE_PROBLEMS ? ROLE_CHANGE_PROBLEMS[notice as keyof typeof ROLE_CHANGE_PROBLEMS] : null;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">People</h1>
      {DONE[notice] ? <Notice tone="success">{DONE[notice]}</Notice> : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <form role="search" method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="users-q" className="text-sm font-medium text-stone-800">
            Search by email
          </label>
          <input
            id="users-q"
            name="q"
            type="search"
            defaultValue={q}
            className="w-72 rounded-lg border border-stone-300 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-50"
        >
          Search
        </button>
      </form>
      <p className="text-sm text-stone-600">
        {result.total} {result.total === 1 ? "person" : "people"}
        {q ? ` matching “${q}”` : ""}. The last admin cannot be removed.
      </p>
      <UserRoleTable users={result.users} currentAdminId={admin.id} q={q} />
      <PaginationNav path="/admin/users" params={{ q }} page={result.page} pages={result.pages} label="People pages" />
    </div>
  );
}
