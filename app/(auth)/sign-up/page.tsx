import type { Metadata } from "next";
import { SignUpView } from "@/components/auth/sign-up-view";

export const metadata: Metadata = { title: "Create an account" };

// Prerendered, the same for every visitor (ADR 0026); a visitor with a session cookie is rewritten
// by next.config.js to ./per-request, which sends a live session on to the dashboard. Regenerated
// every minute so the OAuth buttons follow the environment the server runs with.
export const revalidate = 60;

export default function SignUpPage() {
  return <SignUpView />;
}
