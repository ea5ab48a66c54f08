"use client";

// Shown when something fails on our side. User mistakes never land here: they get field errors.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-2 text-stone-600">Nothing you entered was lost or half-saved. Please try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </div>
  );
}
