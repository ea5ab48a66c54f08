import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { forbidden } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session.server";

// Shapes the admin area. Each page, action and route handler still checks the role itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Signed out: the page's own requireAdmin(returnTo) sends the visitor to sign in and back to the
  // exact page and query asked for; the layout does not know the path. Signed in without the role:
  // 403 here already, so no admin navigation is ever rendered for them.
  const user = await getCurrentUser();
  if (!user) return children;
  if (user.role !== "ADMIN") forbidden();
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8">
      <AdminNav />
      {children}
    </div>
  );
}
