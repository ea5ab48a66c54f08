"use client";
import { useEffect, useState } from "react";
import { ArticleBody } from "@/components/articles/article-body";

const DEBOUNCE_MS = 400;

/**
 * The live preview. The HTML comes from the server (`render`: the one sanitising renderer the public
 * page uses), so what the admin sees is exactly what readers will get, scripts and all removed.
 * Asked again 400 ms after typing stops; an answer to an older text is ignored.
 */
export function MarkdownPreview({
  markdown,
  render,
  initialHtml,
}: {
  markdown: string;
  render: (markdown: string) => Promise<string>;
  initialHtml: string;
}) {
  const [preview, setPreview] = useState({ source: markdown, html: initialHtml, failed: false });
  useEffect(() => {
    if (markdown === preview.source) return;
    let current = true;
    const timer = setTimeout(() => {
      render(markdown)
        .then((html) => current && setPreview({ source: markdown, html, failed: false }))
        .catch(() => current && setPreview((old) => ({ ...old, source: markdown, failed: true })));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown, preview.source, render]);

  const stale = markdown !== preview.source;
  return (
    <section aria-labelledby="preview-heading" className="flex min-w-0 flex-col gap-1">
      <h2 id="preview-heading" className="text-sm font-medium text-stone-800">
        Preview {stale ? <span className="font-normal text-stone-500">(updating…)</span> : null}
      </h2>
      {preview.failed ? (
        <p className="text-sm text-red-700">The preview could not be updated; your text is safe.</p>
      ) : null}
      <div
        data-testid="article-preview"
        aria-live="polite"
        className="min-h-64 overflow-auto rounded-lg border border-stone-200 bg-white p-4 lg:max-h-[37rem]"
      >
        {preview.html ? (
          <ArticleBody html={preview.html} />
        ) : (
          <p className="text-sm text-stone-500">Start writing to see the article here.</p>
        )}
      </div>
    </section>
  );
}
