import type { Metadata } from "next";
import Link from "next/link";

// The root layout's template makes this "Page not found · SteadyBack" instead of the site's generic title.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-stone-700">The page you asked for does not exist, or it is not yours to see.</p>
      <Link href="/" className="btn mt-6 inline-block">
        Go to the home page
      </Link>
    </div>
  );
}
