import "./article-body.css";

/**
 * The article's body. `html` comes from lib/articles/markdown (sanitised: no scripts, handlers,
 * styles or unsafe URLs), which is what makes dangerouslySetInnerHTML safe here; never pass it
 * anything else.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
