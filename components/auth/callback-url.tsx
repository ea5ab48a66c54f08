"use client";

// The sign-in page is prerendered (ADR 0026): its HTML is the same for every address, so the one
// part that depends on ?callbackUrl= is read here, in the browser. Each piece sits in its own
// <Suspense>: the prerendered HTML holds the fallback, JavaScript fills in the query. Without
// JavaScript the hidden field is missing and the sign-in action reads the target from the Referer
// instead (lib/auth/referer-callback.ts); either way the action checks it (lib/auth/redirects.ts).
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { safeCallbackUrl } from "@/lib/auth/redirects";

function useCallbackUrl(): string {
  return safeCallbackUrl(useSearchParams().get("callbackUrl"));
}

function Field() {
  return <input type="hidden" name="callbackUrl" value={useCallbackUrl()} />;
}

/** The hidden callbackUrl field of a sign-in form (password or OAuth). */
export function CallbackUrlField() {
  return (
    <Suspense fallback={null}>
      <Field />
    </Suspense>
  );
}

function LinkWithCallback({ className, children }: { className: string; children: ReactNode }) {
  const callbackUrl = useCallbackUrl();
  return (
    <Link
      href={`/sign-up${callbackUrl !== "/dashboard" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
      className={className}
    >
      {children}
    </Link>
  );
}

/** "Create an account", passing on where the visitor was going. */
export function SignUpLink({ className, children }: { className: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Link href="/sign-up" className={className}>
          {children}
        </Link>
      }
    >
      <LinkWithCallback className={className}>{children}</LinkWithCallback>
    </Suspense>
  );
}
