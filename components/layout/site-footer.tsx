import Link from "next/link";

export function SiteFooter() {
  return (
    // Styled by `.site-footer` (app/globals.css): this markup is on every page, twice (HTML and React payload).
    <footer className="site-footer">
      <div>
        <p>
          <strong>Guidance, not diagnosis.</strong> SteadyBack does not replace a doctor or physiotherapist. Back pain
          with numbness, weakness in a leg, loss of bladder or bowel control, fever, unexplained weight loss, or pain
          after a fall or accident needs a medical assessment before any exercise.
        </p>
        <p className="footer-links">
          <Link href="/articles">Articles</Link>
          <Link href="/tags">Topics</Link>
          <Link href="/search">Search</Link>
          <a href="/feed.xml">RSS feed</a>
        </p>
        <p>
          BMI references: WHO adult classification, NICE guidance, CDC 2000 growth charts and the CDC 2022 extended
          BMI-for-age charts.
        </p>
      </div>
    </footer>
  );
}
