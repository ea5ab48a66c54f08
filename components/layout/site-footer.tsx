import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-stone-600">
        <p>
          <strong className="text-stone-800">Guidance, not diagnosis.</strong> SteadyBack does not replace a doctor or
          physiotherapist. Back pain with numbness, weakness in a leg, loss of bladder or bowel control, fever,
          unexplained weight loss, or pain after a fall or accident needs a medical assessment before any exercise.
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href="/articles" className="text-stone-700 underline hover:text-brand-700">
            Articles
          </Link>
          <Link href="/tags" className="text-stone-700 underline hover:text-brand-700">
            Topics
          </Link>
          <Link href="/search" className="text-stone-700 underline hover:text-brand-700">
            Search
          </Link>
          <a href="/feed.xml" className="text-stone-700 underline hover:text-brand-700">
            RSS feed
          </a>
        </p>
        <p>
          BMI references: WHO adult classification, NICE guidance, CDC 2000 growth charts and the CDC 2022 extended
          BMI-for-age charts.
        </p>
      </div>
    </footer>
  );
}
