import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInView, type SignInQuery } from "@/components/auth/sign-in-view";
import { safeCallbackUrl } from "@/lib/auth/redirects";
import { getCurrentUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Sign in", alternates: { canonical: "/sign-in" } };

type Props = { searchParams: Promise<SignInQuery & { callbackUrl?: string }> };

// The per-request twin of the prerendered sign-in page (ADR 0026), reached at /sign-in through a
// next.config.js rewrite when the request carries a session cookie (a live session is sent on to
// where it was going, a real 307) or a notice in the query (shown without JavaScript too).
export default async function SignInPerRequestPage({ searchParams }: Props) {
  const query = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackUrl(query.callbackUrl));
  return <SignInView query={query} />;
}
