import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdmin } from "@/lib/auth/session.server";

// Shapes the admin area. Each page, action and route handler still checks the role itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8">
      <AdminNav />
      {children}
    </div>
  );
}
