import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/admin/pagination-nav";
import { parsePage } from "@/lib/admin/pagination";
import { listAuditEntries } from "@/lib/audit/queries.server";
import { AUDIT_TARGET_LABELS, AUDIT_TARGET_TYPES, auditTargetHref, isAuditTargetType } from "@/lib/audit/types";
import { pathWithQuery } from "@/lib/auth/return-path";
import { requireAdmin } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Audit log · Admin" };

type Props = { searchParams: Promise<{ type?: string; page?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireAdmin(pathWithQuery("/admin/audit", params));
  const type = isAuditTargetType(params.type) ? params.type : undefined;
  const result = await listAuditEntries({ page: parsePage(params.page), targetType: type });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="text-sm text-stone-600">Every admin action, newest first. Times are UTC.</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-type" className="text-sm font-medium text-stone-800">
            Show
          </label>
          <select
            id="audit-type"
            name="type"
            defaultValue={type ?? ""}
            className="rounded-lg border border-stone-300 bg-white px-3 py-2"
          >
            <option value="">Everything</option>
            {AUDIT_TARGET_TYPES.map((value) => (
              <option key={value} value={value}>
                {AUDIT_TARGET_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-50"
        >
          Filter
        </button>
      </form>
      {result.entries.length === 0 ? (
        <p className="text-stone-600">Nothing recorded yet.</p>
      ) : (
        <div
          className="overflow-x-auto rounded-2xl border border-stone-200 bg-white p-4"
          tabIndex={0}
          role="region"
          aria-label="Audit entries"
        >
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2 pr-3 font-medium">When (UTC)</th>
                <th className="py-2 pr-3 font-medium">Who</th>
                <th className="py-2 pr-3 font-medium">Action</th>
                <th className="py-2 pr-3 font-medium">What</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((entry) => {
                const href = auditTargetHref(entry.targetType, entry.targetId, entry.action);
                return (
                  <tr key={entry.id} className="border-t border-stone-100 align-top">
                    <td className="py-2 pr-3 whitespace-nowrap tabular-nums">
                      <time dateTime={entry.createdAt.toISOString()}>
                        {entry.createdAt.toISOString().slice(0, 16).replace("T", " ")}
                      </time>
                    </td>
                    <td className="py-2 pr-3">{entry.actorEmail ?? "(deleted account)"}</td>
                    <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
                    <td className="py-2 pr-3">
                      {href ? (
                        <Link href={href} className="text-brand-700 hover:underline">
                          {entry.summary}
                        </Link>
                      ) : (
                        entry.summary
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <PaginationNav
        path="/admin/audit"
        params={{ type }}
        page={result.page}
        pages={result.pages}
        label="Audit log pages"
      />
    </div>
  );
}
