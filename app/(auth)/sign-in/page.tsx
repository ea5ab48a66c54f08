import type { Metadata } from "next";
import { SignInView } from "@/components/auth/sign-in-view";

export const metadata: Metadata = { title: "Sign in" };

// Prerendered, the same for every visitor (ADR 0026). A visitor with a session cookie, or arriving
// with a notice in the query (?error=, ?signedOut=, ?reset=), is rewritten by next.config.js to
// ./per-request; ?callbackUrl= is read in the browser (components/auth/callback-url.tsx).
// Regenerated every minute so the OAuth buttons follow the environment the server runs with, even
// for a build made without the OAuth variables.
export const revalidate = 60;

export default function SignInPage() {
  return <SignInView />;
}
