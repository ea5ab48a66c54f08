"use client";

import { useState } from "react";

/** Copies the result's URL (the query string holds the inputs, so the link reproduces the result). */
export function ShareLink() {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-3 text-sm">
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard?.writeText(window.location.href.replace(/#.*$/, ""));
          setCopied(true);
        }}
        className="rounded-lg border border-stone-300 px-3 py-1.5 font-medium text-stone-700 hover:bg-stone-50"
      >
        Copy link to this result
      </button>
      <span role="status" className="text-stone-600">
        {copied ? "Link copied." : ""}
      </span>
    </div>
  );
}
