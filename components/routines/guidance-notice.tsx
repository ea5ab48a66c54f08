import Link from "next/link";

/** The line every page that recommends exercise carries: guidance, not medical advice. */
export function GuidanceNotice({ compact = false }: { compact?: boolean }) {
  return (
    <aside
      aria-label="Medical disclaimer"
      className={
        `rounded-xl border border-amber-200 bg-amber-50 text-amber-950 ` +
        `${compact ? "px-3 py-2 text-xs" : "p-4 text-sm"}`
      }
    >
      <p>
        <strong>General guidance, not medical advice.</strong> Stop if pain shoots down a leg, or you feel numb, weak or
        dizzy. Loss of bladder or bowel control or numbness around the groin needs emergency care now.{" "}
        {compact ? null : (
          <>
            If back pain follows a fall, comes with fever or weight loss, or has not eased after six weeks, see a
            doctor.{" "}
            <Link href="/articles/back-pain-red-flags-when-to-see-a-doctor" className="font-medium underline">
              When to see a doctor
            </Link>
          </>
        )}
      </p>
    </aside>
  );
}
