import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpView } from "@/components/auth/sign-up-view";
import { getCurrentUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Create an account", alternates: { canonical: "/sign-up" } };

// The per-request twin of the prerendered sign-up page (ADR 0026), reached at /sign-up through a
// next.config.js rewrite when the request carries a session cookie: a live session goes on to the
// dashboard; a stale cookie gets the form.
export default async function SignUpPerRequestPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return <SignUpView />;
}
